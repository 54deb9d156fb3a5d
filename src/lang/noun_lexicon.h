// Nouns across languages: the English lemma of a counted noun, so that a claim key does
// not depend on the language of the text ("deux banques" and "two banks" both give
// "bank"), nor on the number of the noun ("banks", "bank").
//
// The lexicon is written at build time from FreeDict's French-English and English-French
// dictionaries (Debian's dict-freedict-fra-eng and dict-freedict-eng-fra, GPL-2+; see the
// README's licences) by cmake/noun_lexicon.py: each French noun with its first English
// translation, and the English words the English-French dictionary lists. A plural is
// brought back to a word the dictionary knows through the language's plural endings
// ([language] plural_endings: "ies>y", "aux>al", "s>").
//
// Costs: the embedded table is read once per process (about 10,000 words); a look-up is a
// few hash probes.
//
//   const NounLexicon& nouns = NounLexicon::built_in();
//   nouns.english_lemma("fr", {"s>"}, "banques");  // "bank"
//   nouns.english_lemma("en", {"s>"}, "banks");    // "bank"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claims {

class NounLexicon {
 public:
  // The lexicon compiled into the binary.
  static const NounLexicon& built_in();
  // A lexicon from its TSV text: "lang<TAB>noun<TAB>english" a line.
  explicit NounLexicon(std::string_view tsv);

  // The English lemma of `noun` (one folded word) in language `lang`, trying the word,
  // then each of `plural_endings` ("ies>y": "ies" becomes "y") that ends it; "" when the
  // lexicon knows no form of it.
  std::string english_lemma(std::string_view lang, const std::vector<std::string>& plural_endings,
                            std::string_view noun) const;
  // How many nouns it holds for `lang`.
  std::size_t size(std::string_view lang) const;

 private:
  // lang -> noun -> English lemma
  std::unordered_map<std::string, std::unordered_map<std::string, std::string>> nouns_;
};

}  // namespace claims
