#include "check/rule_tests.h"

#include <cmath>

#include "numbers/number_parser.h"
#include "output/fields.h"

namespace claims {
namespace {

bool same_number(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

std::string describe(const Claim& claim, std::string_view text) {
  std::string out =
      claim.rule->id + " -> " + claim.key + " " +
      figure_text(number_field(claim.value), number_field(claim.value_max), claim.unit);
  if (!claim.modifier.empty()) out += " (" + claim.modifier + ")";
  out += " \"" + std::string(text.substr(claim.text.begin, claim.text.size())) + "\"";
  return out;
}

// Empty when `claim` is what `example` asks for, else what differs.
std::string mismatch(const RuleExample& example, const Claim& claim) {
  if (example.value && !same_number(claim.value, *example.value))
    return "value " + format_number(claim.value) + ", expected " + format_number(*example.value);
  if (example.value_max && (!claim.value_max || !same_number(*claim.value_max, *example.value_max)))
    return "value_max " + (claim.value_max ? format_number(*claim.value_max) : "none") +
           ", expected " + format_number(*example.value_max);
  if (example.claim && claim.key != *example.claim)
    return "claim " + claim.key + ", expected " + *example.claim;
  if (example.unit && claim.unit != *example.unit)
    return "unit " + claim.unit + ", expected " + *example.unit;
  if (example.modifier && claim.modifier != *example.modifier)
    return "modifier \"" + claim.modifier + "\", expected \"" + *example.modifier + "\"";
  return {};
}

}  // namespace

std::string RuleTestFailure::str() const {
  return Diagnostic{rule->file, line, "rule " + rule->id + ": " + message}.str();
}

RuleTestReport run_rule_tests(const RuleSet& rules, const Extractor& extractor) {
  RuleTestReport report;
  ExtractOptions options;
  for (const Rule& rule : rules.rules()) {
    report.rules.push_back(&rule);
    bool exercised = false;
    // Number-layer rules run in that layer.
    auto read = [&](const std::string& text, std::vector<Rejection>* rejected) {
      return rule.kind.empty() ? extractor.extract(text, rule.lang, options, rejected)
                               : extractor.figures(text, rule.lang, options, rejected);
    };
    for (const RuleExample& example : rule.examples) {
      ++report.examples;
      std::vector<Rejection> rejected;
      auto claims = read(example.text, &rejected);
      std::string problem = "no claim from this rule";
      for (const Claim& claim : claims) {
        if (claim.rule != &rule) continue;
        exercised = true;
        problem = mismatch(example, claim);
        if (problem.empty()) break;
      }
      if (problem.empty()) continue;
      std::string detail;
      for (const Claim& claim : claims) detail += "\n    found: " + describe(claim, example.text);
      for (const Rejection& r : rejected)
        if (r.rule == &rule) detail += "\n    dropped: " + r.reason;
      report.failures.push_back(
          {&rule, example.line, "example \"" + example.text + "\": " + problem + detail});
    }
    if (exercised) report.exercised.push_back(&rule);
    for (const Counterexample& counter : rule.counterexamples) {
      ++report.counterexamples;
      for (const Claim& claim : read(counter.text, nullptr)) {
        if (claim.rule != &rule) continue;
        report.failures.push_back({&rule, counter.line,
                                   "counterexample \"" + counter.text +
                                       "\" gave a claim: " + describe(claim, counter.text)});
        break;
      }
    }
  }
  return report;
}

}  // namespace claims
