// One input as a stream of text chunks, so that input of any size is read in bounded
// memory and its rows written as they are found.
//
// A chunk ends at a line break (a line break always ends a sentence), or, in text without
// one, at a sentence boundary near the end of a block (segment/segmenter.h), so that no
// sentence and no figure is split. Each chunk after the first starts with a lead-in: a few
// kilobytes of the text before it, handed out again as context (the currency named in the
// sentences before a bare sum), never to be reported again.
//
//   TextStream stream(*source, options);
//   if (!stream.open()) fail(stream.error());
//   stream.set_locale(language_of(stream.pending()));
//   TextChunk chunk;
//   while (stream.next(chunk)) use(chunk.text.substr(chunk.from));
//   if (!stream.error().empty()) fail(stream.error());
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "input/byte_source.h"
#include "text/decoder.h"
#include "text/document.h"

namespace claims {

struct StreamOptions {
  std::string encoding = "auto";       // or a charset name ICU knows (canonical_charset())
  bool strict_encoding = false;        // a byte invalid in the charset ends the input with an error
  bool binary_as_text = false;         // read files with NUL bytes too
  std::size_t block_size = 1 << 18;    // decoded text per chunk, before cutting at a line break
  std::vector<std::string> languages;  // what the texts may be in, to guess their charset
};

struct TextChunk {
  std::string_view text;  // the lead-in, then the new text
  std::size_t from = 0;   // where the new text starts in `text`
  Position start;         // the line and column of text[from] in the input
  bool quiet = false;     // the input went quiet after it (a live pipe): write its rows now
};

class TextStream {
 public:
  // `source` must outlive the stream.
  TextStream(ByteSource& source, const StreamOptions& options);
  ~TextStream();
  TextStream(const TextStream&) = delete;
  TextStream& operator=(const TextStream&) = delete;

  // Reads the first block and decides how to decode the input; false (see error()) when it
  // cannot be read or is binary.
  bool open();
  // The text decoded and not yet handed out: what to detect the language from.
  std::string_view pending() const;
  // The ICU locale whose sentence rules cut text that has no line break.
  void set_locale(std::string locale) { locale_ = std::move(locale); }

  // The next chunk; its text stays valid until the next call. False at the end of the
  // input, or on an error (then error() is not empty).
  bool next(TextChunk& chunk);
  // Why the input could not be read, or "" when it could.
  const std::string& error() const { return error_; }
  // Things the user should know, each said once: the charset detected, the first invalid
  // byte. Taken away by the call.
  std::vector<std::string> take_notes();
  const std::string& charset() const { return charset_; }

 private:
  bool fill();
  bool read_block(std::string& into);
  void decode(std::string_view bytes);
  std::size_t choose_cut() const;
  void retire_handed_out();

  ByteSource& source_;
  StreamOptions options_;
  std::string locale_ = "en";
  std::string charset_;
  std::unique_ptr<Decoder> decoder_;
  std::string block_;             // one read's bytes
  std::string text_;              // the lead-in, the chunk handed out, the text after it
  std::size_t new_begin_ = 0;     // where the text not yet handed out begins in text_
  std::size_t cut_ = 0;           // where the chunk handed out last ends (0: none)
  std::size_t newline_scan_ = 0;  // text_ before this offset has no line break past new_begin_
  bool has_newline_ = false;      // the text not yet handed out holds a line break
  Position next_start_;           // the position of text_[new_begin_]
  bool eof_ = false;
  bool quiet_ = false;
  bool warned_invalid_ = false;
  std::string error_;
  std::vector<std::string> notes_;
};

}  // namespace claims
