#include "rules/rule_set.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include <toml++/toml.h>

#include "rules/embedded_rules.h"
#include "rules/vocabulary.h"
#include "text/decoder.h"
#include "text/document.h"

namespace claims {
namespace {

// RE2's budget for one compiled pattern (named in re2_problem()).
constexpr int64_t kMaxRegexMemory = 64 << 20;
// Far beyond any real rule; it stops sub-patterns that double at every level from filling
// memory before RE2 could refuse them (named in expand_into()).
constexpr std::size_t kMaxExpansion = 1 << 20;

std::size_t line_of(const toml::node& node) { return node.source().begin.line; }

// Reads the tables of one parsed file into the rule set's structures. The typed reads
// accept the TOML type alone: toml++'s value<T>() would take `true` for 1 or 5 for true.
class FileReader {
 public:
  FileReader(std::string_view path, std::vector<Diagnostic>& errors)
      : path_(path), errors_(errors) {}

  void error(std::size_t line, std::string message) {
    errors_.push_back({path_, line, std::move(message)});
  }

  const std::string& path() const { return path_; }

  std::optional<std::string> string(const toml::node& node, std::string_view what) {
    if (auto s = node.value_exact<std::string>()) return s;
    error(line_of(node), std::string(what) + " must be a string");
    return std::nullopt;
  }

  std::optional<int> integer(const toml::node& node, std::string_view what) {
    if (!node.is_integer()) {
      error(line_of(node), std::string(what) + " must be an integer");
      return std::nullopt;
    }
    if (auto i = node.value<int>()) return i;
    error(line_of(node), std::string(what) + " is out of range");
    return std::nullopt;
  }

  std::optional<bool> boolean(const toml::node& node, std::string_view what) {
    if (auto b = node.value_exact<bool>()) return b;
    error(line_of(node), std::string(what) + " must be true or false");
    return std::nullopt;
  }

  std::optional<double> number(const toml::node& node, std::string_view what) {
    auto d = node.is_number() ? node.value<double>() : std::nullopt;
    if (d && std::isfinite(*d)) return d;
    error(line_of(node), std::string(what) + " must be a number");
    return std::nullopt;
  }

  std::vector<std::string> strings(const toml::node& node, std::string_view what) {
    std::vector<std::string> out;
    const auto* array = node.as_array();
    if (array == nullptr) {
      error(line_of(node), std::string(what) + " must be an array of strings");
      return out;
    }
    for (const auto& item : *array)
      if (auto s = string(item, what)) out.push_back(*s);
    return out;
  }

  // `form` shows how the table is written, for the message.
  const toml::table* table(const toml::node& node, std::string_view what,
                           std::string_view form = {}) {
    if (const auto* table = node.as_table()) return table;
    std::string message = std::string(what) + " must be a table";
    if (!form.empty()) message.append(": ").append(form);
    error(line_of(node), std::move(message));
    return nullptr;
  }

 private:
  std::string path_;
  std::vector<Diagnostic>& errors_;
};

bool is_number_kind(std::string_view kind) {
  for (std::string_view known : {"number", "percent", "range", "currency", "dimension"})
    if (kind == known) return true;
  return false;
}

RuleExample read_example(FileReader& file, const toml::node& node) {
  RuleExample example;
  example.line = line_of(node);
  if (auto text = node.value_exact<std::string>()) {  // a bare string: any claim from the rule
    example.text = *text;
    return example;
  }
  const auto* table = node.as_table();
  if (table == nullptr) {
    file.error(example.line, "an example is a string or a table { text = ..., value = ... }");
    return example;
  }
  for (const auto& [key, value] : *table) {
    if (key == "text") {
      example.text = file.string(value, "text").value_or("");
    } else if (key == "value") {
      example.value = file.number(value, "value");
    } else if (key == "value_max") {
      example.value_max = file.number(value, "value_max");
    } else if (key == "claim") {
      example.claim = file.string(value, "claim");
    } else if (key == "unit") {
      example.unit = file.string(value, "unit");
    } else if (key == "modifier") {
      example.modifier = file.string(value, "modifier");
    } else {
      file.error(key.source().begin.line, "unknown key in example: " + std::string(key.str()));
    }
  }
  const toml::node* text = table->get("text");
  if (text == nullptr || (text->is_string() && example.text.empty()))
    file.error(example.line, "an example needs a text");
  return example;
}

// Reads one key of a [[rule]] table into `rule`.
void read_rule_key(FileReader& file, const toml::key& key, const toml::node& value, Rule& rule) {
  if (key == "id") {
    rule.id = file.string(value, "id").value_or("");
  } else if (key == "claim") {
    rule.claim = file.string(value, "claim").value_or("");
  } else if (key == "unit") {
    rule.unit = file.string(value, "unit").value_or("");
  } else if (key == "kind") {
    auto kind = file.string(value, "kind");
    rule.kind = kind.value_or("");
    if (kind && !is_number_kind(rule.kind))
      file.error(
          line_of(value),
          "kind must be number, percent, range, currency or dimension, not \"" + rule.kind + "\"");
  } else if (key == "pattern") {
    rule.pattern = file.string(value, "pattern").value_or("");
    rule.pattern_line = line_of(value);
  } else if (key == "priority") {
    rule.priority = file.integer(value, "priority").value_or(0);
  } else if (key == "case_sensitive") {
    rule.case_sensitive = file.boolean(value, "case_sensitive").value_or(false);
  } else if (key == "examples") {
    if (const auto* array = value.as_array())
      for (const auto& item : *array) rule.examples.push_back(read_example(file, item));
    else
      file.error(line_of(value), "examples must be an array");
  } else if (key == "counterexamples") {
    if (const auto* array = value.as_array()) {
      for (const auto& item : *array)
        if (auto text = file.string(item, "a counterexample"))
          rule.counterexamples.push_back({*text, line_of(item)});
    } else {
      file.error(line_of(value), "counterexamples must be an array of strings");
    }
  } else {
    file.error(key.source().begin.line, "unknown key in rule: " + std::string(key.str()));
  }
}

// Reports the keys a rule needs that are absent or empty; one of the wrong type has been
// reported where it stands. A number-layer rule is named by its kind and needs no unit.
void check_required_keys(FileReader& file, const toml::table& table, const Rule& rule) {
  bool number_layer = table.contains("kind");
  const std::pair<std::string_view, const std::string*> required[] = {
      {"id", &rule.id}, {"claim", &rule.claim}, {"unit", &rule.unit}, {"pattern", &rule.pattern}};
  for (const auto& [key, value] : required) {
    if (!value->empty() || (number_layer && (key == "claim" || key == "unit"))) continue;
    const toml::node* node = table.get(key);
    if (node == nullptr)
      file.error(rule.line, "rule is missing its " + std::string(key));
    else if (node->is_string())
      file.error(line_of(*node), std::string(key) + " is empty");
  }
  const toml::node* examples = table.get("examples");
  if (rule.examples.empty() && !rule.id.empty() && (examples == nullptr || examples->is_array()))
    file.error(rule.line, "rule " + rule.id + " has no examples: they are its tests");
}

void read_rule(FileReader& file, const toml::table& table, const std::string& lang,
               std::vector<Rule>& rules) {
  Rule rule;
  rule.lang = lang;
  rule.file = file.path();
  rule.line = table.source().begin.line;
  for (const auto& [key, value] : table) read_rule_key(file, key, value, rule);
  if (!rule.kind.empty()) {
    if (!rule.claim.empty())
      file.error(rule.line, "a rule has a claim or a kind (number layer), not both");
    rule.claim = rule.kind;
  }
  check_required_keys(file, table, rule);
  rules.push_back(std::move(rule));
}

void read_rules(FileReader& file, const toml::node& value, std::size_t line,
                const std::string& lang, std::vector<Rule>& rules) {
  const auto* array = value.as_array();
  if (array == nullptr) {
    file.error(line, "rules are written [[rule]]");
    return;
  }
  for (const auto& item : *array) {
    if (const auto* table = item.as_table())
      read_rule(file, *table, lang, rules);
    else
      file.error(line_of(item), "rules are written [[rule]]: each is a table");
  }
}

// A value as written, for [generated]'s `value` filter.
std::string written_value(const toml::node& node) {
  if (auto text = node.value_exact<std::string>()) return *text;
  if (auto number = node.value_exact<int64_t>()) return std::to_string(*number);
  return {};
}

template <typename Value, typename Convert>
void read_vocabulary(FileReader& file, const toml::node& node, std::string_view what,
                     std::unordered_map<std::string, Value>& out, Convert convert,
                     Lexicon& lexicon) {
  const auto* table = file.table(node, what);
  if (table == nullptr) return;
  auto& entries = lexicon.entries[std::string(what)];
  for (const auto& [key, value] : *table) {
    if (auto converted = convert(value)) {
      std::string word = fold_words(key.str());
      out[word] = *converted;
      entries.emplace_back(std::move(word), written_value(value));
    } else {
      file.error(line_of(value),
                 "bad value for \"" + std::string(key.str()) + "\" in " + std::string(what));
    }
  }
}

std::optional<int> whole_number(const toml::node& node) {
  return node.is_integer() ? node.value<int>() : std::nullopt;
}

std::optional<std::string> text_value(const toml::node& node) {
  return node.value_exact<std::string>();
}

std::optional<int> direction_sign(const toml::node& node) {
  auto sign = node.value_exact<std::string>();
  if (sign == "+") return 1;
  if (sign == "-") return -1;
  return std::nullopt;
}

void read_keys(FileReader& file, const toml::node& value,
               std::unordered_map<std::string, std::string>& noun_keys) {
  const auto* table = file.table(value, "keys", "key = [\"noun\", ...]");
  if (table == nullptr) return;
  for (const auto& [claim_key, nouns] : *table)
    for (const auto& noun : file.strings(nouns, "a key's nouns"))
      noun_keys[fold_words(noun)] = std::string(claim_key.str());
}

void read_language_settings(FileReader& file, const toml::node& value, Lexicon& lexicon) {
  const auto* table = file.table(value, "language");
  if (table == nullptr) return;
  for (const auto& [name, setting] : *table) {
    if (name == "locale") {
      lexicon.locale = file.string(setting, "locale").value_or(lexicon.code);
    } else if (name == "spellout") {
      lexicon.spellout_locales = file.strings(setting, "spellout");
    } else if (name == "decimal_mark") {
      auto mark = file.string(setting, "decimal_mark").value_or(".");
      if (mark != "." && mark != ",")
        file.error(line_of(setting), "decimal_mark is \".\" or \",\"");
      lexicon.decimal_mark = mark.empty() ? '.' : mark[0];
    } else if (name == "noun_head") {
      auto head = file.string(setting, "noun_head").value_or("last");
      if (head != "first" && head != "last")
        file.error(line_of(setting), "noun_head is \"first\" or \"last\"");
      lexicon.noun_head_first = head == "first";
    } else if (name == "stemmer") {
      lexicon.stemmer = file.string(setting, "stemmer").value_or("");
      lexicon.stemmer_place = {file.path(), line_of(setting)};
    } else if (name == "not_inflected") {
      for (auto& word : file.strings(setting, "not_inflected"))
        lexicon.not_inflected.insert(fold_words(word));
    } else if (name == "stopwords") {
      for (auto& word : file.strings(setting, "stopwords"))
        lexicon.stopwords.insert(fold_words(word));
    } else {
      file.error(name.source().begin.line, "unknown key in [language]: " + std::string(name.str()));
    }
  }
}

// Sub-patterns of one language may come from several files: each keeps its own place.
void read_patterns(FileReader& file, const toml::node& value, Lexicon& lexicon) {
  const auto* table = file.table(value, "patterns");
  if (table == nullptr) return;
  for (const auto& [key, pattern] : *table) {
    if (auto text = file.string(pattern, "a pattern")) {
      std::string name(key.str());
      lexicon.patterns[name] = *text;
      lexicon.pattern_places[name] = {file.path(), line_of(pattern)};
    }
  }
}

void read_dollar_markers(FileReader& file, const toml::node& value, Lexicon& lexicon) {
  const auto* table = file.table(value, "dollar_markers", "CAD = [\"Toronto\", ...]");
  if (table == nullptr) return;
  for (const auto& [code, words] : *table) {
    auto& list = lexicon.dollar_markers[std::string(code.str())];
    for (auto& word : file.strings(words, "dollar markers")) list.push_back(word);
  }
}

// [generated]: name = { table = "directions", value = "-", inflected = true }.
void read_generated(FileReader& file, const toml::node& value, Lexicon& lexicon) {
  const auto* table = file.table(value, "generated", "fall = { table = \"directions\" }");
  if (table == nullptr) return;
  for (const auto& [name, spec] : *table) {
    GeneratedPattern generated{
        std::string(name.str()), "", "", false, {file.path(), line_of(spec)}};
    const auto* fields = file.table(spec, "a [generated] entry", "{ table = \"directions\" }");
    if (fields == nullptr) continue;
    for (const auto& [field, setting] : *fields) {
      if (field == "table")
        generated.table = file.string(setting, "table").value_or("");
      else if (field == "value")
        generated.value = file.string(setting, "value").value_or("");
      else if (field == "inflected")
        generated.inflected = file.boolean(setting, "inflected").value_or(false);
      else
        file.error(line_of(setting), "unknown key in [generated]: " + std::string(field.str()));
    }
    if (generated.table.empty())
      file.error(line_of(spec), "[generated] " + generated.name + " needs a table");
    else
      lexicon.generated.push_back(std::move(generated));
  }
}

// One of the tables that describe a language: [language], [patterns], the vocabularies.
void read_lexicon_table(FileReader& file, const toml::key& key, const toml::node& value,
                        Lexicon& lexicon) {
  std::string_view name = key.str();
  if (name == "language") {
    read_language_settings(file, value, lexicon);
  } else if (name == "patterns") {
    read_patterns(file, value, lexicon);
  } else if (name == "scales") {
    read_vocabulary(file, value, name, lexicon.scales, whole_number, lexicon);
  } else if (name == "currencies") {
    read_vocabulary(file, value, name, lexicon.currencies, text_value, lexicon);
  } else if (name == "modifiers") {
    read_vocabulary(file, value, name, lexicon.modifiers, text_value, lexicon);
  } else if (name == "approximations") {
    read_vocabulary(file, value, name, lexicon.approximations, whole_number, lexicon);
  } else if (name == "units") {
    read_vocabulary(file, value, name, lexicon.units, text_value, lexicon);
  } else if (name == "directions") {
    read_vocabulary(file, value, name, lexicon.directions, direction_sign, lexicon);
  } else if (name == "signs") {
    read_vocabulary(file, value, name, lexicon.directions, direction_sign, lexicon);
  } else if (name == "generated") {
    read_generated(file, value, lexicon);
  } else if (name == "dollar_markers") {
    read_dollar_markers(file, value, lexicon);
  } else {
    file.error(key.source().begin.line, "unknown table: " + std::string(name));
  }
}

std::size_t line_at(std::string_view text, std::size_t offset) {
  return PositionCounter(text).at(offset).line;
}

// The top-level table of a rule file, or nothing when the file holds no TOML (reported).
std::optional<toml::table> parse_rule_file(FileReader& file, std::string_view text) {
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    file.error(line_at(text, nul), "a binary file (NUL bytes), not a TOML rule file");
    return std::nullopt;
  }
  if (std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    file.error(line_at(text, bad), "not UTF-8 text: rule files are written in UTF-8");
    return std::nullopt;
  }
  std::optional<toml::table> root;
  try {
    root = toml::parse(text, file.path());
  } catch (const toml::parse_error& e) {
    file.error(e.source().begin.line, std::string(e.description()));
    return std::nullopt;
  }
  if (root->empty()) {
    file.error(0, "the rule file is empty");
    return std::nullopt;
  }
  return root;
}

// The file's lang; "" for a file that needs none (only [keys]). Nothing when it is
// missing or not a string (reported).
std::optional<std::string> read_lang(FileReader& file, const toml::table& root) {
  std::string lang;
  if (const auto* node = root.get("lang")) {
    auto text = file.string(*node, "lang");
    if (!text) return std::nullopt;
    lang = *text;
  }
  bool needs_lang = false;
  for (const auto& [key, value] : root) needs_lang = needs_lang || (key != "lang" && key != "keys");
  if (needs_lang && lang.empty()) {
    file.error(1, "the file needs a top-level lang = \"en\" (or \"fr\", ...)");
    return std::nullopt;
  }
  return lang;
}

// Sub-pattern names are lower case, so "{A0}" in "\x{A0}" or "{3}" is never one.
bool is_identifier_start(char c) { return c >= 'a' && c <= 'z'; }
bool is_identifier_char(char c) {
  return is_identifier_start(c) || (c >= '0' && c <= '9') || c == '_';
}

std::size_t identifier_end(std::string_view text, std::size_t from) {
  while (from < text.size() && is_identifier_char(text[from])) ++from;
  return from;
}

// A {name} or {name:suffix} reference to a sub-pattern, at [begin, end) of a pattern.
struct Reference {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string name;
  std::string suffix;
};

// Where the escape at `backslash` ends: "\{", "\x{A0}" and "\p{Lu}" are regex syntax.
std::size_t escape_end(std::string_view pattern, std::size_t backslash) {
  std::size_t end = std::min(backslash + 2, pattern.size());
  char letter = end == backslash + 2 ? pattern[backslash + 1] : '\0';
  bool braced = letter == 'x' || letter == 'p' || letter == 'P';
  if (!braced || end >= pattern.size() || pattern[end] != '{') return end;
  std::size_t close = pattern.find('}', end);
  return close == std::string_view::npos ? pattern.size() : close + 1;
}

std::optional<Reference> reference_at(std::string_view pattern, std::size_t open) {
  if (pattern[open] != '{' || open + 1 >= pattern.size() || !is_identifier_start(pattern[open + 1]))
    return std::nullopt;
  Reference reference;
  reference.begin = open;
  std::size_t end = identifier_end(pattern, open + 1);
  reference.name = pattern.substr(open + 1, end - open - 1);
  if (end < pattern.size() && pattern[end] == ':') {
    std::size_t suffix_end = identifier_end(pattern, end + 1);
    reference.suffix = pattern.substr(end + 1, suffix_end - end - 1);
    end = suffix_end;
  }
  if (end >= pattern.size() || pattern[end] != '}') return std::nullopt;
  reference.end = end + 1;
  return reference;
}

// The first reference at or after `from`.
std::optional<Reference> next_reference(std::string_view pattern, std::size_t from) {
  for (std::size_t i = from; i < pattern.size();) {
    if (pattern[i] == '\\') {
      i = escape_end(pattern, i);
      continue;
    }
    if (auto reference = reference_at(pattern, i)) return reference;
    ++i;
  }
  return std::nullopt;
}

// Renames every named group "(?P<x>" in `pattern` to "(?P<x_suffix>".
std::string rename_groups(std::string pattern, std::string_view suffix) {
  static constexpr std::string_view kOpen = "(?P<";
  for (std::size_t at = pattern.find(kOpen); at != std::string::npos;
       at = pattern.find(kOpen, at + 1)) {
    std::size_t close = pattern.find('>', at);
    if (close == std::string::npos) break;
    pattern.insert(close, suffix);
    pattern.insert(close, 1, '_');
  }
  return pattern;
}

// The first capture-group name that `pattern` uses twice, or "".
std::string duplicate_group(std::string_view pattern) {
  static constexpr std::string_view kOpen = "(?P<";
  std::set<std::string_view> names;
  for (std::size_t at = pattern.find(kOpen); at != std::string_view::npos;
       at = pattern.find(kOpen, at + 1)) {
    std::size_t close = pattern.find('>', at);
    if (close == std::string_view::npos) break;
    std::string_view name = pattern.substr(at + kOpen.size(), close - at - kOpen.size());
    if (!names.insert(name).second) return std::string(name);
  }
  return {};
}

// What makes an expanded pattern use a group name twice, to follow the pattern's name in a
// message; "" when it does not.
std::string duplicate_group_problem(std::string_view expanded) {
  std::string duplicate = duplicate_group(expanded);
  if (duplicate.empty()) return {};
  return "uses the group name " + duplicate + " twice; give one use a suffix, e.g. {money:after}";
}

// RE2 quotes the whole pattern after some errors ("missing ): ..."); its start is enough.
std::string shortened(std::string text) {
  constexpr std::size_t kLimit = 160;
  if (text.size() <= kLimit) return text;
  std::size_t cut = kLimit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  text.resize(cut);
  return text + "...";
}

// Why RE2 refused a pattern, to follow the pattern's name in a message.
std::string re2_problem(const RE2& regex) {
  if (regex.error_code() == RE2::ErrorPatternTooLarge)
    return "is over RE2's memory budget (64 MiB): bound its repetitions or split it";
  return "does not compile: " + shortened(regex.error());
}

// `path` (outermost first) holds `name` already: from there on it is a cycle.
std::string cycle_message(const std::vector<std::string>& path, const std::string& name) {
  std::string message = "sub-patterns refer to each other in a cycle: ";
  for (auto at = std::find(path.begin(), path.end(), name); at != path.end(); ++at)
    message += "{" + *at + "} -> ";
  return message + "{" + name + "}";
}

// Walks the references between the sub-patterns of one lexicon and marks those that cannot
// be expanded: one that refers to an undefined sub-pattern or takes part in a cycle. Each
// fault is reported once, at the sub-pattern that holds it; one that only refers to a
// faulty one is unusable too, without a report of its own.
class ReferenceCheck {
 public:
  ReferenceCheck(Lexicon& lexicon, std::vector<Diagnostic>& errors)
      : lexicon_(lexicon), errors_(errors) {}

  void run() {
    for (const auto& entry : lexicon_.patterns) usable(entry.first);
  }

 private:
  enum class State { kVisiting, kUsable, kUnusable };

  bool usable(const std::string& name) {
    auto [state, first_visit] = states_.try_emplace(name, State::kVisiting);
    if (!first_visit) {
      if (state->second == State::kVisiting) report_cycle(name);
      return state->second == State::kUsable;
    }
    path_.push_back(name);
    bool ok = references_usable(name);
    path_.pop_back();
    state->second = ok ? State::kUsable : State::kUnusable;
    if (!ok) lexicon_.unusable_patterns.insert(name);
    return ok;
  }

  bool references_usable(const std::string& name) {
    for (const auto& reference : sub_pattern_references(lexicon_.patterns.at(name))) {
      if (!lexicon_.patterns.count(reference)) {
        report(name, "{" + name + "} refers to an undefined sub-pattern {" + reference +
                         "} (language " + lexicon_.code + ")");
        return false;
      }
      if (!usable(reference)) return false;
    }
    return true;
  }

  void report_cycle(const std::string& name) { report(name, cycle_message(path_, name)); }

  void report(const std::string& name, std::string message) {
    errors_.push_back(lexicon_.at_pattern(name, std::move(message)));
  }

  Lexicon& lexicon_;
  std::vector<Diagnostic>& errors_;
  std::map<std::string, State> states_;
  std::vector<std::string> path_;  // the sub-patterns being visited, outermost first
};

// Matches any of `words` where it stands alone, not inside another word.
std::unique_ptr<RE2> dollar_marker_regex(const std::vector<std::string>& words,
                                         const RE2::Options& options) {
  // Appended piece by piece: "|" + QuoteMeta(word) makes g++ 12 at -O3 warn (-Wrestrict).
  std::string pattern = "(?:^|[^\\pL])(?:";
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += RE2::QuoteMeta(words[i]);
  }
  pattern += ")(?:[^\\pL]|$)";
  return std::make_unique<RE2>(pattern, options);
}

// The roles of a compiled rule's named groups, each role's groups in pattern order.
RuleGroups read_groups(const RE2& regex) {
  RuleGroups groups;
  for (const auto& [name, group_index] : regex.NamedCapturingGroups()) {
    std::string_view base(name);
    base = base.substr(0, base.find('_'));
    bool upper = (name + "_").find("_max_") != std::string::npos;
    auto role = std::find(std::begin(kRoleNames), std::end(kRoleNames), base);
    if (role == std::end(kRoleNames)) {
      groups.unknown.push_back(name);
      continue;
    }
    auto r = static_cast<std::size_t>(role - std::begin(kRoleNames));
    (upper ? groups.upper : groups.lower)[r].push_back(group_index);
  }
  for (auto* side : {&groups.lower, &groups.upper})
    for (auto& indices : *side) std::sort(indices.begin(), indices.end());
  return groups;
}

// A rule id names one rule: each later use is reported, with where the first is.
void report_duplicate_ids(const std::vector<Rule>& rules, std::vector<Diagnostic>& errors) {
  std::map<std::string_view, const Rule*> first_with_id;
  for (const Rule& rule : rules) {
    if (rule.id.empty()) continue;
    auto [first, fresh] = first_with_id.try_emplace(rule.id, &rule);
    if (fresh) continue;
    errors.push_back({rule.file, rule.line,
                      "duplicate rule id " + rule.id + "; the first is at " + first->second->file +
                          ":" + std::to_string(first->second->line)});
  }
}

}  // namespace

std::string Diagnostic::str() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  return out + ": " + message;
}

Diagnostic Lexicon::at_pattern(const std::string& name, std::string message) const {
  auto place = pattern_places.find(name);
  if (place == pattern_places.end()) return {"", 0, std::move(message)};
  return {place->second.file, place->second.line, std::move(message)};
}

std::vector<std::string> sub_pattern_references(std::string_view pattern) {
  std::vector<std::string> names;
  for (auto reference = next_reference(pattern, 0); reference;
       reference = next_reference(pattern, reference->end))
    names.push_back(std::move(reference->name));
  return names;
}

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

Lexicon* RuleSet::find_lexicon(std::string_view code) {
  for (auto& lexicon : lexicons_)
    if (lexicon->code == code) return lexicon.get();
  return nullptr;
}

Lexicon& RuleSet::lexicon_for(const std::string& code) {
  if (Lexicon* found = find_lexicon(code)) return *found;
  lexicons_.push_back(std::make_unique<Lexicon>());
  lexicons_.back()->code = code;
  lexicons_.back()->locale = code;
  lexicons_.back()->spellout_locales = {code};
  return *lexicons_.back();
}

const Lexicon* RuleSet::lexicon(std::string_view code) const {
  for (const auto& lexicon : lexicons_)
    if (lexicon->code == code) return lexicon.get();
  return nullptr;
}

std::vector<std::string> RuleSet::languages() const {
  std::vector<std::string> codes;
  for (const auto& lexicon : lexicons_) codes.push_back(lexicon->code);
  return codes;
}

std::string RuleSet::key_for_noun(std::string_view noun) const {
  auto found = noun_keys_.find(fold_words(noun));
  return found == noun_keys_.end() ? std::string() : found->second;
}

void RuleSet::add_defaults(std::vector<Diagnostic>& errors) {
  for (const auto& file : embedded_rule_files()) add_text(file.path, file.text, errors);
}

void RuleSet::add_path(const std::string& path, std::vector<Diagnostic>& errors) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(path, ec)) {
    fs::recursive_directory_iterator it(path, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code type_ec;  // an entry that cannot be looked at is no rule file
      if (it->is_regular_file(type_ec) && it->path().extension() == ".toml")
        files.push_back(it->path().string());
    }
    if (ec) {
      errors.push_back({path, 0, "cannot read the folder: " + ec.message()});
      return;
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) errors.push_back({path, 0, "no .toml rule files in this folder"});
  } else {
    files.push_back(path);
  }
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      errors.push_back(
          {file, 0, std::string("cannot open the rule file: ") + std::strerror(errno)});
      continue;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
      errors.push_back(
          {file, 0, std::string("cannot read the rule file: ") + std::strerror(errno)});
      continue;
    }
    add_text(file, text, errors);
  }
}

void RuleSet::add_text(std::string_view path, std::string_view text,
                       std::vector<Diagnostic>& errors) {
  FileReader file(path, errors);
  std::optional<toml::table> root = parse_rule_file(file, text);
  if (!root) return;
  std::optional<std::string> lang = read_lang(file, *root);
  if (!lang) return;
  for (const auto& [key, value] : *root) {
    if (key == "lang") continue;
    if (key == "keys")
      read_keys(file, value, noun_keys_);
    else if (key == "rule")
      read_rules(file, value, key.source().begin.line, *lang, rules_);
    else
      read_lexicon_table(file, key, value, lexicon_for(*lang));
  }
}

bool RuleSet::expand(const Lexicon& lexicon, std::string_view pattern, std::string& out,
                     std::string& error) const {
  out.clear();
  std::vector<std::string> chain;
  return expand_into(lexicon, pattern, out, error, chain);
}

bool RuleSet::expand_into(const Lexicon& lexicon, std::string_view pattern, std::string& out,
                          std::string& error, std::vector<std::string>& chain) const {
  std::size_t at = 0;
  for (auto reference = next_reference(pattern, at); reference;
       reference = next_reference(pattern, at)) {
    out += pattern.substr(at, reference->begin - at);
    at = reference->end;
    auto found = lexicon.patterns.find(reference->name);
    if (found == lexicon.patterns.end()) {
      error = "undefined sub-pattern {" + reference->name + "} (language " + lexicon.code + ")";
      return false;
    }
    if (std::find(chain.begin(), chain.end(), reference->name) != chain.end()) {
      error = cycle_message(chain, reference->name);
      return false;
    }
    // Expanded fully before renaming, so a suffix reaches the groups of nested references.
    std::string body;
    chain.push_back(reference->name);
    bool expanded = expand_into(lexicon, found->second, body, error, chain);
    chain.pop_back();
    if (!expanded) return false;
    out += "(?:";
    out += reference->suffix.empty() ? body : rename_groups(std::move(body), reference->suffix);
    out += ")";
    if (out.size() > kMaxExpansion) {
      error = "expands to more than 1 MiB of regex";
      return false;
    }
  }
  out += pattern.substr(at);
  return true;
}

bool RuleSet::blame_sub_pattern(Lexicon& lexicon, std::string_view pattern,
                                const RE2::Options& options,
                                std::vector<Diagnostic>& errors) const {
  for (const auto& name : sub_pattern_references(pattern)) {
    if (!lexicon.patterns.count(name)) continue;  // the fault of the text that refers to it
    if (lexicon.unusable_patterns.count(name)) return true;  // reported already
    std::string expanded, error;
    if (expand(lexicon, "{" + name + "}", expanded, error)) {
      error = duplicate_group_problem(expanded);
      if (error.empty()) {
        RE2 regex(expanded, options);
        if (regex.ok()) continue;
        error = re2_problem(regex);
      }
    }
    // Those it refers to first: the fault is in the innermost that fails.
    if (!blame_sub_pattern(lexicon, lexicon.patterns.at(name), options, errors))
      errors.push_back(lexicon.at_pattern(name, "{" + name + "} " + error));
    lexicon.unusable_patterns.insert(name);
    return true;
  }
  return false;
}

std::unique_ptr<RE2> RuleSet::compile_sub_pattern(Lexicon& lexicon, const std::string& name,
                                                  const RE2::Options& options,
                                                  std::vector<Diagnostic>& errors) const {
  if (!lexicon.patterns.count(name) || lexicon.unusable_patterns.count(name)) return nullptr;
  std::string pattern, error;
  if (expand(lexicon, "{" + name + "}", pattern, error)) {
    auto regex = std::make_unique<RE2>(pattern, options);
    if (regex->ok()) return regex;
  }
  blame_sub_pattern(lexicon, "{" + name + "}", options, errors);
  return nullptr;
}

void RuleSet::compile_engine_patterns(Lexicon& lexicon, const RE2::Options& options,
                                      std::vector<Diagnostic>& errors) const {
  RE2::Options scan = options;
  scan.set_case_sensitive(false);
  scan.set_never_capture(true);
  lexicon.candidate = compile_sub_pattern(lexicon, "candidate", scan, errors);
  if (!lexicon.candidate) lexicon.candidate = std::make_unique<RE2>("\\d", scan);
  lexicon.numbers = compile_sub_pattern(lexicon, "number", scan, errors);
  lexicon.clause_break = compile_sub_pattern(lexicon, "clause_break", scan, errors);
  lexicon.conversion = compile_sub_pattern(lexicon, "conversion", scan, errors);
  lexicon.coordination = compile_sub_pattern(lexicon, "coordination", scan, errors);
  lexicon.range_join = compile_sub_pattern(lexicon, "range_join", scan, errors);
  RE2::Options exact = scan;
  exact.set_case_sensitive(true);
  lexicon.exclude = compile_sub_pattern(lexicon, "exclude", exact, errors);
  RE2::Options groups = options;  // the currency groups are read
  groups.set_case_sensitive(false);
  lexicon.money = compile_sub_pattern(lexicon, "money", groups, errors);
  lexicon.dollar_regexes.clear();
  for (const auto& [code, words] : lexicon.dollar_markers)
    lexicon.dollar_regexes.emplace_back(code, dollar_marker_regex(words, options));
}

bool RuleSet::compile_rule(Rule& rule, Lexicon& lexicon, const RE2::Options& options,
                           std::vector<Diagnostic>& errors) const {
  if (rule.pattern.empty()) return false;  // reported when the rule was read
  for (const auto& name : sub_pattern_references(rule.pattern))
    if (lexicon.unusable_patterns.count(name)) return false;  // reported where it is defined
  RE2::Options rule_options = options;
  rule_options.set_case_sensitive(rule.case_sensitive);
  // A fault in a sub-pattern is reported where the sub-pattern is, not at each rule.
  auto problem = [&](std::size_t line, const std::string& message) {
    if (!blame_sub_pattern(lexicon, rule.pattern, rule_options, errors))
      errors.push_back({rule.file, line, "rule " + rule.id + ": " + message});
    return false;
  };
  std::string error;
  if (!expand(lexicon, rule.pattern, rule.expanded, error))
    return problem(rule.pattern_line, error);
  if (std::string twice = duplicate_group_problem(rule.expanded); !twice.empty())
    return problem(rule.pattern_line, "pattern " + twice);
  rule.regex = std::make_unique<RE2>(rule.expanded, rule_options);
  if (!rule.regex->ok()) {
    std::string why = re2_problem(*rule.regex);
    rule.regex.reset();
    return problem(rule.pattern_line, "pattern " + why);
  }
  rule.group_count = rule.regex->NumberOfCapturingGroups();
  rule.groups = read_groups(*rule.regex);
  if (rule.groups.lower[static_cast<std::size_t>(Role::kValue)].empty())
    errors.push_back(
        {rule.file, rule.line, "rule " + rule.id + ": pattern has no (?P<value>...) group"});
  return true;
}

void RuleSet::compile(std::vector<Diagnostic>& errors) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(kMaxRegexMemory);
  for (auto& lexicon : lexicons_) {
    lexicon->claim_rules.rule_indices.clear();
    lexicon->number_rules.rule_indices.clear();
    lexicon->unusable_patterns.clear();
    write_generated_patterns(*lexicon, errors);
    ReferenceCheck(*lexicon, errors).run();
    compile_engine_patterns(*lexicon, options, errors);
  }
  report_duplicate_ids(rules_, errors);
  for (std::size_t index = 0; index < rules_.size(); ++index) {
    Rule& rule = rules_[index];
    Lexicon* lexicon = find_lexicon(rule.lang);
    if (lexicon == nullptr) {
      errors.push_back({rule.file, rule.line, "no [language] or [patterns] for lang " + rule.lang});
      continue;
    }
    if (!compile_rule(rule, *lexicon, options, errors)) continue;
    (rule.kind.empty() ? lexicon->claim_rules : lexicon->number_rules)
        .rule_indices.push_back(index);
  }
  for (auto& lexicon : lexicons_) {
    compile_prefilter(lexicon->claim_rules, options, true);
    // The number layer's rules each need only a digit or a number word, which nearly every
    // candidate sentence has: there the prefilter's pass costs more than it saves
    // (measured: 5.3 of 6 rules pass, `claims numbers` 13% slower).
    compile_prefilter(lexicon->number_rules, options, false);
  }
}

void RuleSet::compile_prefilter(Lexicon::Layer& layer, const RE2::Options& options,
                                bool filtered) const {
  layer.prefilter = std::make_unique<RulePrefilter>();
  for (std::size_t index : layer.rule_indices) {
    if (!filtered) {
      layer.prefilter->add_unfiltered();
      continue;
    }
    RE2::Options rule_options = options;
    rule_options.set_case_sensitive(rules_[index].case_sensitive);
    layer.prefilter->add(rules_[index].expanded, rule_options);
  }
  layer.prefilter->compile();
}

}  // namespace claims
