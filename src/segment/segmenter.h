// Stage 3: sentences and words, from ICU's BreakIterators over the UTF-8 text.
//
// Segmentation is done lazily, only around the places where the rules found candidates,
// because a full word pass costs more than the regex scan that finds them.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace claims {

struct Span {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

class Segmenter {
 public:
  // `text` must outlive the Segmenter. `locale` is an ICU locale id such as "en" or "fr".
  // `elisions` (lower case, may be null) are the words that an apostrophe joins to the next
  // word ("d", "l", "qu" in French: "d'une", "l'euro"); a word begins after one.
  Segmenter(std::string_view text, const char* locale,
            const std::unordered_set<std::string>* elisions = nullptr);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // True when `offset` does not fall inside a word (or a number such as "9,100"):
  // a match may start or end there. A word begins after an elision too ("d'une",
  // "l'euro"), which ICU's word rules keep in one word.
  bool is_word_boundary(std::size_t offset);

  // The sentence that contains the byte at `offset`. A line break always ends a sentence,
  // so headlines and captions without a full stop stand alone.
  Span sentence_at(std::size_t offset);

  // Where the sentence before the one starting at `boundary` starts (0 at the start).
  std::size_t previous_sentence_start(std::size_t boundary);

 private:
  std::string_view text_;
  UText* utext_ = nullptr;
  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  Span last_;  // the sentence sentence_at() returned last
  std::unordered_map<std::size_t, std::size_t> previous_starts_;  // boundary -> start before
  const std::unordered_set<std::string>* elisions_;               // null: the language has none
};

// Where to cut `text`, a block of a longer text that holds no line break, so that no
// sentence is split: the start of its second-to-last sentence (the last one may run on past
// the block, and deciding where the one before it ends needs the words after it). 0 when
// the block holds fewer than three sentences. Looks only at the end of the block.
std::size_t late_sentence_break(std::string_view text, const char* locale);

}  // namespace claims
