#include "rules/vocabulary.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace claims {
namespace {

constexpr std::size_t kShortestStem = 4;  // letters; shorter stems would match too much

// The first `letters` code points of `text`.
std::string_view first_letters(std::string_view text, std::size_t letters) {
  int32_t at = 0;
  U8_FWD_N(text.data(), at, static_cast<int32_t>(text.size()), static_cast<int32_t>(letters));
  return text.substr(0, static_cast<std::size_t>(at));
}

std::size_t letter_count(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// Longest first, as RE2 takes the first alternative that matches; no repeats.
void longest_first(std::vector<std::string>& alternatives) {
  std::sort(alternatives.begin(), alternatives.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  alternatives.erase(std::unique(alternatives.begin(), alternatives.end()), alternatives.end());
}

std::string joined(const std::vector<std::string>& alternatives);

// The table a group belongs to: "currencies" for "currencies.after".
std::string table_of(const std::string& table) { return table.substr(0, table.find('.')); }

// Whether a regex alternative ends in a word character, so that \b may follow it.
bool ends_in_word(const std::string& alternative) {
  unsigned char last = alternative.empty() ? ' ' : static_cast<unsigned char>(alternative.back());
  return std::isalnum(last) || last >= 0x80;
}

// The alternative one plain (not inflected) entry gives.
std::string entry_alternative(const GeneratedPattern& generated, const VocabularyEntry& entry) {
  std::string alternative = word_pattern(generated.exact_case ? entry.written : entry.word);
  if (generated.whole_words && ends_in_word(alternative)) alternative += "\\b";
  return alternative;
}

// The alternatives of one generated pattern, recording the stems of its inflected entries.
// The stems share one {inflection} group, "(?:recul|baiss|...){inflection}", rather than
// each having its own: the same words, in a regex program many times smaller.
std::vector<std::string> alternatives_of(const GeneratedPattern& generated, Lexicon& lexicon,
                                         const Stemmer* stemmer, std::vector<Diagnostic>& errors) {
  std::vector<std::string> words, stems;
  for (const std::string& table : generated.tables) {
    auto& prefixes = lexicon.stem_prefixes[table_of(table)];
    for (const VocabularyEntry& entry : lexicon.entries[table]) {
      if (!generated.value.empty() && entry.value != generated.value) continue;
      bool one_word = entry.word.find(' ') == std::string::npos;
      if (!generated.inflected || stemmer == nullptr || !one_word) {
        words.push_back(entry_alternative(generated, entry));
        continue;
      }
      std::string prefix = stem_prefix(*stemmer, entry.word);
      auto [at, added] = prefixes.emplace(prefix, entry.value);
      if (!added && at->second != entry.value)
        errors.push_back({generated.place.file, generated.place.line,
                          "[generated] " + generated.name + ": \"" + entry.word +
                              "\" shares the stem \"" + prefix +
                              "\" with an entry of another value (" + at->second + ")"});
      stems.push_back(word_pattern(prefix));
    }
  }
  longest_first(words);
  longest_first(stems);
  if (!stems.empty()) words.push_back("(?:" + joined(stems) + "){inflection}");
  return words;
}

std::string joined(const std::vector<std::string>& alternatives) {
  std::string pattern;
  for (const auto& alternative : alternatives) {
    if (!pattern.empty()) pattern += '|';
    pattern += alternative;
  }
  return pattern;
}

}  // namespace

std::string word_pattern(std::string_view word) {
  std::string pattern;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= word.size(); ++i) {
    if (i < word.size() && word[i] != ' ' && word[i] != '\'') continue;
    pattern += RE2::QuoteMeta(re2::StringPiece(word.data() + start, i - start));
    if (i < word.size()) pattern += word[i] == ' ' ? "{sp}+" : "[\\x{27}\xE2\x80\x99]";
    start = i + 1;
  }
  return pattern;
}

std::string stem_prefix(const Stemmer& stemmer, std::string_view word) {
  std::string stem = stemmer.stem(word);
  std::size_t letters = letter_count(stem);
  if (letters < kShortestStem) return std::string(word);
  std::string_view prefix = first_letters(word, letters);
  if (key_from_noun(prefix) != key_from_noun(stem)) return std::string(word);
  return std::string(prefix);
}

void write_generated_patterns(Lexicon& lexicon, std::vector<Diagnostic>& errors) {
  std::unique_ptr<Stemmer> stemmer;
  if (!lexicon.stemmer.empty()) {
    stemmer = std::make_unique<Stemmer>(lexicon.stemmer);
    if (!stemmer->ok()) {
      std::string known;
      for (const auto& name : available_stemmers()) known += (known.empty() ? "" : ", ") + name;
      errors.push_back({lexicon.stemmer_place.file, lexicon.stemmer_place.line,
                        "no Snowball stemmer \"" + lexicon.stemmer + "\" (known: " + known + ")"});
      stemmer.reset();
    }
  }
  lexicon.stem_prefixes.clear();
  for (const GeneratedPattern& generated : lexicon.generated) {
    auto place = lexicon.pattern_places.find(generated.name);
    bool by_hand =
        place != lexicon.pattern_places.end() &&
        (place->second.file != generated.place.file || place->second.line != generated.place.line);
    if (by_hand) {
      errors.push_back({generated.place.file, generated.place.line,
                        "[generated] " + generated.name + " is also written in [patterns] (" +
                            place->second.file + ":" + std::to_string(place->second.line) + ")"});
      continue;
    }
    auto missing = std::find_if(generated.tables.begin(), generated.tables.end(),
                                [&](const std::string& t) { return !lexicon.entries.count(t); });
    if (missing != generated.tables.end()) {
      errors.push_back({generated.place.file, generated.place.line,
                        "[generated] " + generated.name + ": no table [" + *missing + "]"});
      continue;
    }
    std::string pattern = joined(alternatives_of(generated, lexicon, stemmer.get(), errors));
    if (generated.exact_case) pattern = "(?-i:" + pattern + ")";
    lexicon.patterns[generated.name] = std::move(pattern);
    lexicon.pattern_places[generated.name] = generated.place;
  }
}

const std::string* Lexicon::inflected_value(const std::string& table,
                                            std::string_view folded) const {
  auto found = stem_prefixes.find(table);
  if (found == stem_prefixes.end() || not_inflected.count(std::string(folded))) return nullptr;
  // The longest entry the word begins with: the generated pattern allowed only an
  // {inflection} after it.
  for (std::size_t size = folded.size(); size >= 1; --size) {
    if (size < folded.size() && (static_cast<unsigned char>(folded[size]) & 0xC0) == 0x80) continue;
    auto entry = found->second.find(std::string(folded.substr(0, size)));
    if (entry != found->second.end()) return &entry->second;
  }
  return nullptr;
}

}  // namespace claims
