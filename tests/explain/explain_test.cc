#include <catch2/catch.hpp>

#include "explain/explain.h"
#include "support.h"

namespace {
// "number outcome rule detail" per explained number.
std::vector<std::string> explained(const std::string& text, const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& e : claims::explain(claims::testing::default_extractor(),
                                       claims::testing::default_rules(), text, lang, {})) {
    out.push_back(text.substr(e.number.begin, e.number.size()) + " " + e.outcome + " " +
                  (e.rule ? e.rule->id : "-") + " " + e.detail);
  }
  return out;
}
}  // namespace

TEST_CASE("every number is explained: a claim, a drop with its reason, or no rule", "[explain]") {
  auto rows = explained("In 2022 the firm had 9,100 employees and a score of 3.", "en");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].rfind("2022 ", 0) == 0);
  CHECK(rows[0].find(" claim ") == std::string::npos);
  CHECK(rows[1] == "9,100 claim en.count staff 9100 count");
  CHECK(rows[2] == "3 fallback en.numbers.number count 3 count");  // no claim rule read it
}

TEST_CASE("a year read by a count rule is dropped as a year", "[explain]") {
  auto rows = explained("Copyright 2024 Alliance News Ltd.", "fr");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == "2024 dropped fr.count looks like a year");
}

TEST_CASE("a claim whose number sits inside a word for ICU is explained too", "[explain]") {
  auto rows = explained(
      "Revenue reached \xC2\xA3"
      "3m. Staff: 40.",
      "en");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == "3 claim en.money.subject revenue 3000000 GBP");
  CHECK(rows[1].rfind("40 ", 0) == 0);
}
