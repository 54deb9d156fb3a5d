#include "segment/segmenter.h"

#include <string>

namespace claims {

namespace {

// "ss=standard" keeps abbreviations such as "Mr." or "approx." from ending a sentence.
icu::BreakIterator* sentence_iterator(const char* locale, UErrorCode& status) {
  icu::Locale sentence_locale((std::string(locale) + "@ss=standard").c_str());
  return icu::BreakIterator::createSentenceInstance(sentence_locale, status);
}

}  // namespace

Segmenter::Segmenter(std::string_view text, const char* locale,
                     const std::unordered_set<std::string>* elisions)
    : text_(text), elisions_(elisions != nullptr && !elisions->empty() ? elisions : nullptr) {
  UErrorCode status = U_ZERO_ERROR;
  utext_ = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale(locale), status));
  sentences_.reset(sentence_iterator(locale, status));
  if (U_FAILURE(status)) {
    words_.reset();
    sentences_.reset();
    return;
  }
  words_->setText(utext_, status);
  sentences_->setText(utext_, status);
}

Segmenter::~Segmenter() {
  words_.reset();
  sentences_.reset();
  utext_close(utext_);
}

bool Segmenter::is_word_boundary(std::size_t offset) {
  if (offset == 0 || offset >= text_.size() || !words_) return true;
  if (elisions_) {
    std::string_view before = text_.substr(0, offset);
    std::size_t mark = before.ends_with('\'') ? 1 : before.ends_with("\xE2\x80\x99") ? 3 : 0;
    if (mark > 0) {
      // The elided word: the letters before the apostrophe ("d'", "l'", "jusqu'").
      std::size_t start = offset - mark;
      auto letter = [&](std::size_t at) {
        char c = text_[at];
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      };
      while (start > 0 && letter(start - 1)) --start;
      std::string word(text_.substr(start, offset - mark - start));
      for (char& c : word) c = static_cast<char>(c | 0x20);
      if (elisions_->count(word)) return true;
    }
  }
  return words_->isBoundary(static_cast<int32_t>(offset));
}

Span Segmenter::sentence_at(std::size_t offset) {
  if (!sentences_ || text_.empty()) return {0, text_.size()};
  if (offset >= text_.size()) offset = text_.size() - 1;
  auto at = static_cast<int32_t>(offset);
  int32_t begin = icu::BreakIterator::DONE, end = icu::BreakIterator::DONE;
  // Candidates come in text order and mostly close together: walking on from the last
  // sentence with next() is much cheaper than a random-access preceding().
  constexpr std::size_t kWalk = 4096;
  if (last_.end > 0 && offset >= last_.end && offset - last_.end < kWalk) {
    begin = static_cast<int32_t>(last_.end);
    end = sentences_->following(begin);
    while (end != icu::BreakIterator::DONE && end <= at) {
      begin = end;
      end = sentences_->next();
    }
  } else {
    end = sentences_->following(at);
    begin = sentences_->preceding(at + 1);
  }
  if (end == icu::BreakIterator::DONE) end = static_cast<int32_t>(text_.size());
  if (begin == icu::BreakIterator::DONE) begin = 0;
  last_ = {static_cast<std::size_t>(begin), static_cast<std::size_t>(end)};
  return last_;
}

std::size_t Segmenter::previous_sentence_start(std::size_t boundary) {
  if (!sentences_ || boundary == 0) return 0;
  if (auto found = previous_starts_.find(boundary); found != previous_starts_.end())
    return found->second;
  int32_t start = sentences_->preceding(static_cast<int32_t>(std::min(boundary, text_.size())));
  std::size_t result = start == icu::BreakIterator::DONE ? 0 : static_cast<std::size_t>(start);
  previous_starts_.emplace(boundary, result);
  return result;
}

std::size_t late_sentence_break(std::string_view text, const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::BreakIterator> sentences(sentence_iterator(locale, status));
  std::size_t cut = 0;
  if (U_SUCCESS(status)) {
    sentences->setText(utext, status);
    sentences->last();
    sentences->previous();  // the start of the last sentence, perhaps cut short
    int32_t start = sentences->previous();
    if (U_SUCCESS(status) && start != icu::BreakIterator::DONE && start > 0)
      cut = static_cast<std::size_t>(start);
  }
  sentences.reset();
  utext_close(utext);
  return cut;
}

}  // namespace claims
