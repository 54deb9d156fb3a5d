#include "lang/language.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

namespace claims {
namespace {
// Enough words to decide; keeps detection cheap on very large files.
constexpr std::size_t kSampleBytes = 64 * 1024;
}  // namespace

std::string detect_language(std::string_view text, const std::vector<LanguageProfile>& profiles) {
  if (profiles.empty()) return {};
  if (text.size() > kSampleBytes) {
    std::size_t cut = kSampleBytes;
    while (cut > 0 && U8_IS_TRAIL(static_cast<uint8_t>(text[cut]))) --cut;
    text = text.substr(0, cut);
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    utext_close(utext);
    return profiles.front().code;
  }
  words->setText(utext, status);
  std::vector<std::size_t> scores(profiles.size(), 0);
  std::string word;
  for (int32_t start = words->first(), end = words->next(); end != icu::BreakIterator::DONE;
       start = end, end = words->next()) {
    if (words->getRuleStatus() < UBRK_WORD_LETTER || words->getRuleStatus() >= UBRK_WORD_KANA)
      continue;
    word.clear();
    icu::UnicodeString::fromUTF8(text.substr(start, end - start))
        .toLower(icu::Locale::getRoot())
        .toUTF8String(word);
    for (std::size_t i = 0; i < profiles.size(); ++i)
      scores[i] += profiles[i].stopwords->count(word);
  }
  utext_close(utext);
  std::size_t best = 0;
  for (std::size_t i = 1; i < scores.size(); ++i)
    if (scores[i] > scores[best]) best = i;
  return profiles[best].code;
}

}  // namespace claims
