// Stage 4: TOML rule files -> a compiled rule set.
//
// A rule file may hold any of these tables; files of one language are merged:
//
//   lang = "en"                      the language of everything below
//   [language]                       locale, spell-out locales, decimal mark, stopwords
//   [numbers]                        the words numbers are written with beyond ICU's
//   [patterns]                       shared sub-patterns, referenced from rules as {name}
//   [scales] [currencies] [modifiers] [directions] [units] [approximations] [months]
//   [ordinals] [relative_dates]
//                                    vocabularies that turn matched words into values
//   [keys]                           claim key -> nouns that name it, in any language
//   [[rule]]                         id, claim, unit, pattern, examples, counterexamples
//                                    (a rule with a `kind` instead of a claim belongs to the
//                                    number layer: `claims numbers` runs it, claims never do)
//
// Loading never throws: problems come back as Diagnostics ("FILE:LINE: message").
// The parts: rules/rule_reader reads a file's tables, rules/sub_patterns expands {name}
// references, rules/rule_compiler compiles the patterns with RE2.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <re2/re2.h>

#include "numbers/number_parser.h"
#include "rules/key_families.h"
#include "rules/prefilter.h"
#include "text/folding.h"

namespace claims {

struct Diagnostic {
  std::string file;
  std::size_t line = 0;  // 1-based; 0 when the problem is not tied to a line
  std::string message;
  std::string str() const;  // "FILE:LINE: message"
};

// Where something is written in the rule files.
struct SourcePlace {
  std::string file;
  std::size_t line = 0;
};

// A sub-pattern written from vocabulary tables at load time ([generated] in a lexicon):
// every entry of `tables` (of value `value`, when given) as an alternative, longest first,
// so that a word is added in one place. A table is a whole vocabulary ("currencies") or one
// group of it ("currencies.after", written [currencies.after]). An `inflected` entry of one
// word matches in every form: the part of it that its Snowball stem keeps, then the
// language's {inflection}. With `whole_words`, an entry that ends in a letter or digit
// matches only before a word boundary ("p" in "12p", not in "12 people"); with
// `exact_case`, entries match only as written ("M" for millions, "m" for metres).
struct GeneratedPattern {
  std::string name;                 // the sub-pattern it defines: "fall"
  std::vector<std::string> tables;  // {"directions"}
  std::string value;                // "-": only the entries of this value; "" for all
  bool inflected = false;
  bool whole_words = false;
  bool exact_case = false;
  SourcePlace place;
};

// One word of a vocabulary table, in the order written.
struct VocabularyEntry {
  std::string word;     // folded with fold_words(): what look-ups use
  std::string written;  // as written: what an exact_case pattern matches
  std::string value;    // as written, for [generated]'s `value` filter
};

struct RuleExample {
  std::string text;
  std::optional<double> value;
  std::optional<double> value_max;
  std::optional<std::string> claim;
  std::optional<std::string> unit;
  std::optional<std::string> modifier;  // "" asks for an exact figure
  std::size_t line = 0;
};

struct Counterexample {
  std::string text;
  std::size_t line = 0;
};

// What a named capture group holds. A group is named after its role, optionally with
// suffixes: "value_max" holds the upper end of a range; any other suffix ("value_after")
// only keeps names unique, as RE2 requires, when one pattern offers alternatives.
// "cents" holds the hundredths written after a currency: "thirteen dollars and forty-five
// (cents)", "15 USD 50"; "per" the unit a measure is divided by: "50 meters per (second)";
// "reject": words that, when the group takes part in a match, make it no claim ("2,5
// millions (?P<reject>de passagers)" is no sum of money); a lower rule may read the number.
// "gap": words between a subject and its figure; when they hold a match of the language's
// {clause_break} sub-pattern ("which", ", while", "qui", "tandis que"), the subject is another
// clause's and the match is no claim; a lower rule may read the number.
enum class Role {
  kValue,
  kScale,
  kCurrency,
  kUnit,
  kModifier,
  kDirection,
  kSign,
  kNoun,
  kCents,
  kPer,
  kReject,
  kGap
};
inline constexpr const char* kRoleNames[] = {"value",    "scale",     "currency", "unit",
                                             "modifier", "direction", "sign",     "noun",
                                             "cents",    "per",       "reject",   "gap"};
inline constexpr std::size_t kRoleCount = sizeof kRoleNames / sizeof kRoleNames[0];

struct RuleGroups {
  std::vector<int> lower[kRoleCount];  // group indices for each role
  std::vector<int> upper[kRoleCount];  // the same for the upper end of a range ("_max")
  std::vector<std::string> unknown;    // group names that are no role's
};

struct Rule {
  std::string id;
  std::string lang;
  std::string claim;  // a key such as "staff", or a template such as "{noun}"
  std::string unit;   // "count", "%", "currency" (from the text), "{unit}" or a literal
  // Number-layer rules only: "number", "percent", "range", "currency" or "dimension". Such a
  // rule finds every figure of its kind for `claims numbers`; it never makes a claim.
  std::string kind;
  int priority = 0;               // wins over lower priorities when two rules read the same number
  std::string priority_band;      // the band it names ([priorities]), settled by compile()
  std::size_t priority_line = 0;  // of `priority`
  bool case_sensitive = false;
  std::string pattern;   // as written
  std::string expanded;  // with sub-patterns substituted
  std::vector<RuleExample> examples;
  std::vector<Counterexample> counterexamples;
  std::string file;
  std::size_t line = 0;          // of the [[rule]] header
  std::size_t pattern_line = 0;  // of the pattern

  // The compiled pattern, null when it cannot run. A claim rule's is owned by its layer's
  // prefilter (rules/prefilter.h), which compiles it once for both; any other by own_regex.
  const RE2* regex = nullptr;
  std::unique_ptr<RE2> own_regex;
  RuleGroups groups;
  int group_count = 0;
};

// Sub-patterns the engine runs itself, beside the rules that refer to them.
inline constexpr const char* kEngineSubPatterns[] = {
    "candidate",  "number",       "money",      "exclude", "clause_break",
    "conversion", "coordination", "range_join", "as_of",   "action"};

// The vocabularies and sub-patterns of one language.
struct Lexicon {
  std::string code;                           // "en"
  std::string locale;                         // ICU locale for numbers and segmentation
  std::vector<std::string> spellout_locales;  // tried in turn for spelled-out numbers
  char decimal_mark = '.';                    // how "1,234" / "1.234" are read when ambiguous
  bool noun_head_first = false;  // "cabinets vétérinaires" (fr) vs "veterinary practices"
  NumberWords number_words;      // [numbers]: "over", "point", "dozen", "half" = 2, ...
  std::unordered_set<std::string> stopwords;
  // How a plural ends and what its singular ends with: "ies>y", "aux>al", "s>"; tried in
  // order to bring a counted noun back to a word of the noun lexicon (lang/noun_lexicon.h).
  std::vector<std::string> plural_endings;
  std::map<std::string, std::string> patterns;        // name -> text as written
  std::map<std::string, SourcePlace> pattern_places;  // name -> where it is defined
  // A problem of the sub-pattern `name`, at its definition.
  Diagnostic at_pattern(const std::string& name, std::string message) const;
  // Vocabularies; keys are folded with fold_words().
  std::unordered_map<std::string, int> scales;              // "bn" -> 9
  std::unordered_map<std::string, std::string> currencies;  // "£" -> "GBP", "$" -> "$"
  std::unordered_map<std::string, std::string> modifiers;   // "about" -> "approx"
  std::unordered_map<std::string, int> directions;          // "fell" -> -1
  std::unordered_map<std::string, std::string> units;       // "kilomètres" -> "km"
  // Words that are an approximate number: "vingtaine" -> 20, "dozen" -> 12.
  std::unordered_map<std::string, int> approximations;
  // Verbs and nouns of an action on a counted thing, to the key suffix they give: "cut" ->
  // "_cut", "fermeture" -> "_closed" (in every form, through inflected_value()).
  std::unordered_map<std::string, std::string> actions;
  // Month names and their abbreviations: "février" -> 2, "sept" -> 9.
  std::unordered_map<std::string, int> months;
  // Ordinals that number a quarter or a half: "third" -> 3, "premier" -> 1.
  std::unordered_map<std::string, int> ordinals;
  // Relative dates: "a year earlier" -> "previous_year".
  std::unordered_map<std::string, std::string> relative_dates;
  // Every vocabulary entry, by table; an entry of a group ([currencies.after]) is listed
  // under the group ("currencies.after") and under its table ("currencies").
  std::map<std::string, std::vector<VocabularyEntry>> entries;
  std::vector<GeneratedPattern> generated;
  std::string stemmer;  // the Snowball algorithm of inflected entries ("french"); "" none
  SourcePlace stemmer_place;
  // Words that look like an inflected form of an entry and are none ("montant").
  std::unordered_set<std::string> not_inflected;
  // Words an apostrophe joins to the next one, lower case: "d", "l", "qu" ("d'une").
  std::unordered_set<std::string> elisions;
  // Inflected entries, by table: the part of the word the stem keeps -> value as written
  // ("recul" -> "-"). Filled by RuleSet::compile().
  std::map<std::string, std::unordered_map<std::string, std::string>> stem_prefixes;
  // The value of an inflected form of an entry of `table` ("reculait" -> "-"), or null.
  const std::string* inflected_value(const std::string& table, std::string_view folded) const;
  // Words that mark an article's own dollar: "CAD" -> ["Toronto", ...].
  std::map<std::string, std::vector<std::string>> dollar_markers;

  // Compiled by RuleSet::compile().
  // Sub-patterns that fail, or refer to one that fails; each fault is reported once, where
  // it is written, and the rules that use them are not compiled.
  std::set<std::string> unusable_patterns;
  // Sub-patterns the engine itself runs, each compiled alone (null when not defined):
  std::unique_ptr<RE2> candidate;     // places worth segmenting ({candidate}; default \d)
  std::unique_ptr<RE2> numbers;       // every number ({number}), for explanations
  std::unique_ptr<RE2> money;         // where an article names a currency ({money})
  std::unique_ptr<RE2> exclude;       // names, dates, times: no claims ({exclude})
  std::unique_ptr<RE2> clause_break;  // what a `gap` group may not hold ({clause_break})
  // What stands between an amount and the same in another currency ({conversion}).
  std::unique_ptr<RE2> conversion;
  // What stands between a keyed figure and a bare one that counts the same thing after it
  // ({coordination}: ", including"), or before it ({range_join}: "300 to 400 jobs").
  std::unique_ptr<RE2> coordination;
  std::unique_ptr<RE2> range_join;
  // When a sentence dates its figures ({as_of}); its groups are read by role
  // (extract/time_qualifier.h).
  std::unique_ptr<RE2> as_of;
  // A verb or noun of [actions] in any of its forms ({action}), matched whole.
  std::unique_ptr<RE2> action;
  // The rules of one layer: claims, or the number layer (`claims numbers`).
  struct Layer {
    std::vector<std::size_t> rule_indices;  // into RuleSet::rules()
    // Which of them may match a sentence (positions in rule_indices); never null once
    // compiled.
    std::unique_ptr<RulePrefilter> prefilter;
  };
  Layer claim_rules;
  Layer number_rules;
  const Layer& layer(bool number_layer) const { return number_layer ? number_rules : claim_rules; }
  std::vector<std::pair<std::string, std::unique_ptr<RE2>>> dollar_regexes;
};

// The names of the sub-patterns `pattern` refers to as {name} or {name:suffix}, in order
// (the macro language is in rules/sub_patterns.h).
std::vector<std::string> sub_pattern_references(std::string_view pattern);

class RuleSet {
 public:
  RuleSet();
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;

  // Adds the rule files compiled into the binary.
  void add_defaults(std::vector<Diagnostic>& errors);
  // The languages of those files, by their folders of rules/ ("en", "fr"), without loading
  // them: what --lang offers. Rules added with add_path() may bring more.
  static std::vector<std::string> built_in_languages();
  // Adds a .toml file, or every .toml file below a folder (in name order).
  void add_path(const std::string& path, std::vector<Diagnostic>& errors);
  // Adds one file's text; `path` is used in diagnostics.
  void add_text(std::string_view path, std::string_view text, std::vector<Diagnostic>& errors);

  // Expands sub-patterns and compiles every rule. Call once, after the last add_*.
  void compile(std::vector<Diagnostic>& errors);

  const std::vector<Rule>& rules() const { return rules_; }
  const Lexicon* lexicon(std::string_view code) const;
  std::vector<std::string> languages() const;

  // The claim key a counted noun stands for ("salariés" -> "staff"), or "" when the key
  // vocabulary does not know it.
  std::string key_for_noun(std::string_view noun) const;

  // The key of a counted noun that [keys] does not name, in the language of `lexicon`: the
  // key of its English lemma when [keys] names that ("usines" -> "factory", "magasin" ->
  // "stores"), else the lemma ("banques" and "banks" -> "bank"), else the noun's own words
  // ("delivery vans" -> "vans").
  std::string key_for_unknown_noun(const Lexicon& lexicon, std::string_view noun) const;

  // Which claim keys are kinds of which ([parents] of rules/keys.toml).
  const KeyFamilies& key_families() const { return key_families_; }

  // Substitutes {name} and {name:suffix} references with `lexicon`'s sub-patterns; a
  // suffix renames the named groups inside, so "{money:max}" yields value_max, scale_max.
  bool expand(const Lexicon& lexicon, std::string_view pattern, std::string& out,
              std::string& error) const;

 private:
  // Compiles the rules of `lexicon`'s language and its prefilters; each rule's problems go
  // to rule_errors[its index]. Touches only that language's rules and lexicon.
  void compile_language(Lexicon& lexicon, const RE2::Options& options,
                        std::vector<std::vector<Diagnostic>>& rule_errors);
  Lexicon* find_lexicon(std::string_view code);
  Lexicon& lexicon_for(const std::string& code);

  std::vector<Rule> rules_;
  std::vector<std::unique_ptr<Lexicon>> lexicons_;
  std::unordered_map<std::string, std::string> noun_keys_;  // folded noun -> key
  std::unordered_map<std::string, int> priority_bands_;     // [priorities]: band -> number
  KeyFamilies key_families_;
  // The English lemmas of the nouns of [keys] -> their key; filled by compile().
  std::unordered_map<std::string, std::string> lemma_keys_;
  void index_key_lemmas();
};

}  // namespace claims
