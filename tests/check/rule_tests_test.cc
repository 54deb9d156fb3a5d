#include <catch2/catch.hpp>

#include "check/rule_tests.h"
#include "support.h"

namespace {
constexpr std::string_view kRules = R"(lang = "en"
[language]
stopwords = ["the", "of"]
[patterns]
number = '(?P<value>\d+)'

[[rule]]
id = "en.stores"
claim = "stores"
unit = "count"
pattern = '{number} stores'
examples = [
  { text = "it has 37 stores", value = 37 },
  { text = "it has 38 stores", value = 40 },
]
counterexamples = ["in 12 stores", "no figure here"]
)";
}  // namespace

TEST_CASE("rule examples pass, and a wrong value or a matching counterexample fails", "[check]") {
  claims::RuleSet rules;
  std::vector<claims::Diagnostic> errors;
  rules.add_text("stores.toml", kRules, errors);
  rules.compile(errors);
  REQUIRE(errors.empty());
  claims::Extractor extractor(rules);
  auto report = claims::run_rule_tests(rules, extractor);
  CHECK(report.examples == 2);
  CHECK(report.counterexamples == 2);
  REQUIRE(report.failures.size() == 2);
  CHECK(
      report.failures[0].str().find(
          "stores.toml:14: rule en.stores: example \"it has 38 stores\": value 38, expected 40") ==
      0);
  CHECK(report.failures[1].str().find(
            "stores.toml:16: rule en.stores: counterexample \"in 12 stores\"") == 0);
}

TEST_CASE("the built-in rules pass their own examples", "[check]") {
  auto report = claims::run_rule_tests(claims::testing::default_rules(),
                                       claims::testing::default_extractor());
  for (const auto& failure : report.failures) FAIL_CHECK(failure.str());
  CHECK(report.examples > 50);
}
