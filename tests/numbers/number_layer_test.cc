// The number layer's parsing (fractions, words, exponents) and `claims numbers` rows.
#include <catch2/catch.hpp>

#include <sstream>

#include "numbers/number_parser.h"
#include "pipeline/number_layer.h"
#include "rules/rule_set.h"

using claims::format_number;
using claims::NumberParser;

namespace {
double value(const NumberParser& parser, std::string_view text) {
  auto v = parser.parse(text);
  return v ? *v : -999999;
}
const NumberParser& english() {
  static const NumberParser parser({"en"}, '.');
  return parser;
}
const NumberParser& french() {
  static const NumberParser parser({"fr", "fr_CH", "fr_BE"}, ',');
  return parser;
}
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
      options);
  REQUIRE(result.ok);
  std::ostringstream out;
  for (const auto& mention : result.mentions)
    if (mention.kind != "number") claims::write_number_row(out, "t", mention);
  CHECK(out.str() ==
        "t\t1\t9\tcurrency\t1200000000\t\tGBP\t£1.2bn\n"
        "t\t1\t17\trange\t4\t7\t\tbetween 4 and 7\n"
        "t\t1\t40\tpercent\t4.7\t\t%\t4.7 per cent\n"
        "t\t1\t54\tdimension\t10\t\tmi\t10 miles\n"
        "t\t1\t67\trange\t\t30\t\tunder 30\n");
}
