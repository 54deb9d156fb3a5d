// Compiling a rule set's patterns with RE2: the sub-patterns the engine runs itself, each
// rule's expanded pattern and its groups' roles, and each layer's prefilter.
//
// A pattern that fails through a sub-pattern it refers to is reported once, where the
// innermost failing sub-pattern is defined, and that sub-pattern is marked unusable; the
// rules that use it are not compiled.
//
// Costs: at load time, one RE2 compile per rule and per engine sub-pattern, more when a
// pattern fails (each sub-pattern it uses is then compiled alone to find the culprit).
#pragma once

#include <vector>

#include <re2/re2.h>

#include "rules/rule_set.h"

namespace claims {

// The options every pattern starts from: errors are not logged, and each compiled pattern
// has RE2's budget of 64 MiB.
RE2::Options base_regex_options();

// Compiles the sub-patterns the engine runs itself ({candidate}, {number}, {money},
// {exclude}, {clause_break}, {conversion}) and the dollar markers' regexes into `lexicon`.
void compile_engine_patterns(Lexicon& lexicon, const RE2::Options& options,
                             std::vector<Diagnostic>& errors);

// Expands and compiles one rule and reads its groups; false when it cannot run (then the
// reason is in `errors`). With a `filter`, the rule is compiled by it and added to it as
// its next rule; without, the rule owns its regex.
bool compile_rule(Rule& rule, Lexicon& lexicon, const RE2::Options& options, RulePrefilter* filter,
                  std::vector<Diagnostic>& errors);

}  // namespace claims
