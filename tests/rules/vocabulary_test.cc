#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rules/vocabulary.h"
#include "support.h"

using claims::testing::default_rules;

TEST_CASE("a vocabulary word becomes a regex of itself", "[rules]") {
  CHECK(claims::word_pattern("up by") == "up{sp}+by");
  CHECK(claims::word_pattern("s'envole") == "s[\\x{27}\xE2\x80\x99]envole");
  CHECK(claims::word_pattern("approx.") == "approx\\.");
}

TEST_CASE("an inflected entry keeps the part of it its stem keeps", "[rules]") {
  claims::Stemmer french("french"), english("english");
  CHECK(claims::stem_prefix(french, "reculer") == "recul");
  CHECK(claims::stem_prefix(french, "fléchir") == "fléch");   // the stem drops the accent
  CHECK(claims::stem_prefix(english, "rising") == "rising");  // "rise" is no part of it
  CHECK(claims::stem_prefix(english, "cut") == "cut");        // too short to stand alone
}

namespace {
// Whether the sub-pattern `name` of the built-in `lang` matches all of `word`.
bool matches(const std::string& lang, const std::string& name, const std::string& word) {
  const claims::Lexicon& lexicon = *default_rules().lexicon(lang);
  std::string pattern, error;
  REQUIRE(default_rules().expand(lexicon, "{" + name + "}", pattern, error));
  RE2::Options options;
  options.set_case_sensitive(false);
  RE2 regex(pattern, options);
  REQUIRE(regex.ok());
  return RE2::FullMatch(word, regex);
}
}  // namespace

TEST_CASE("{fall} and {rise} are written from [directions], every form of each entry", "[rules]") {
  for (const char* form : {"reculait", "reculer", "reculé", "fléchissant", "rabotée", "chute"})
    CHECK(matches("fr", "fall", form));
  CHECK(matches("fr", "rise", "augmentaient"));
  CHECK_FALSE(matches("fr", "rise", "reculait"));
  for (const char* form : {"slumping", "slumps", "cutting", "plunged", "fell"})
    CHECK(matches("en", "fall", form));
  CHECK_FALSE(matches("en", "fall", "more"));  // a [signs] word, not a change
}

TEST_CASE("an inflected form carries its entry's value", "[rules]") {
  const claims::Lexicon& fr = *default_rules().lexicon("fr");
  const std::string* reculait = fr.inflected_value("directions", "reculait");
  REQUIRE(reculait != nullptr);
  CHECK(*reculait == "-");
  CHECK(fr.inflected_value("directions", "montant") == nullptr);  // not_inflected
  CHECK(fr.inflected_value("directions", "maison") == nullptr);
}

TEST_CASE("a generated pattern also written by hand is reported at [generated]", "[rules]") {
  claims::RuleSet rules;
  std::vector<claims::Diagnostic> errors;
  rules.add_text("x.toml", R"(lang = "xx"
[language]
locale = "en"
[patterns]
fall = 'down'
[generated]
fall = { table = "directions", value = "-" }
[directions]
down = "-"
)",
                 errors);
  rules.compile(errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "x.toml");
  CHECK(errors[0].line == 7);
  CHECK(errors[0].message.find("also written in [patterns]") != std::string::npos);
}

namespace {
// Two rules reading the same number, the second naming a priority band.
std::vector<claims::Diagnostic> load_with_band(claims::RuleSet& rules, const char* band) {
  std::vector<claims::Diagnostic> errors;
  rules.add_text("p.toml", "[priorities]\nlow = -3\nhigh = 7\n", errors);
  rules.add_text("x.toml", std::string(R"(lang = "xx"
[language]
locale = "en"
[[rule]]
id = "xx.plain"
claim = "plain"
unit = "count"
pattern = '(?P<value>\d+)'
examples = [{ text = "12", value = 12 }]
[[rule]]
id = "xx.banded"
claim = "banded"
unit = "count"
priority = ")") + band + R"("
pattern = '(?P<value>\d+) things'
examples = [{ text = "12 things", value = 12 }]
)",
                 errors);
  rules.compile(errors);
  return errors;
}
}  // namespace

TEST_CASE("a rule's priority may name a band of [priorities]", "[rules]") {
  claims::RuleSet rules;
  REQUIRE(load_with_band(rules, "high").empty());
  CHECK(rules.rules()[1].priority == 7);
  claims::Extractor extractor(rules);
  auto claims = extractor.extract("It sold 12 things.", "xx", claims::ExtractOptions{});
  REQUIRE_FALSE(claims.empty());
  CHECK(claims[0].key == "banded");
  claims::RuleSet unknown;
  auto errors = load_with_band(unknown, "highest");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "x.toml");
  CHECK(errors[0].line == 14);
  CHECK(errors[0].message.find("no priority band \"highest\"") != std::string::npos);
}
