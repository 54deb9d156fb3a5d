// Stage 1: bytes -> UTF-8 text, and positions in it as lines and columns.
//
// Every later stage reads UTF-8 and speaks in byte offsets into Document::text.
// Decoding is the one place where the bytes of a file are interpreted.
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

// The offset of the first byte that is not part of valid UTF-8, or npos when all are.
std::size_t first_invalid_utf8(std::string_view bytes);

// Reads `bytes` as text into `doc.text`. UTF-8 (with or without a BOM) is taken as is;
// UTF-16 with a BOM and anything else that is not valid UTF-8 goes through ICU's charset
// detector and converters. Bytes that look binary (NUL bytes outside UTF-16) are refused.
DecodeResult decode(std::string_view bytes, Document& doc);

// Reads a file (or standard input for "-") and decodes it.
DecodeResult read_document(const std::string& path, Document& doc);

struct Position {
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based, in Unicode code points
};

// Maps byte offsets to lines and columns. A line ends at LF; a CR before it is not counted,
// so CRLF files report the same columns as LF files.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position position(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace claims
