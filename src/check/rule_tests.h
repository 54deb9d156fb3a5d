// Every rule carries its own examples and counterexamples; this runs them.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "extract/extractor.h"
#include "rules/rule_set.h"

namespace claims {

struct RuleTestFailure {
  const Rule* rule = nullptr;
  std::size_t line = 0;  // of the example in its rule file
  std::string message;
  std::string str() const;  // "FILE:LINE: rule ID: message"
};

struct RuleTestReport {
  std::vector<const Rule*> rules;      // every rule, in file order
  std::vector<const Rule*> exercised;  // rules that at least one example made a claim from
  std::size_t examples = 0;
  std::size_t counterexamples = 0;
  std::vector<RuleTestFailure> failures;
};

// An example passes when the full rule set, run on its text alone in the rule's language,
// yields a claim from that rule with the values the example states. A counterexample
// passes when no claim comes from that rule.
RuleTestReport run_rule_tests(const RuleSet& rules, const Extractor& extractor);

}  // namespace claims
