#include "text/folding.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace claims {

std::size_t space_width(std::string_view text) {
  if (text.empty()) return 0;
  char c = text[0];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (text.starts_with("\xC2\xA0")) return 2;  // U+00A0
  if (text.starts_with("\xE2\x80\xAF") || text.starts_with("\xE2\x80\x89")) return 3;
  return 0;
}

std::string squeeze_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (std::size_t width = space_width(text.substr(i))) {
      space = !out.empty();
      i += width - 1;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text[i];
  }
  return out;
}

std::string fold_words(std::string_view text) {
  std::string lower;
  bool ascii = std::all_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {  // most words looked up are ASCII: lower-case them without ICU
    lower.assign(text);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  } else {
    icu::UnicodeString::fromUTF8(text).toLower(icu::Locale::getRoot()).toUTF8String(lower);
  }
  std::string squeezed = squeeze_spaces(lower), out;
  out.reserve(squeezed.size());
  for (std::size_t i = 0; i < squeezed.size(); ++i) {
    if (squeezed.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019, the typographic apostrophe
      out += '\'';
      i += 2;
    } else {
      out += squeezed[i];
    }
  }
  return out;
}

std::string key_from_noun(std::string_view noun) {
  // Keys are ASCII: decompose ("é" -> "e" + accent), drop the accents, lower-case.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(noun);
  if (U_SUCCESS(status)) unicode = nfd->normalize(unicode, status);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < unicode.length();) {
    UChar32 c = unicode.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
    i += U16_LENGTH(c);
  }
  std::string folded;
  bare.toLower(icu::Locale::getRoot()).toUTF8String(folded);
  std::string key;
  for (char c : folded) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum)
      key += c;
    else if (!key.empty() && key.back() != '_')
      key += '_';
  }
  while (!key.empty() && key.back() == '_') key.pop_back();
  return key;
}

}  // namespace claims
