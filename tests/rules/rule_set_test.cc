#include <catch2/catch.hpp>

#include "rules/rule_set.h"
#include "support.h"

using claims::Diagnostic;
using claims::RuleSet;

namespace {
// Loads `text` as one rule file on top of nothing and compiles; returns the diagnostics.
std::vector<Diagnostic> load(std::string_view text) {
  RuleSet rules;
  std::vector<Diagnostic> errors;
  rules.add_text("test.toml", text, errors);
  if (errors.empty()) rules.compile(errors);
  return errors;
}

constexpr std::string_view kLexicon = R"(lang = "en"
[patterns]
number = '(?P<value>\d+)'
)";

// The lexicon, then one rule with `pattern` whose pattern key stands on line 9.
std::vector<Diagnostic> load_rule(std::string_view pattern) {
  return load(std::string(kLexicon) + "\n[[rule]]\nid = \"en.test\"\nclaim = \"staff\"\n" +
              "unit = \"count\"\npattern = '" + std::string(pattern) +
              "'\nexamples = [\"5 staff\"]\n");
}
}  // namespace

TEST_CASE("the built-in rules load and cover both languages", "[rules]") {
  const RuleSet& rules = claims::testing::default_rules();
  CHECK(rules.lexicon("en") != nullptr);
  CHECK(rules.lexicon("fr") != nullptr);
  CHECK(rules.rules().size() >= 10);
  for (const auto& rule : rules.rules()) CHECK_FALSE(rule.examples.empty());
}

TEST_CASE("a TOML syntax error is reported with its line", "[rules]") {
  auto errors = load("lang = \"en\"\n[[rule]]\nid = \"x\"\nclaim = \n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "test.toml");
  CHECK(errors[0].line == 4);
}

TEST_CASE("an undefined sub-pattern names the rule's file and line", "[rules]") {
  auto errors = load_rule("{nothing} staff");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 9);
  CHECK(errors[0].str().find("test.toml:9:") == 0);
  CHECK(errors[0].message.find("{nothing}") != std::string::npos);
}

TEST_CASE("a pattern that does not compile is reported", "[rules]") {
  auto errors = load_rule("{number} (staff");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.find("does not compile") != std::string::npos);
}

// Found by tests/fuzz/fuzz_rules: an unclosed "\x{" sent sub-pattern expansion round forever.
TEST_CASE("an unclosed \\x{ escape is reported, not expanded forever", "[rules]") {
  auto errors = load_rule("{number} staff\\x{41");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 9);
  CHECK(errors[0].message.find("does not compile") != std::string::npos);
}

// Seen while writing tests/fuzz/fuzz_rules: each sub-pattern using the next four times made
// a 400-byte file expand to gigabytes.
TEST_CASE("sub-patterns that expand exponentially are refused", "[rules]") {
  // Without a named group, so that the size is the first fault found.
  std::string text = "lang = \"en\"\n[patterns]\np12 = '\\d'\n";
  for (int i = 11; i >= 0; --i) {
    // Appended piece by piece: g++ 12 -O3 warns (-Wrestrict) on "literal" + temporary.
    std::string next = "{p";
    next += std::to_string(i + 1);
    next += '}';
    text += 'p';
    text += std::to_string(i);
    text += " = '";
    for (int copy = 0; copy < 4; ++copy) text += next;
    text += "'\n";
  }
  text += "[[rule]]\nid = \"en.test\"\nclaim = \"x\"\nunit = \"count\"\npattern = '{p0}'\n";
  text += "examples = [\"5\"]\n";
  auto errors = load(text);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.find("more than 1 MiB") != std::string::npos);
}

TEST_CASE("unknown keys, missing fields and duplicate ids are errors", "[rules]") {
  auto errors = load(std::string(kLexicon) + R"(
[[rule]]
id = "en.a"
claim = "staff"
unit = "count"
pattern = '{number} staff'
examples = ["5 staff"]
colour = "red"

[[rule]]
id = "en.a"
unit = "count"
pattern = '{number} staff'
examples = ["5 staff"]
)");
  std::string all;
  for (const auto& e : errors) all += e.str() + "\n";
  CHECK(all.find("test.toml:11: unknown key in rule: colour") != std::string::npos);
  CHECK(all.find("missing its claim") != std::string::npos);
}

TEST_CASE("sub-pattern suffixes rename the groups inside", "[rules]") {
  RuleSet rules;
  std::vector<Diagnostic> errors;
  rules.add_text("test.toml", kLexicon, errors);
  REQUIRE(errors.empty());
  std::string out, error;
  REQUIRE(rules.expand(*rules.lexicon("en"), "{number} to {number:max}", out, error));
  CHECK(out == "(?:(?P<value>\\d+)) to (?:(?P<value_max>\\d+))");
  CHECK_FALSE(rules.expand(*rules.lexicon("en"), "{missing}", out, error));
  // Regex syntax with braces is left alone.
  REQUIRE(rules.expand(*rules.lexicon("en"), "\\x{A0}\\d{3}\\p{L}", out, error));
  CHECK(out == "\\x{A0}\\d{3}\\p{L}");
}

TEST_CASE("the key vocabulary gives English and French nouns one key", "[rules]") {
  const RuleSet& rules = claims::testing::default_rules();
  CHECK(rules.key_for_noun("employees") == "staff");
  CHECK(rules.key_for_noun("salari\xC3\xA9s") == "staff");
  CHECK(rules.key_for_noun("Cabinets") == "practices");
  CHECK(rules.key_for_noun("clinics") == "practices");
  CHECK(rules.key_for_noun("zebras").empty());
}

TEST_CASE("fold_words lowers case and unifies spaces and apostrophes", "[rules]") {
  CHECK(claims::fold_words("Plus\xC2\xA0"
                           "D\xE2\x80\x99") == "plus d'");
  CHECK(claims::fold_words("  More   than ") == "more than");
}

TEST_CASE("[approximations] maps words to whole numbers", "[rules]") {
  RuleSet rules;
  std::vector<Diagnostic> errors;
  rules.add_text("test.toml", "lang = \"fr\"\n[approximations]\nvingtaine = 20\n", errors);
  CHECK(errors.empty());
  REQUIRE(rules.lexicon("fr") != nullptr);
  CHECK(rules.lexicon("fr")->approximations.at("vingtaine") == 20);
  auto bad = load("lang = \"fr\"\n[approximations]\nvingtaine = \"vingt\"\n");
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].line == 3);
  const auto* fr = claims::testing::default_rules().lexicon("fr");
  CHECK(fr->approximations.at("centaine") == 100);
}

TEST_CASE("a broken sub-pattern the engine runs itself is reported with its line", "[rules]") {
  auto errors = load("lang = \"en\"\n[patterns]\nnumber = '(?P<value>\\d+)'\nexclude = '(FTSE'\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].str().find("test.toml:4: {exclude} does not compile") == 0);
}
