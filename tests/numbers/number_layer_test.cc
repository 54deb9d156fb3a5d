// The number layer's parsing (fractions, words, exponents) and `claims numbers` rows.
#include <catch2/catch.hpp>

#include <sstream>

#include "numbers/number_parser.h"
#include "pipeline/number_layer.h"
#include "rules/rule_set.h"
#include "support.h"

using claims::format_number;
using claims::NumberParser;

namespace {
double value(const NumberParser& parser, std::string_view text) {
  auto v = parser.parse(text);
  return v ? *v : -999999;
}
const NumberParser& english() { return claims::testing::number_parser("en"); }
const NumberParser& french() { return claims::testing::number_parser("fr"); }
}  // namespace

TEST_CASE("Fractions in words and digits, through ICU's ordinals", "[numbers]") {
  CHECK(value(english(), "a third") == Approx(1.0 / 3));
  CHECK(value(english(), "two thirds") == Approx(2.0 / 3));
  CHECK(value(english(), "one and a half") == Approx(1.5));
  CHECK(value(english(), "five - eighths") == Approx(0.625));
  CHECK(value(english(), "one over three") == Approx(1.0 / 3));
  CHECK(value(english(), "2  1/4") == Approx(2.25));
  CHECK(value(english(), "-4/5") == Approx(-0.8));
  CHECK(value(french(), "trois quarts") == Approx(0.75));
  CHECK(value(french(), "un cinquieme") == Approx(0.2));
  CHECK(value(french(), "un sur trois") == Approx(1.0 / 3));
  CHECK(value(french(), "cent et trois quarts") == Approx(100.75));
  CHECK_FALSE(english().parse("five months"));
}

TEST_CASE("Words, decimals in words, dozens, exponents, scales", "[numbers]") {
  CHECK(value(english(), "fifty - two") == 52);
  CHECK(value(english(), "two hundred point zero three") == Approx(200.03));
  CHECK(value(english(), "three dozens") == 36);
  CHECK(value(english(), "half million") == 500000);
  CHECK(value(english(), "3 million and a half") == 3500000);
  CHECK(value(english(), "3 hundred and 21") == 321);
  CHECK(value(english(), "1.3e6") == 1300000);
  CHECK(value(english(), "6.23x10^-4") == Approx(0.000623));
  CHECK(value(french(), "quatre-vingt-dix-neuf") == 99);
  CHECK(value(french(), "nonante") == 90);
}

TEST_CASE("claims numbers: one row per figure and kind, ranges by their ends", "[numbers]") {
  claims::RuleSet rules;
  std::vector<claims::Diagnostic> errors;
  rules.add_defaults(errors);
  rules.compile(errors);
  REQUIRE(errors.empty());
  claims::Extractor extractor(rules);
  claims::ExtractOptions options;
  options.lang = "en";
  auto result = claims::find_numbers_in(
      "t", "It cost £1.2bn, between 4 and 7 staff, 4.7 per cent, 10 miles and under 30.", extractor,
      {options, {}});
  REQUIRE(result.ok);
  std::ostringstream out;
  for (const auto& mention : result.mentions)
    if (mention.kind != "number")
      claims::write_number_row(out, claims::TableFormat::kTsv, "t", mention);
  CHECK(out.str() ==
        "t\t1\t9\tcurrency\t1200000000\t\tGBP\t£1.2bn\n"
        "t\t1\t17\trange\t4\t7\t\tbetween 4 and 7\n"
        "t\t1\t40\tpercent\t4.7\t\t%\t4.7 per cent\n"
        "t\t1\t54\tdimension\t10\t\tmi\t10 miles\n"
        "t\t1\t67\trange\t\t30\t\tunder 30\n");
}

namespace {
// The rows of `kind` that `claims numbers` writes for `text`.
std::string rows(const std::string& lang, const std::string& text, const std::string& kind) {
  static claims::RuleSet rules;
  static const bool compiled = [] {
    std::vector<claims::Diagnostic> errors;
    rules.add_defaults(errors);
    rules.compile(errors);
    return errors.empty();
  }();
  REQUIRE(compiled);
  static const claims::Extractor extractor(rules);
  claims::ExtractOptions options;
  options.lang = lang;
  auto result = claims::find_numbers_in("t", text, extractor, {options, {}});
  std::ostringstream out;
  for (const auto& mention : result.mentions)
    if (mention.kind == kind)
      claims::write_number_row(out, claims::TableFormat::kTsv, "t", mention);
  return out.str();
}
}  // namespace

TEST_CASE("claims numbers: dollars and cents, a currency named without an amount", "[numbers]") {
  CHECK(rows("en", "It cost twelve dollars and fifty cents.", "currency") ==
        "t\t1\t9\tcurrency\t12.5\t\tUSD\ttwelve dollars and fifty cents\n");
  // Hundreds are not cents: the amount ends with its currency.
  CHECK(rows("en", "Pay three thousand dollars two hundred times.", "currency") ==
        "t\t1\t5\tcurrency\t3000\t\tUSD\tthree thousand dollars\n");
  CHECK(rows("fr", "Le dollar a baissé.", "currency") == "t\t1\t4\tcurrency\t\t\tUSD\tdollar\n");
}

TEST_CASE("claims numbers: two bounds are one range only when they close it", "[numbers]") {
  CHECK(rows("en", "more than 10 and less than 40", "range") ==
        "t\t1\t1\trange\t10\t40\t\tmore than 10 and less than 40\n");
  CHECK(rows("en", "more than 40 and less than 10", "range") ==
        "t\t1\t1\trange\t40\t\t\tmore than 40\n"
        "t\t1\t18\trange\t\t10\t\tless than 10\n");
}

TEST_CASE("claims numbers: units per another unit, none inside a web address", "[numbers]") {
  CHECK(rows("en", "It flew at 50 km/s.", "dimension") ==
        "t\t1\t12\tdimension\t50\t\tkm/s\t50 km/s\n");
  CHECK(rows("en", "See https://example.com/?q=30%25 now", "percent").empty());
}
