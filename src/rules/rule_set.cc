#include "rules/rule_set.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "lang/noun_lexicon.h"
#include "rules/embedded_rules.h"
#include "rules/rule_compiler.h"
#include "rules/rule_reader.h"
#include "rules/sub_patterns.h"
#include "rules/vocabulary.h"

namespace claims {
namespace {

// A rule that names a priority band takes its number; an unknown band is reported at the
// rule's `priority` line (the rule keeps priority 0).
void settle_priority_bands(std::vector<Rule>& rules,
                           const std::unordered_map<std::string, int>& bands,
                           std::vector<Diagnostic>& errors) {
  for (Rule& rule : rules) {
    if (rule.priority_band.empty()) continue;
    auto band = bands.find(rule.priority_band);
    if (band != bands.end()) {
      rule.priority = band->second;
      continue;
    }
    rule.priority = 0;
    std::string message = "rule " + rule.id + ": no priority band \"";
    message += rule.priority_band;
    message += "\" in [priorities] (rules/priorities.toml)";
    errors.push_back({rule.file, rule.priority_line, std::move(message)});
  }
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
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += ": ";
  out += message;
  return out;
}

Diagnostic Lexicon::at_pattern(const std::string& name, std::string message) const {
  auto place = pattern_places.find(name);
  if (place == pattern_places.end()) return {"", 0, std::move(message)};
  return {place->second.file, place->second.line, std::move(message)};
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

std::string RuleSet::key_for_unknown_noun(const Lexicon& lexicon, std::string_view noun) const {
  std::string lemma =
      NounLexicon::built_in().english_lemma(lexicon.code, lexicon.plural_endings, fold_words(noun));
  if (lemma.empty()) return key_from_noun(noun);
  if (auto found = lemma_keys_.find(lemma); found != lemma_keys_.end()) return found->second;
  return key_from_noun(lemma);
}

// Each one-word noun of [keys] lends its key to its English lemma, English readings first
// and nouns in order, so that the index does not depend on hash order.
void RuleSet::index_key_lemmas() {
  lemma_keys_.clear();
  std::vector<std::pair<std::string, std::string>> nouns(noun_keys_.begin(), noun_keys_.end());
  std::sort(nouns.begin(), nouns.end());
  std::vector<const Lexicon*> order;
  for (const auto& lexicon : lexicons_) order.push_back(lexicon.get());
  std::stable_sort(order.begin(), order.end(), [](const Lexicon* a, const Lexicon* b) {
    return a->code == "en" && b->code != "en";
  });
  for (const Lexicon* lexicon : order)
    for (const auto& [noun, key] : nouns) {
      if (noun.find(' ') != std::string::npos) continue;
      std::string lemma =
          NounLexicon::built_in().english_lemma(lexicon->code, lexicon->plural_endings, noun);
      if (!lemma.empty()) lemma_keys_.emplace(lemma, key);
    }
}

std::vector<std::string> RuleSet::built_in_languages() {
  std::vector<std::string> codes;
  for (const auto& file : embedded_rule_files()) {
    std::filesystem::path folder = std::filesystem::path(file.path).parent_path();
    std::string code = folder.filename().string();
    if (folder.has_parent_path() && std::find(codes.begin(), codes.end(), code) == codes.end())
      codes.push_back(code);
  }
  return codes;
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
  RuleFileTargets targets{
      rules_, noun_keys_, priority_bands_, key_families_,
      [this](const std::string& code) -> Lexicon& { return lexicon_for(code); }};
  read_rule_file(path, text, targets, errors);
}

bool RuleSet::expand(const Lexicon& lexicon, std::string_view pattern, std::string& out,
                     std::string& error) const {
  return expand_sub_patterns(lexicon, pattern, out, error);
}

void RuleSet::compile(std::vector<Diagnostic>& errors) {
  RE2::Options options = base_regex_options();
  for (auto& lexicon : lexicons_) {
    lexicon->claim_rules.rule_indices.clear();
    lexicon->number_rules.rule_indices.clear();
    lexicon->unusable_patterns.clear();
    write_generated_patterns(*lexicon, errors);
    check_sub_pattern_references(*lexicon, errors);
    compile_engine_patterns(*lexicon, options, errors);
  }
  report_duplicate_ids(rules_, errors);
  index_key_lemmas();
  settle_priority_bands(rules_, priority_bands_, errors);
  // Each language's rules and prefilters are compiled on a thread of their own: RE2
  // compilation is most of start-up, and languages share nothing here. Diagnostics are
  // kept per rule and reported in rule order, as a single thread would.
  std::vector<std::vector<Diagnostic>> rule_errors(rules_.size());
  std::vector<std::thread> threads;
  for (auto& lexicon : lexicons_)
    threads.emplace_back(
        [&, lexicon = lexicon.get()] { compile_language(*lexicon, options, rule_errors); });
  for (auto& thread : threads) thread.join();
  for (std::size_t index = 0; index < rules_.size(); ++index) {
    if (find_lexicon(rules_[index].lang) == nullptr)
      errors.push_back({rules_[index].file, rules_[index].line,
                        "no [language] or [patterns] for lang " + rules_[index].lang});
    for (auto& error : rule_errors[index]) errors.push_back(std::move(error));
  }
}

void RuleSet::compile_language(Lexicon& lexicon, const RE2::Options& options,
                               std::vector<std::vector<Diagnostic>>& rule_errors) {
  lexicon.claim_rules.prefilter = std::make_unique<RulePrefilter>();
  lexicon.number_rules.prefilter = std::make_unique<RulePrefilter>();
  for (std::size_t index = 0; index < rules_.size(); ++index) {
    Rule& rule = rules_[index];
    if (rule.lang != lexicon.code) continue;
    bool claim = rule.kind.empty();
    Lexicon::Layer& layer = claim ? lexicon.claim_rules : lexicon.number_rules;
    // The number layer's rules each need only a digit or a number word, which nearly every
    // candidate sentence has: there the prefilter's pass costs more than it saves
    // (measured: 5.3 of 6 rules pass, `claims numbers` 13% slower).
    RulePrefilter* filter = claim ? layer.prefilter.get() : nullptr;
    if (!compile_rule(rule, lexicon, options, filter, rule_errors[index])) continue;
    if (!filter) layer.prefilter->add_unfiltered();
    layer.rule_indices.push_back(index);
  }
  lexicon.claim_rules.prefilter->compile();
}

}  // namespace claims
