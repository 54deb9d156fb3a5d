#include "rules/lint.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace claims {
namespace {

bool captures(const Rule& rule, Role role) {
  auto r = static_cast<std::size_t>(role);
  return !rule.groups.lower[r].empty() || !rule.groups.upper[r].empty();
}

}  // namespace

std::vector<Diagnostic> lint_rules(const RuleSet& rules) {
  std::vector<Diagnostic> found;
  std::set<std::pair<std::string, std::string>> referenced;  // (lang, sub-pattern)
  auto note_references = [&](const std::string& lang, const std::string& pattern) {
    for (auto& name : sub_pattern_references(pattern)) referenced.insert({lang, std::move(name)});
  };
  for (const Rule& rule : rules.rules()) {
    note_references(rule.lang, rule.pattern);
    if (!rule.regex) continue;  // already reported as an error
    auto problem = [&](std::size_t line, const std::string& message) {
      found.push_back({rule.file, line, "rule " + rule.id + ": " + message});
    };
    for (const auto& name : rule.groups.unknown)
      problem(rule.pattern_line,
              "group (?P<" + name +
                  ">...) is read by nothing; name groups "
                  "after a role (value, scale, currency, unit, modifier, direction, "
                  "sign, noun, reject) or make them non-capturing");
    bool noun_claim = rule.claim.find("{noun}") != std::string::npos;
    if (captures(rule, Role::kNoun) && !noun_claim)
      problem(rule.pattern_line, "the noun group is never used: the claim has no {noun}");
    if (noun_claim && !captures(rule, Role::kNoun))
      problem(rule.line, "claim uses {noun} but the pattern has no (?P<noun>...) group");
    if (captures(rule, Role::kCurrency) && rule.unit != "currency")
      problem(rule.pattern_line, "the currency group is never used: unit is not \"currency\"");
    if (captures(rule, Role::kUnit) && rule.unit != "{unit}")
      problem(rule.pattern_line, "the unit group is never used: unit is not \"{unit}\"");
    if (rule.unit == "{unit}" && !captures(rule, Role::kUnit))
      problem(rule.line, "unit is \"{unit}\" but the pattern has no unit group");
    if (rule.counterexamples.empty()) problem(rule.line, "no counterexamples");
  }
  for (const auto& code : rules.languages()) {
    const Lexicon* lexicon = rules.lexicon(code);
    for (const auto& [name, pattern] : lexicon->patterns) note_references(code, pattern);
    for (const auto& [name, pattern] : lexicon->patterns) {
      bool engine = std::find(std::begin(kEngineSubPatterns), std::end(kEngineSubPatterns), name) !=
                    std::end(kEngineSubPatterns);
      if (engine || referenced.count({code, name})) continue;
      found.push_back(lexicon->at_pattern(
          name, "sub-pattern {" + name + "} is used by no rule and no other sub-pattern"));
    }
  }
  return found;
}

}  // namespace claims
