// `claims rules lint`: problems in a compiled rule set that loading alone does not reject.
#pragma once

#include <vector>

#include "rules/rule_set.h"

namespace claims {

// Named groups that no role reads, roles a rule captures but never uses (a noun group
// without a "{noun}" claim), roles it needs but lacks (a "{noun}" claim without a noun
// group), rules without counterexamples, and sub-patterns nothing refers to.
std::vector<Diagnostic> lint_rules(const RuleSet& rules);

}  // namespace claims
