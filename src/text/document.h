// Stage 1b: a whole text in memory, and positions in text as lines and columns.
//
// Every later stage reads UTF-8 and speaks in byte offsets into the text. Decoding
// (text/decoder.h) is the one place where the bytes of a file are interpreted.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claims {

struct Document {
  std::string source;    // the name the user gave ("-" for standard input)
  std::string text;      // UTF-8, without a byte-order mark
  std::string encoding;  // what the bytes were read as, e.g. "UTF-8", "windows-1252"
};

struct DecodeResult {
  bool ok = false;
  std::string error;  // why the bytes could not be read as text, when !ok
};

// Reads `bytes`, a whole input, as text into `doc.text`, as sniff() in text/decoder.h
// decides for texts in `languages`. Bytes that look binary (NUL bytes outside UTF-16) are
// refused.
DecodeResult decode(std::string_view bytes, Document& doc,
                    const std::vector<std::string>& languages = {});

struct Position {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in Unicode code points
};

// Turns byte offsets into lines and columns by walking the text once. A line ends at LF;
// a CR is not counted, so CRLF files report the same columns as LF files. Offsets asked
// for in increasing order cost O(1) each, amortised; an earlier offset walks again from
// the start.
class PositionCounter {
 public:
  // `text` must outlive the counter; `start` is the position of its first byte.
  explicit PositionCounter(std::string_view text, Position start = {});
  Position at(std::size_t offset);

 private:
  std::string_view text_;
  Position start_;
  std::size_t offset_ = 0;  // where the walk stands; `position_` is its position
  Position position_;
};

}  // namespace claims
