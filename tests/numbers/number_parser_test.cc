#include <catch2/catch.hpp>

#include "numbers/number_parser.h"
#include "support.h"

#include <unicode/numfmt.h>
#include <unicode/unistr.h>

#include <memory>

using claims::format_number;
using claims::NumberParser;

namespace {
const NumberParser& english() { return claims::testing::number_parser("en"); }
const NumberParser& french() { return claims::testing::number_parser("fr"); }
std::string en(std::string_view text, int exponent = 0) {
  auto value = english().parse(text, exponent);
  return value ? format_number(*value) : "none";
}
std::string fr(std::string_view text, int exponent = 0) {
  auto value = french().parse(text, exponent);
  return value ? format_number(*value) : "none";
}
}  // namespace

TEST_CASE("English digits: grouping commas and decimal points", "[numbers]") {
  CHECK(en("9,100") == "9100");
  CHECK(en("1,250,000") == "1250000");
  CHECK(en("43.60") == "43.6");
  CHECK(en("604.16") == "604.16");
  CHECK(en("0.09744") == "0.09744");
  CHECK(en("9\xC2\xA0"
           "100") == "9100");
  CHECK(en("2,5") == "2.5");  // a lone comma before one digit is a decimal mark
}

TEST_CASE("French digits: spaces of every kind group, the comma is decimal", "[numbers]") {
  CHECK(fr("9 100") == "9100");
  CHECK(fr("9\xC2\xA0"
           "100") == "9100");  // U+00A0
  CHECK(fr("9\xE2\x80\xAF"
           "100") == "9100");  // U+202F
  CHECK(fr("1 250 000") == "1250000");
  CHECK(fr("966,00") == "966");
  CHECK(fr("2,3") == "2.3");
  CHECK(fr("1.250") == "1250");  // a point before three digits groups in French
  CHECK(fr("2.5") == "2.5");     // and is decimal otherwise
  CHECK(fr("1.234,5") == "1234.5");
  CHECK(fr("1'200") == "1200");
}

TEST_CASE("spelled-out numbers go through ICU's spell-out rules", "[numbers]") {
  CHECK(en("nine") == "9");
  CHECK(en("Seven") == "7");
  CHECK(en("thirty-nine") == "39");
  CHECK(en("two hundred and forty-one thousand") == "241000");
  CHECK(fr("neuf") == "9");
  CHECK(fr("trente-neuf") == "39");
  CHECK(fr("Vingt-deux") == "22");
  CHECK(fr("quatre-vingt-dix-neuf") == "99");
  CHECK(fr("septante") == "70");  // Swiss and Belgian French
  CHECK(fr("nonante-deux") == "92");
  CHECK(en("several") == "none");
}

TEST_CASE("scales are applied in decimal, so values stay exact", "[numbers]") {
  CHECK(en("1.2", 9) == "1200000000");
  CHECK(en("3.2", 6) == "3200000");
  CHECK(fr("3,4", 9) == "3400000000");
  CHECK(en("35", -2) == "0.35");
  CHECK(en("14.9", 6) == "14900000");
}

TEST_CASE("values are written as spreadsheets read them", "[numbers]") {
  CHECK(format_number(9100) == "9100");
  CHECK(format_number(-12) == "-12");
  CHECK(format_number(2.3) == "2.3");
  CHECK(format_number(1.2e9) == "1200000000");
  CHECK(format_number(-0.0) == "0");
}

TEST_CASE("Both marks in one number: the last is decimal, the other groups", "[numbers]") {
  CHECK(fr("125.000,50") == "125000.5");
  CHECK(fr("1.125.000,5") == "1125000.5");
  CHECK(en("1,234.5") == "1234.5");
  CHECK(en("12,345.67") == "12345.67");
  CHECK(en("1234567.25") == "1234567.25");
  CHECK(en("0.000125") == "0.000125");
}

TEST_CASE("Scale words after digits: lakh, crore, plurals", "[numbers]") {
  CHECK(en("35 lakh") == "3500000");
  CHECK(en("2 crore") == "20000000");
  CHECK(en("3 thousands") == "3000");
}

TEST_CASE("French billions are 10^12", "[numbers]") {
  CHECK(fr("0,9 billion") == "900000000000");
  CHECK(fr("2 milliards") == "2000000000");
  CHECK(en("2 billion") == "2000000000");
}

TEST_CASE("Fractions: big ordinals, a scale after 'and a half', one-character fractions",
          "[numbers]") {
  CHECK(en("a hundredth") == "0.01");
  CHECK(en("a trillionth") == "0.000000000001");
  CHECK(en("five and a half million") == "5500000");
  CHECK(en("one billion and a quarter million") == "1000250000");
  CHECK(en("hundred thousand") == "100000");
  CHECK(en("\xC2\xBE") == "0.75");  // ¾
  CHECK(en("tenth") == "10");       // an ordinal alone is a rank
}

TEST_CASE("the ASCII digit path agrees with ICU's own reading", "[numbers]") {
  // Strings whose decimal mark is settled by their shape; ICU reads them in the locale
  // whose decimal mark they use, and the parser must give the same decimal.
  auto icu_reading = [](const char* locale, const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> format(
        icu::NumberFormat::createInstance(icu::Locale(locale), status));
    format->setLenient(true);
    icu::Formattable result;
    icu::ParsePosition position(0);
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    format->parse(unicode, result, position);
    REQUIRE(position.getIndex() == unicode.length());
    return claims::format_number(result.getDouble(status));
  };
  for (std::string text : {"9,100", "1,250,000", "43.60", "604.16", "0.09744", "12", "007",
                           "1 250 000", "966.00", "2.30", "100000"})
    CHECK(en(text) == icu_reading("en", text));
  for (std::string text : {"9 100", "966,00", "2,3", "1 250 000,5", "0,125", "12"})
    CHECK(fr(text) == icu_reading("fr", text));
}

// Found by tests/fuzz/fuzz_numbers: a last word that ICU reads as a number beyond int64 was
// cast to one to write its ordinal (undefined behaviour, reported by UBSan).
TEST_CASE("A huge last word is no denominator", "[numbers]") {
  CHECK(en("two 123456789012345678901234567") == "none");
  CHECK(fr("x-123456789012345678901234567") == "none");
}

// The words beyond ICU's come from the lexicon's [numbers], not from the parser: a language
// without them reads digits and ICU's spell-out only, and one with them reads their forms.
TEST_CASE("number words are the language's [numbers]", "[numbers]") {
  auto parse = [](const NumberParser& parser, std::string_view text) {
    auto value = parser.parse(text);
    return value ? format_number(*value) : "none";
  };
  NumberParser bare({"en"}, '.', claims::NumberWords{});
  CHECK(parse(bare, "twenty-one") == "21");
  CHECK(parse(bare, "one over four") == "none");
  CHECK(parse(bare, "three and a half") == "none");
  CHECK(parse(bare, "35 lakh") == "none");
  claims::NumberWords words;
  words.ratio_words = {"divided by"};
  words.decimal_words = {"dot"};
  words.scale_words = {{"lakh", 5}};
  words.fraction_words = {{"half", 2}};
  words.joint_words = {"plus"};
  words.one_words = {"a"};
  NumberParser made_up({"en"}, '.', words);
  CHECK(parse(made_up, "one divided by four") == "0.25");
  CHECK(parse(made_up, "one over four") == "none");
  CHECK(parse(made_up, "two dot five") == "2.5");
  CHECK(parse(made_up, "three plus a half") == "3.5");
  CHECK(parse(made_up, "35 lakh") == "3500000");
}

TEST_CASE("[numbers] in a rule file becomes the lexicon's number words", "[numbers]") {
  claims::RuleSet rules;
  std::vector<claims::Diagnostic> errors;
  rules.add_text("test.toml",
                 "lang = \"xx\"\n[numbers]\nratio_words = [\"over\"]\n"
                 "fraction_words = { half = 2 }\nscale_words = { lakh = 5 }\none_word = \"one\"\n"
                 "bare_scales = [\"hundred\"]\n",
                 errors);
  CHECK(errors.empty());
  const claims::Lexicon* lexicon = rules.lexicon("xx");
  REQUIRE(lexicon != nullptr);
  CHECK(lexicon->number_words.ratio_words == std::vector<std::string>{"over"});
  CHECK(lexicon->number_words.fraction_words.at("half") == 2);
  CHECK(lexicon->number_words.scale_words.at("lakh") == 5);
  CHECK(lexicon->number_words.one_word == "one");
  rules.add_text("bad.toml",
                 "lang = \"xx\"\n[numbers]\nratio = [\"over\"]\nfraction_words = { half = 0 }\n"
                 "bare_scales = [\"hundred\"]\none_word = \"\"\n",
                 errors);
  // (toml++ gives a table's keys sorted: "fraction_words" before "ratio".)
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].str() == "bad.toml:4: fraction_words values must be positive");
  CHECK(errors[1].str() == "bad.toml:3: unknown key in [numbers]: ratio");
  CHECK(errors[2].message.find("need a one_word") != std::string::npos);
}
