#include "segment/segmenter.h"

namespace claims {

Segmenter::Segmenter(std::string_view text, const char* locale) : text_(text) {
  UErrorCode status = U_ZERO_ERROR;
  utext_ = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  // "ss=standard" keeps abbreviations such as "Mr." or "approx." from ending a sentence.
  icu::Locale sentence_locale((std::string(locale) + "@ss=standard").c_str());
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale(locale), status));
  sentences_.reset(icu::BreakIterator::createSentenceInstance(sentence_locale, status));
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
  return words_->isBoundary(static_cast<int32_t>(offset));
}

Span Segmenter::sentence_at(std::size_t offset) {
  if (!sentences_ || text_.empty()) return {0, text_.size()};
  if (offset >= text_.size()) offset = text_.size() - 1;
  auto at = static_cast<int32_t>(offset);
  int32_t end = sentences_->following(at);
  int32_t begin = sentences_->preceding(at + 1);
  if (end == icu::BreakIterator::DONE) end = static_cast<int32_t>(text_.size());
  if (begin == icu::BreakIterator::DONE) begin = 0;
  return {static_cast<std::size_t>(begin), static_cast<std::size_t>(end)};
}

}  // namespace claims
