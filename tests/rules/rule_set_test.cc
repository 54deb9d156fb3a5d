#include <catch2/catch.hpp>

#include "rules/rule_set.h"
#include "support.h"

using claims::Diagnostic;
using claims::RuleSet;
using namespace std::string_literals;

namespace {
struct File {
  std::string_view path;
  std::string_view text;
};

// Loads the files in turn and, when they load, compiles; returns the diagnostics.
std::vector<Diagnostic> load_files(std::initializer_list<File> files) {
  RuleSet rules;
  std::vector<Diagnostic> errors;
  for (const File& file : files) rules.add_text(file.path, file.text, errors);
  if (errors.empty()) rules.compile(errors);
  return errors;
}

// Loads `text` as one rule file on top of nothing and compiles; returns the diagnostics.
std::vector<Diagnostic> load(std::string_view text) { return load_files({{"test.toml", text}}); }

constexpr std::string_view kLexicon = R"(lang = "en"
[patterns]
number = '(?P<value>\d+)'
)";

// The lexicon, then one rule with `pattern` whose pattern key stands on line 9; `extra`
// lines follow from line 11.
std::vector<Diagnostic> load_rule(std::string_view pattern, std::string_view extra = "") {
  return load(std::string(kLexicon) + "\n[[rule]]\nid = \"en.test\"\nclaim = \"staff\"\n" +
              "unit = \"count\"\npattern = '" + std::string(pattern) +
              "'\nexamples = [\"5 staff\"]\n" + std::string(extra));
}

// The one diagnostic: at FILE:LINE, its message holding `gist`.
void check_single(const std::vector<Diagnostic>& errors, std::string_view file, std::size_t line,
                  std::string_view gist) {
  for (const auto& e : errors) INFO(e.str());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == file);
  CHECK(errors[0].line == line);
  CHECK_THAT(errors[0].message, Catch::Contains(std::string(gist)));
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
  check_single(load("lang = \"en\"\n[[rule]]\nid = \"x\"\nclaim = \n"), "test.toml", 4, "expected");
  check_single(load("lang = \"en\"\n[patterns]\nx = 'a'\nx = 'b'\n"), "test.toml", 4, "x");
}

TEST_CASE("an undefined sub-pattern names the rule's file and line", "[rules]") {
  auto errors = load_rule("{nothing} staff");
  check_single(errors, "test.toml", 9, "rule en.test: undefined sub-pattern {nothing}");
  CHECK(errors[0].str().find("test.toml:9:") == 0);
}

TEST_CASE("a pattern that does not compile is reported at its line", "[rules]") {
  check_single(load_rule("{number} (staff"), "test.toml", 9,
               "rule en.test: pattern does not compile: missing )");
  // An unterminated \x{ is a regex error, not a reference that never ends.
  check_single(load_rule("{number} \\x{41 staff"), "test.toml", 9, "does not compile");
  check_single(load_rule("{number} {number}"), "test.toml", 9,
               "pattern uses the group name value twice");
}

TEST_CASE("a pattern over RE2's memory budget is reported at its line", "[rules]") {
  std::string pattern = "{number}";
  for (int i = 0; i < 20; ++i) pattern += "(?:\\pL{1,100}\\s){1,10}";
  check_single(load_rule(pattern), "test.toml", 9,
               "rule en.test: pattern is over RE2's memory budget");
}

TEST_CASE("a value of the wrong type is reported once, where it stands", "[rules]") {
  // A string names a priority band, which must exist.
  check_single(load_rule("{number} staff", "priority = \"high\"\n"), "test.toml", 11,
               "no priority band \"high\"");
  check_single(load_rule("{number} staff", "priority = 2.0\n"), "test.toml", 11,
               "priority must be an integer");
  check_single(load_rule("{number} staff", "priority = 99999999999\n"), "test.toml", 11,
               "priority is out of range");
  check_single(load_rule("{number} staff", "case_sensitive = 1\n"), "test.toml", 11,
               "case_sensitive must be true or false");
  check_single(load_rule("{number} staff", "kind = 3\n"), "test.toml", 11, "kind must be a string");
  // Not also "missing its pattern", nor "has no examples".
  check_single(load(std::string(kLexicon) + R"(
[[rule]]
id = "en.test"
claim = "staff"
unit = "count"
pattern = 3
examples = ["5 staff"]
)"),
               "test.toml", 9, "pattern must be a string");
  check_single(load(std::string(kLexicon) + R"(
[[rule]]
id = "en.test"
claim = "staff"
unit = "count"
pattern = '{number} staff'
examples = "5 staff"
)"),
               "test.toml", 10, "examples must be an array");
  check_single(load(std::string(kLexicon) + R"(
[[rule]]
id = "en.test"
claim = "staff"
unit = "count"
pattern = '{number} staff'
examples = [
  { text = "5 staff", value = 5 },
  { text = "6 staff", value = "abc" },
]
)"),
               "test.toml", 12, "value must be a number");
  check_single(load("lang = \"en\"\n[patterns]\nnumber = 3\n"), "test.toml", 3,
               "a pattern must be a string");
  check_single(load("lang = 3\n[patterns]\nnumber = 'x'\n"), "test.toml", 1,
               "lang must be a string");
  check_single(load("lang = \"en\"\nrule = [1]\n"), "test.toml", 2, "rules are written [[rule]]");
  check_single(load("lang = \"en\"\n[scales]\nbn = 9.0\n"), "test.toml", 3,
               "bad value for \"bn\" in scales");
}

TEST_CASE("an unknown key is reported at its line, in a rule, an example or the file", "[rules]") {
  check_single(load_rule("{number} staff", "colour = \"red\"\n"), "test.toml", 11,
               "unknown key in rule: colour");
  check_single(load(std::string(kLexicon) + R"(
[[rule]]
id = "en.test"
claim = "staff"
unit = "count"
pattern = '{number} staff'
examples = [
  { text = "5 staff", valeur = 5 },
]
)"),
               "test.toml", 11, "unknown key in example: valeur");
  check_single(load(std::string(kLexicon) + "\n[colours]\nred = 1\n"), "test.toml", 5,
               "unknown table: colours");
  check_single(load(std::string(kLexicon) + "[language]\nlocal = \"en\"\n"), "test.toml", 5,
               "unknown key in [language]: local");
}

TEST_CASE("a missing key is reported at its rule", "[rules]") {
  check_single(load(std::string(kLexicon) + R"(
[[rule]]
id = "en.test"
unit = "count"
pattern = '{number} staff'
examples = ["5 staff"]
)"),
               "test.toml", 5, "rule is missing its claim");
  check_single(load(std::string(kLexicon) + R"(
[[rule]]
id = "en.test"
claim = "staff"
unit = "count"
pattern = '{number} staff'
examples = [{ value = 5 }]
)"),
               "test.toml", 10, "an example needs a text");
  check_single(load("[[rule]]\nid = \"x\"\n"), "test.toml", 1, "needs a top-level lang");
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

TEST_CASE("a duplicate rule id names both rules", "[rules]") {
  constexpr std::string_view kRule = R"([[rule]]
id = "en.a"
claim = "staff"
unit = "count"
pattern = '{number} staff'
examples = ["5 staff"]
)";
  auto errors = load_files({{"lexicon.toml", kLexicon},
                            {"one.toml", std::string("lang = \"en\"\n") + std::string(kRule)},
                            {"two.toml", std::string("lang = \"en\"\n\n") + std::string(kRule)}});
  check_single(errors, "two.toml", 3, "duplicate rule id en.a; the first is at one.toml:2");
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

namespace {
constexpr std::string_view kSoundLexicon = R"(lang = "en"
[patterns]
number = '(?P<value>\d+)'
noun = 'staff|workers'
)";

// Sub-patterns in lexicon.toml; {broken} (line 5) does not compile, {uses_broken} only uses it.
constexpr std::string_view kBrokenLexicon = R"(lang = "en"
[patterns]
number = '(?P<value>\d+)'
noun = 'staff|workers'
broken = '(staff'
uses_broken = 'the {broken}'
)";

// Two rules that use `sub_pattern`, in rules.toml; the patterns stand on lines 7 and 13.
std::string two_rules_using(std::string_view sub_pattern) {
  std::string rule = R"([[rule]]
id = "en.ID"
claim = "staff"
unit = "count"
pattern = '{number} {SUB}'
examples = ["5 staff"]
)";
  rule.replace(rule.find("SUB"), 3, sub_pattern);
  std::string second = rule;
  rule.replace(rule.find("ID"), 2, "one");
  second.replace(second.find("ID"), 2, "two");
  return "lang = \"en\"\n\n" + rule + "\n" + second;
}
}  // namespace

TEST_CASE("a broken sub-pattern is reported once, in its own file and line", "[rules]") {
  std::string rules = two_rules_using("broken");
  check_single(load_files({{"en/lexicon.toml", kBrokenLexicon}, {"en/rules.toml", rules}}),
               "en/lexicon.toml", 5, "{broken} does not compile: missing )");
  // Used through another sub-pattern: still the one at fault, not {uses_broken}.
  rules = two_rules_using("uses_broken");
  check_single(load_files({{"en/lexicon.toml", kBrokenLexicon}, {"en/rules.toml", rules}}),
               "en/lexicon.toml", 5, "{broken} does not compile");
}

TEST_CASE("a rule whose own text is wrong is reported at the rule, beside sound sub-patterns",
          "[rules]") {
  std::string rules = two_rules_using("noun");
  rules.replace(rules.find("{noun}"), 6, "({noun}");
  check_single(load_files({{"en/lexicon.toml", kSoundLexicon}, {"en/rules.toml", rules}}),
               "en/rules.toml", 7, "rule en.one: pattern does not compile: missing )");
}

TEST_CASE("sub-patterns of one language in several files keep their own places", "[rules]") {
  constexpr std::string_view kMore = R"(lang = "en"

[patterns]
fine = 'x'
bad = '[a-'
)";
  std::string rules = two_rules_using("bad");
  auto errors = load_files(
      {{"en/lexicon.toml", kSoundLexicon}, {"en/more.toml", kMore}, {"en/rules.toml", rules}});
  check_single(errors, "en/more.toml", 5, "{bad} does not compile: invalid character class");
}

TEST_CASE("a cycle of sub-patterns is reported as one, with its chain and line", "[rules]") {
  std::string two = std::string(kLexicon) + "a = '{b} x'\nb = 'y {a}'\n";
  std::string rules = two_rules_using("a");
  check_single(load_files({{"en/lexicon.toml", two}, {"en/rules.toml", rules}}), "en/lexicon.toml",
               4, "sub-patterns refer to each other in a cycle: {a} -> {b} -> {a}");
  std::string self = std::string(kLexicon) + "a = 'x{a}?'\n";
  check_single(load_files({{"en/lexicon.toml", self}, {"en/rules.toml", rules}}), "en/lexicon.toml",
               4, "cycle: {a} -> {a}");
  // expand() alone tells a cycle too, however it is entered.
  RuleSet set;
  std::vector<Diagnostic> errors;
  set.add_text("test.toml", two, errors);
  REQUIRE(errors.empty());
  std::string out, error;
  CHECK_FALSE(set.expand(*set.lexicon("en"), "{b}", out, error));
  CHECK(error == "sub-patterns refer to each other in a cycle: {b} -> {a} -> {b}");
}

TEST_CASE("a sub-pattern that refers to an undefined one is reported at its line", "[rules]") {
  std::string lexicon = std::string(kLexicon) + "\nnoun = '{nouns}'\n";
  check_single(
      load_files({{"en/lexicon.toml", lexicon}, {"en/rules.toml", two_rules_using("noun")}}),
      "en/lexicon.toml", 5, "{noun} refers to an undefined sub-pattern {nouns}");
}

TEST_CASE("sub-patterns that double at every level are stopped", "[rules]") {
  std::string lexicon = std::string(kLexicon) + "s0 = '(?:abcdefgh)'\n";
  // Not "s" + std::to_string(i): g++ 12 at -O3 warns about it (-Wrestrict).
  auto name = [](int i) { return std::string("s") + std::to_string(i); };
  for (int i = 1; i <= 24; ++i)
    lexicon += name(i) + " = '{" + name(i - 1) + "}{" + name(i - 1) + "}'\n";
  auto errors =
      load_files({{"en/lexicon.toml", lexicon}, {"en/rules.toml", two_rules_using("s24")}});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "en/lexicon.toml");
  CHECK_THAT(errors[0].message, Catch::Contains("expands to more than 1 MiB"));
}

TEST_CASE("bytes that are no TOML text are named with their file and line", "[rules]") {
  check_single(load("lang = \"en\"\n[patterns]\nx = 'a\0'\n"s), "test.toml", 3,
               "a binary file (NUL bytes)");
  check_single(load("lang = \"en\"\n\n[patterns]\nx = 'caf\xE9'\n"), "test.toml", 4, "not UTF-8");
  check_single(load(""), "test.toml", 0, "the rule file is empty");
  check_single(load("# only a comment\n"), "test.toml", 0, "the rule file is empty");
  RuleSet rules;
  std::vector<Diagnostic> errors;
  rules.add_path("/nonexistent/rules.toml", errors);
  check_single(errors, "/nonexistent/rules.toml", 0, "cannot open the rule file");
}
