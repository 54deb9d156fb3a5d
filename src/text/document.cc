#include "text/document.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

namespace claims {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool is_valid_utf8(std::string_view s) { return first_invalid_utf8(s) == std::string_view::npos; }

// Converts `bytes` from `charset` to UTF-8 with ICU; false when ICU does not know it.
bool convert_to_utf8(std::string_view bytes, const char* charset, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> from(ucnv_open(charset, &status), ucnv_close);
  if (U_FAILURE(status)) return false;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) return false;
  out.assign(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) return false;
  out.resize(static_cast<std::size_t>(target - out.data()));
  return true;
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    if (p[i] < 0x80) {  // ASCII fast path
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::string_view::npos;
}

DecodeResult decode(std::string_view bytes, Document& doc) {
  static constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
  if (starts_with(bytes, kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    const char* charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (!convert_to_utf8(bytes.substr(2), charset, doc.text))
      return {false, std::string("invalid ") + charset};
    doc.encoding = charset;
    return {true, {}};
  }
  if (bytes.find('\0') != std::string_view::npos) return {false, "binary file (NUL bytes)"};
  if (is_valid_utf8(bytes)) {
    doc.text.assign(bytes);
    doc.encoding = "UTF-8";
    return {true, {}};
  }
  // Not UTF-8: let ICU guess the charset, preferring the Western ones news text is in.
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      ucsdet_close);
  const char* charset = "windows-1252";
  if (U_SUCCESS(status)) {
    ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_SUCCESS(status) && match != nullptr) {
      const char* name = ucsdet_getName(match, &status);
      if (U_SUCCESS(status) && name != nullptr && std::strcmp(name, "UTF-8") != 0) charset = name;
    }
  }
  // ISO-8859-1 is a subset of windows-1252 for text; the latter also maps curly quotes.
  if (std::strcmp(charset, "ISO-8859-1") == 0) charset = "windows-1252";
  if (!convert_to_utf8(bytes, charset, doc.text)) return {false, "cannot decode the text"};
  doc.encoding = charset;
  return {true, {}};
}

DecodeResult read_document(const std::string& path, Document& doc) {
  doc.source = path;
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return {false, "cannot read standard input"};
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {false, std::string("cannot open: ") + std::strerror(errno)};
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return {false, std::string("cannot read: ") + std::strerror(errno)};
  }
  return decode(bytes, doc);
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (const char* p = text.data();
       (p = static_cast<const char*>(std::memchr(p, '\n', text.size() - (p - text.data())))) !=
       nullptr;
       ++p) {
    line_starts_.push_back(static_cast<std::size_t>(p - text.data()) + 1);
  }
}

Position LineIndex::position(std::size_t offset) const {
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  std::size_t column = 1;
  for (std::size_t i = start; i < offset && i < text_.size(); ++i) {
    auto byte = static_cast<unsigned char>(text_[i]);
    if ((byte & 0xC0) != 0x80 && byte != '\r') ++column;  // count code points, not bytes
  }
  return {line, column};
}

}  // namespace claims
