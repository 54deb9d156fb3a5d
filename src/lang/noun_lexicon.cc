#include "lang/noun_lexicon.h"

#include "rules/embedded_rules.h"

namespace claims {

NounLexicon::NounLexicon(std::string_view tsv) {
  while (!tsv.empty()) {
    std::size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv = end == std::string_view::npos ? std::string_view() : tsv.substr(end + 1);
    std::size_t first = line.find('\t'), second = line.find('\t', first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) continue;
    nouns_[std::string(line.substr(0, first))]
          [std::string(line.substr(first + 1, second - first - 1))] =
              std::string(line.substr(second + 1));
  }
}

const NounLexicon& NounLexicon::built_in() {
  static const NounLexicon lexicon = [] {
    auto files = embedded_lexicon_files();
    return NounLexicon(files.empty() ? std::string_view() : files.front().text);
  }();
  return lexicon;
}

std::string NounLexicon::english_lemma(std::string_view lang,
                                       const std::vector<std::string>& plural_endings,
                                       std::string_view noun) const {
  auto table = nouns_.find(std::string(lang));
  if (table == nouns_.end() || noun.empty()) return {};
  auto look_up = [&](const std::string& word) -> const std::string* {
    auto found = table->second.find(word);
    return found == table->second.end() ? nullptr : &found->second;
  };
  if (const std::string* lemma = look_up(std::string(noun))) return *lemma;
  for (const std::string& rule : plural_endings) {
    std::size_t arrow = rule.find('>');
    std::string_view ending = std::string_view(rule).substr(0, arrow);
    if (arrow == std::string::npos || ending.empty() || noun.size() <= ending.size() ||
        !noun.ends_with(ending))
      continue;
    std::string singular(noun.substr(0, noun.size() - ending.size()));
    singular += rule.substr(arrow + 1);
    if (const std::string* lemma = look_up(singular)) return *lemma;
  }
  return {};
}

std::size_t NounLexicon::size(std::string_view lang) const {
  auto table = nouns_.find(std::string(lang));
  return table == nouns_.end() ? 0 : table->second.size();
}

}  // namespace claims
