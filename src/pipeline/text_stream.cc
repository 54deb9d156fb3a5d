#include "pipeline/text_stream.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include <unicode/utf8.h>

#include "numbers/number_parser.h"
#include "segment/segmenter.h"
#include "text/folding.h"

namespace claims {
namespace {

constexpr std::size_t kReadSize = 1 << 16;
constexpr std::size_t kSniffSize = 1 << 20;  // what the charset is judged on
constexpr std::size_t kLeadIn = 4096;        // context handed out again before a chunk
constexpr std::size_t kCutWindow = 1 << 16;  // where to look for a sentence boundary
constexpr int kQuietMilliseconds = 100;      // a pipe this long without bytes has gone quiet

// `at`, moved back to the first byte of the UTF-8 sequence it falls in.
std::size_t code_point_start(std::string_view text, std::size_t at) {
  if (at == 0 || at >= text.size()) return at;
  auto i = static_cast<int64_t>(at);
  U8_SET_CP_START(reinterpret_cast<const uint8_t*>(text.data()), 0, i);
  return static_cast<std::size_t>(i);
}

// The width of the white-space character (text/folding.h) that ends just before `at`; 0
// when there is none.
std::size_t space_before(std::string_view text, std::size_t at) {
  for (std::size_t width = 1; width <= 3 && width <= at; ++width)
    if (space_width(text.substr(at - width)) == width) return width;
  return 0;
}

}  // namespace

TextStream::TextStream(ByteSource& source, const StreamOptions& options)
    : source_(source), options_(options), block_(std::min(kReadSize, options.block_size), '\0') {}

TextStream::~TextStream() = default;

std::string_view TextStream::pending() const { return std::string_view(text_).substr(new_begin_); }

std::vector<std::string> TextStream::take_notes() { return std::exchange(notes_, {}); }

bool TextStream::open() {
  // The charset is judged on the same first bytes whatever the block size.
  std::string raw;
  while (!eof_ && raw.size() < std::max(options_.block_size, kSniffSize)) {
    if (!raw.empty() && !source_.ready_within(kQuietMilliseconds)) break;
    if (!read_block(raw)) return false;
  }
  Sniffed how = sniff(raw, eof_, options_.encoding, options_.languages);
  if (how.binary && !options_.binary_as_text) {
    error_ = "binary file (NUL bytes), skipped; --text reads it as text";
    return false;
  }
  charset_ = how.charset;
  if (how.detected) notes_.push_back("not UTF-8; read as " + charset_ + " (--encoding to choose)");
  decoder_ = std::make_unique<Decoder>(charset_, how.bom);
  decode(std::string_view(raw).substr(how.bom));
  return error_.empty();
}

// Appends one read's bytes to `into`; false on a read error.
bool TextStream::read_block(std::string& into) {
  std::ptrdiff_t n = source_.read(block_.data(), block_.size());
  if (n < 0) {
    error_ = "cannot read: " + source_.error();
    return false;
  }
  if (n == 0) eof_ = true;
  into.append(block_.data(), static_cast<std::size_t>(n));
  return true;
}

void TextStream::decode(std::string_view bytes) {
  decoder_->decode(bytes, eof_, text_);
  if (warned_invalid_ || !decoder_->first_invalid()) return;
  warned_invalid_ = true;
  std::string where =
      "invalid " + charset_ + " at byte offset " + std::to_string(*decoder_->first_invalid());
  if (options_.strict_encoding)
    error_ = where + " (--strict-encoding)";
  else
    notes_.push_back(where + "; such bytes read as U+FFFD");
}

// Reads until a block of new text is decoded, the input ends, or a pipe goes quiet after a
// whole line.
bool TextStream::fill() {
  quiet_ = false;
  std::string bytes;
  while (!eof_ && text_.size() - new_begin_ < options_.block_size) {
    if (!has_newline_ && newline_scan_ < text_.size()) {
      std::size_t from = std::max(newline_scan_, new_begin_);
      has_newline_ = std::memchr(text_.data() + from, '\n', text_.size() - from) != nullptr;
      newline_scan_ = text_.size();
    }
    if (has_newline_ && !source_.ready_within(kQuietMilliseconds)) {
      quiet_ = true;
      break;
    }
    bytes.clear();
    if (!read_block(bytes)) return false;
    decode(bytes);
    if (!error_.empty()) return false;
  }
  return true;
}

// Where the chunk of new text ends: after its last line break; in text without one, at a
// sentence boundary, else a space that is not inside a number, else a character boundary.
std::size_t TextStream::choose_cut() const {
  std::size_t end = text_.size();
  // More than a block is pending when the first MiB was read whole to judge its charset.
  if (end - new_begin_ > options_.block_size + block_.size())
    end = code_point_start(text_, new_begin_ + options_.block_size);
  else if (eof_)
    return end;
  const char* base = text_.data();
  if (const void* newline = memrchr(base + new_begin_, '\n', end - new_begin_))
    return static_cast<std::size_t>(static_cast<const char*>(newline) - base) + 1;
  std::size_t window =
      code_point_start(text_, std::max(new_begin_, end - std::min(end, kCutWindow)));
  std::string_view tail = std::string_view(text_).substr(window, end - window);
  if (std::size_t sentence = late_sentence_break(tail, locale_.c_str()); sentence > 0)
    return window + sentence;
  for (std::size_t i = end - 1; i > window + 1; --i) {
    std::size_t blank = space_before(text_, i);
    if (blank > 0 && i - blank > window && !(is_digit(text_[i - blank - 1]) && is_digit(text_[i])))
      return i;
  }
  std::size_t at = code_point_start(text_, end - 1);
  return at > new_begin_ ? at : end;
}

// Drops the text before the next chunk's lead-in: a few kilobytes before the cut, from a
// line start where there is one.
void TextStream::retire_handed_out() {
  if (cut_ == 0) return;
  std::string_view handed = std::string_view(text_).substr(new_begin_, cut_ - new_begin_);
  next_start_ = PositionCounter(handed, next_start_).at(handed.size());
  std::size_t lead = cut_ > kLeadIn ? cut_ - kLeadIn : 0;
  const void* newline = std::memchr(text_.data() + lead, '\n', cut_ - lead);
  std::size_t line_start =
      newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - text_.data()) + 1 : 0;
  lead = line_start > 0 && line_start < cut_ ? line_start : code_point_start(text_, lead);
  text_.erase(0, lead);
  new_begin_ = cut_ - lead;
  cut_ = 0;
  has_newline_ = false;
  newline_scan_ = new_begin_;
}

bool TextStream::next(TextChunk& chunk) {
  if (!error_.empty() || !decoder_) return false;
  retire_handed_out();
  if (!fill()) return false;
  if (text_.size() == new_begin_) return false;
  cut_ = choose_cut();
  chunk.text = std::string_view(text_).substr(0, cut_);
  chunk.from = new_begin_;
  chunk.start = next_start_;
  chunk.quiet = quiet_;
  return true;
}

}  // namespace claims
