#include "text/document.h"

#include <cstring>

#include "text/decoder.h"

namespace claims {

DecodeResult decode(std::string_view bytes, Document& doc,
                    const std::vector<std::string>& languages) {
  Sniffed how = sniff(bytes, true, "auto", languages);
  if (how.binary) return {false, "binary file (NUL bytes)"};
  Decoder decoder(how.charset, how.bom);
  doc.text.clear();
  decoder.decode(bytes.substr(how.bom), true, doc.text);
  doc.encoding = how.charset;
  return {true, {}};
}

PositionCounter::PositionCounter(std::string_view text, Position start)
    : text_(text), start_(start), position_(start) {}

Position PositionCounter::at(std::size_t offset) {
  if (offset > text_.size()) offset = text_.size();
  if (offset < offset_) {
    offset_ = 0;
    position_ = start_;
  }
  while (offset_ < offset) {
    const char* newline =
        static_cast<const char*>(std::memchr(text_.data() + offset_, '\n', offset - offset_));
    std::size_t stop = newline ? static_cast<std::size_t>(newline - text_.data()) : offset;
    for (; offset_ < stop; ++offset_) {
      auto byte = static_cast<unsigned char>(text_[offset_]);
      if ((byte & 0xC0) != 0x80 && byte != '\r') ++position_.column;  // code points, not bytes
    }
    if (newline) {
      ++offset_;
      ++position_.line;
      position_.column = 1;
    }
  }
  return position_;
}

}  // namespace claims
