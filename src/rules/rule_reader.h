// Reading one rule file: TOML text -> rules, the tables of its language and key nouns.
//
// The text must be UTF-8 and TOML; a file of rules or language tables needs a top-level
// lang. [[rule]]s are read into Rules, [keys] into the noun -> key map, and [language],
// [patterns], [generated], [dollar_markers] and the vocabularies into the file's Lexicon.
// Values are checked for their TOML type alone (1 is no boolean, true no integer), and
// every problem (syntax, unknown key or table, a missing or empty field) becomes a
// Diagnostic at its line; nothing throws. Patterns are stored as written: expanding and
// compiling them is RuleSet::compile()'s job.
//
// Costs: one toml++ parse of the file and one fold_words() per vocabulary word or noun.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/key_families.h"
#include "rules/rule_set.h"

namespace claims {

// Where the tables of a rule file go.
struct RuleFileTargets {
  std::vector<Rule>& rules;                                 // [[rule]]s are appended
  std::unordered_map<std::string, std::string>& noun_keys;  // [keys]: folded noun -> key
  std::unordered_map<std::string, int>& priority_bands;     // [priorities]: band -> number
  KeyFamilies& key_families;  // [parents], [parent_suffixes], [generic]
  // The lexicon of a language code, made on first use; asked only for a language table.
  std::function<Lexicon&(const std::string& lang)> lexicon_for;
};

// Reads the rule file `text`; `path` names it in diagnostics.
void read_rule_file(std::string_view path, std::string_view text, RuleFileTargets& targets,
                    std::vector<Diagnostic>& errors);

}  // namespace claims
