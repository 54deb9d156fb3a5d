#include "rules/rule_reader.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <utility>

#include <toml++/toml.h>

#include "text/decoder.h"
#include "text/document.h"
#include "text/folding.h"

namespace claims {
namespace {

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

  std::optional<std::string> string(const toml::node& node, std::string_view what);
  std::optional<int> integer(const toml::node& node, std::string_view what);
  std::optional<bool> boolean(const toml::node& node, std::string_view what);
  std::optional<double> number(const toml::node& node, std::string_view what);
  std::vector<std::string> strings(const toml::node& node, std::string_view what);
  // `form` shows how the table is written, for the message.
  const toml::table* table(const toml::node& node, std::string_view what,
                           std::string_view form = {});

 private:
  std::string path_;
  std::vector<Diagnostic>& errors_;
};

std::optional<std::string> FileReader::string(const toml::node& node, std::string_view what) {
  if (auto s = node.value_exact<std::string>()) return s;
  error(line_of(node), std::string(what) + " must be a string");
  return std::nullopt;
}

std::optional<int> FileReader::integer(const toml::node& node, std::string_view what) {
  if (!node.is_integer()) {
    error(line_of(node), std::string(what) + " must be an integer");
    return std::nullopt;
  }
  if (auto i = node.value<int>()) return i;
  error(line_of(node), std::string(what) + " is out of range");
  return std::nullopt;
}

std::optional<bool> FileReader::boolean(const toml::node& node, std::string_view what) {
  if (auto b = node.value_exact<bool>()) return b;
  error(line_of(node), std::string(what) + " must be true or false");
  return std::nullopt;
}

std::optional<double> FileReader::number(const toml::node& node, std::string_view what) {
  auto d = node.is_number() ? node.value<double>() : std::nullopt;
  if (d && std::isfinite(*d)) return d;
  error(line_of(node), std::string(what) + " must be a number");
  return std::nullopt;
}

std::vector<std::string> FileReader::strings(const toml::node& node, std::string_view what) {
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

const toml::table* FileReader::table(const toml::node& node, std::string_view what,
                                     std::string_view form) {
  if (const auto* table = node.as_table()) return table;
  std::string message = std::string(what) + " must be a table";
  if (!form.empty()) message.append(": ").append(form);
  error(line_of(node), std::move(message));
  return nullptr;
}

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
    // A band's name ("count", rules/priorities.toml), or a number.
    rule.priority_line = line_of(value);
    if (auto band = value.value_exact<std::string>())
      rule.priority_band = *band;
    else
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

// One vocabulary table into `out`, each value through `convert`; a sub-table is a group of
// the table's entries ([currencies.after]), read into the same map.
template <typename Value, typename Convert>
void read_vocabulary(FileReader& file, const toml::node& node, std::string_view what,
                     std::unordered_map<std::string, Value>& out, Convert convert, Lexicon& lexicon,
                     std::string_view group = {}) {
  const auto* table = file.table(node, what);
  if (table == nullptr) return;
  std::string name =
      group.empty() ? std::string(what) : std::string(what) + "." + std::string(group);
  for (const auto& [key, value] : *table) {
    if (value.is_table() && group.empty()) {
      read_vocabulary(file, value, what, out, convert, lexicon, key.str());
    } else if (auto converted = convert(value)) {
      VocabularyEntry entry{fold_words(key.str()), std::string(key.str()), written_value(value)};
      out[entry.word] = *converted;
      if (!group.empty()) lexicon.entries[name].push_back(entry);
      lexicon.entries[std::string(what)].push_back(std::move(entry));
    } else {
      file.error(line_of(value), "bad value for \"" + std::string(key.str()) + "\" in " + name);
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

// [priorities]: band = number. Rules name a band; the higher wins on the same number.
void read_priority_bands(FileReader& file, const toml::node& value,
                         std::unordered_map<std::string, int>& bands) {
  const auto* table = file.table(value, "priorities", "count = -10");
  if (table == nullptr) return;
  for (const auto& [band, number] : *table)
    if (auto priority = file.integer(number, "a priority band"))
      bands[std::string(band.str())] = *priority;
}

void read_keys(FileReader& file, const toml::node& value,
               std::unordered_map<std::string, std::string>& noun_keys) {
  const auto* table = file.table(value, "keys", "key = [\"noun\", ...]");
  if (table == nullptr) return;
  for (const auto& [claim_key, nouns] : *table)
    for (const auto& noun : file.strings(nouns, "a key's nouns"))
      noun_keys[fold_words(noun)] = std::string(claim_key.str());
}

// [parents] key = "parent", [parent_suffixes] "_change" = "change", [generic] keys = [...].
void read_key_family(FileReader& file, std::string_view what, const toml::node& value,
                     KeyFamilies& families) {
  const auto* table = file.table(value, what, "key = \"parent\"");
  if (table == nullptr) return;
  for (const auto& [name, setting] : *table) {
    if (what == "generic") {
      if (name != "keys")
        file.error(line_of(setting), "unknown key in [generic]: " + std::string(name.str()));
      for (auto& key : file.strings(setting, "generic keys")) families.add_generic(key);
    } else if (auto parent = file.string(setting, "a parent key")) {
      if (what == "parents")
        families.add_parent(std::string(name.str()), *parent);
      else
        families.add_suffix(std::string(name.str()), *parent);
    }
  }
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
    } else if (name == "elisions") {
      for (auto& word : file.strings(setting, "elisions"))
        lexicon.elisions.insert(fold_words(word));
    } else if (name == "not_inflected") {
      for (auto& word : file.strings(setting, "not_inflected"))
        lexicon.not_inflected.insert(fold_words(word));
    } else if (name == "plural_endings") {
      lexicon.plural_endings = file.strings(setting, "plural_endings");
    } else if (name == "stopwords") {
      for (auto& word : file.strings(setting, "stopwords"))
        lexicon.stopwords.insert(fold_words(word));
    } else {
      file.error(name.source().begin.line, "unknown key in [language]: " + std::string(name.str()));
    }
  }
}

// The word lists of [numbers], by key.
constexpr std::pair<std::string_view, std::vector<std::string> NumberWords::*> kNumberWordLists[] =
    {{"ratio_words", &NumberWords::ratio_words},
     {"part_words", &NumberWords::part_words},
     {"decimal_words", &NumberWords::decimal_words},
     {"zero_words", &NumberWords::zero_words},
     {"dozen_words", &NumberWords::dozen_words},
     {"joint_words", &NumberWords::joint_words},
     {"scale_links", &NumberWords::scale_links},
     {"one_words", &NumberWords::one_words},
     {"articles", &NumberWords::articles},
     {"article_scales", &NumberWords::article_scales},
     {"bare_scales", &NumberWords::bare_scales}};

// A table of words and their values, `fraction_words = { half = 2 }`: each value through
// `read`, which reports a bad one. A later file's table replaces an earlier one's.
template <typename Value, typename Read>
void read_word_table(FileReader& file, const toml::node& node, std::string_view what,
                     std::map<std::string, Value, std::less<>>& out, Read read) {
  const auto* table = file.table(node, what, "{ word = value, ... }");
  if (table == nullptr) return;
  out.clear();
  for (const auto& [word, value] : *table)
    if (auto converted = read(value)) out[std::string(word.str())] = *converted;
}

// One key of [numbers] that holds a table of words; false for another key.
bool read_number_table(FileReader& file, std::string_view key, const toml::node& setting,
                       NumberWords& words) {
  auto denominator = [&](const toml::node& node) {
    auto value = file.number(node, key);
    if (value && *value <= 0) {
      file.error(line_of(node), std::string(key) + " values must be positive");
      value.reset();
    }
    return value;
  };
  if (key == "dozen_counts")
    read_word_table(file, setting, key, words.dozen_counts,
                    [&](const toml::node& node) { return file.number(node, key); });
  else if (key == "scale_words")
    read_word_table(file, setting, key, words.scale_words,
                    [&](const toml::node& node) { return file.integer(node, key); });
  else if (key == "fraction_words")
    read_word_table(file, setting, key, words.fraction_words, denominator);
  else if (key == "scale_fractions")
    read_word_table(file, setting, key, words.scale_fractions, denominator);
  else if (key == "aliases")
    read_word_table(file, setting, key, words.aliases,
                    [&](const toml::node& node) { return file.string(node, key); });
  else
    return false;
  return true;
}

// [numbers]: the words the language writes numbers with beyond ICU's (NumberWords).
void read_number_words(FileReader& file, const toml::node& value, Lexicon& lexicon) {
  const auto* table = file.table(value, "numbers");
  if (table == nullptr) return;
  NumberWords& words = lexicon.number_words;
  for (const auto& [name, setting] : *table) {
    std::string_view key = name.str();
    auto list = std::find_if(std::begin(kNumberWordLists), std::end(kNumberWordLists),
                             [&](const auto& entry) { return entry.first == key; });
    if (list != std::end(kNumberWordLists))
      words.*(list->second) = file.strings(setting, key);
    else if (key == "one_word")
      words.one_word = file.string(setting, key).value_or("");
    else if (!read_number_table(file, key, setting, words))
      file.error(name.source().begin.line, "unknown key in [numbers]: " + std::string(key));
  }
  if (words.one_word.empty() && (!words.article_scales.empty() || !words.bare_scales.empty()))
    file.error(table->source().begin.line,
               "[numbers] article_scales and bare_scales need a one_word (\"one\")");
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

// One setting of a [generated] entry; false for an unknown one.
bool read_generated_setting(FileReader& file, std::string_view field, const toml::node& setting,
                            GeneratedPattern& generated) {
  if (field == "table" && setting.is_array())
    generated.tables = file.strings(setting, "table");
  else if (field == "table")
    generated.tables = {file.string(setting, "table").value_or("")};
  else if (field == "value")
    generated.value = file.string(setting, "value").value_or("");
  else if (field == "inflected")
    generated.inflected = file.boolean(setting, "inflected").value_or(false);
  else if (field == "whole_words")
    generated.whole_words = file.boolean(setting, "whole_words").value_or(false);
  else if (field == "exact_case")
    generated.exact_case = file.boolean(setting, "exact_case").value_or(false);
  else
    return false;
  return true;
}

// [generated]: name = { table = "directions", value = "-", inflected = true }; `table` may
// be a list of tables and groups: { table = ["currencies.after", "currencies.codes"] }.
void read_generated(FileReader& file, const toml::node& value, Lexicon& lexicon) {
  const auto* table = file.table(value, "generated", "fall = { table = \"directions\" }");
  if (table == nullptr) return;
  for (const auto& [name, spec] : *table) {
    GeneratedPattern generated;
    generated.name = std::string(name.str());
    generated.place = {file.path(), line_of(spec)};
    const auto* fields = file.table(spec, "a [generated] entry", "{ table = \"directions\" }");
    if (fields == nullptr) continue;
    for (const auto& [field, setting] : *fields)
      if (!read_generated_setting(file, field.str(), setting, generated))
        file.error(line_of(setting), "unknown key in [generated]: " + std::string(field.str()));
    bool no_table = std::all_of(generated.tables.begin(), generated.tables.end(),
                                [](const std::string& t) { return t.empty(); });
    if (no_table)
      file.error(line_of(spec), "[generated] " + generated.name + " needs a table");
    else
      lexicon.generated.push_back(std::move(generated));
  }
}

// Reads one vocabulary table into the Lexicon map `Member`, each value through `Convert`.
template <auto Member, auto Convert>
void read_table(FileReader& file, const toml::node& value, std::string_view name,
                Lexicon& lexicon) {
  read_vocabulary(file, value, name, lexicon.*Member, Convert, lexicon);
}

using TableReader = void (*)(FileReader&, const toml::node&, std::string_view, Lexicon&);

// The tables that describe a language, and how each is read. [bounds] and [signs] share
// the maps of [modifiers] and [directions]: they are read alike, but no [generated]
// sub-pattern of those tables holds them.
constexpr std::pair<std::string_view, TableReader> kLexiconTables[] = {
    {"language", [](FileReader& f, const toml::node& v, std::string_view,
                    Lexicon& l) { read_language_settings(f, v, l); }},
    {"numbers", [](FileReader& f, const toml::node& v, std::string_view,
                   Lexicon& l) { read_number_words(f, v, l); }},
    {"patterns", [](FileReader& f, const toml::node& v, std::string_view,
                    Lexicon& l) { read_patterns(f, v, l); }},
    {"generated", [](FileReader& f, const toml::node& v, std::string_view,
                     Lexicon& l) { read_generated(f, v, l); }},
    {"dollar_markers", [](FileReader& f, const toml::node& v, std::string_view,
                          Lexicon& l) { read_dollar_markers(f, v, l); }},
    {"scales", read_table<&Lexicon::scales, whole_number>},
    {"approximations", read_table<&Lexicon::approximations, whole_number>},
    {"months", read_table<&Lexicon::months, whole_number>},
    {"actions", read_table<&Lexicon::actions, text_value>},
    {"ordinals", read_table<&Lexicon::ordinals, whole_number>},
    {"relative_dates", read_table<&Lexicon::relative_dates, text_value>},
    {"currencies", read_table<&Lexicon::currencies, text_value>},
    {"units", read_table<&Lexicon::units, text_value>},
    {"modifiers", read_table<&Lexicon::modifiers, text_value>},
    {"bounds", read_table<&Lexicon::modifiers, text_value>},
    {"directions", read_table<&Lexicon::directions, direction_sign>},
    {"signs", read_table<&Lexicon::directions, direction_sign>},
};

// One of the tables that describe a language: [language], [patterns], the vocabularies.
void read_lexicon_table(FileReader& file, const toml::key& key, const toml::node& value,
                        Lexicon& lexicon) {
  std::string_view name = key.str();
  for (const auto& [table, read] : kLexiconTables) {
    if (name != table) continue;
    read(file, value, name, lexicon);
    return;
  }
  file.error(key.source().begin.line, "unknown table: " + std::string(name));
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

// The file's lang; "" for a file that needs none (only [keys] and [priorities]). Nothing
// when it is missing or not a string (reported).
std::optional<std::string> read_lang(FileReader& file, const toml::table& root) {
  std::string lang;
  if (const auto* node = root.get("lang")) {
    auto text = file.string(*node, "lang");
    if (!text) return std::nullopt;
    lang = *text;
  }
  bool needs_lang = false;
  for (const auto& [key, value] : root)
    needs_lang = needs_lang || (key != "lang" && key != "keys" && key != "priorities" &&
                                key != "parents" && key != "parent_suffixes" && key != "generic");
  if (needs_lang && lang.empty()) {
    file.error(1, "the file needs a top-level lang = \"en\" (or \"fr\", ...)");
    return std::nullopt;
  }
  return lang;
}

}  // namespace

void read_rule_file(std::string_view path, std::string_view text, RuleFileTargets& targets,
                    std::vector<Diagnostic>& errors) {
  FileReader file(path, errors);
  std::optional<toml::table> root = parse_rule_file(file, text);
  if (!root) return;
  std::optional<std::string> lang = read_lang(file, *root);
  if (!lang) return;
  for (const auto& [key, value] : *root) {
    if (key == "lang") continue;
    if (key == "keys")
      read_keys(file, value, targets.noun_keys);
    else if (key == "priorities")
      read_priority_bands(file, value, targets.priority_bands);
    else if (key == "parents" || key == "parent_suffixes" || key == "generic")
      read_key_family(file, key.str(), value, targets.key_families);
    else if (key == "rule")
      read_rules(file, value, key.source().begin.line, *lang, targets.rules);
    else
      read_lexicon_table(file, key, value, targets.lexicon_for(*lang));
  }
}

}  // namespace claims
