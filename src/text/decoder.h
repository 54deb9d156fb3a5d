// Stage 1a: bytes -> UTF-8, a block at a time.
//
// An input is judged by its first block (sniff()), then decoded block by block, so that a
// file of any size is read in bounded memory. Bytes that are not valid in the chosen
// charset become U+FFFD; the decoder remembers where the first one was.
//
//   Sniffed how = sniff(first_block, at_end, "auto");
//   Decoder decoder(how.charset);
//   decoder.decode(block.substr(how.bom), /*last=*/false, text);  // appends UTF-8
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claims {

// How an input's bytes are to be read, decided from its first block.
struct Sniffed {
  std::string charset;    // an ICU converter name: "UTF-8", "UTF-16LE", "windows-1252", ...
  std::size_t bom = 0;    // bytes of byte-order mark at the start, to skip
  bool binary = false;    // NUL bytes that are not UTF-16 or UTF-32: not text
  bool detected = false;  // chosen by ICU's charset detector: worth telling the user
};

// `encoding` is "auto" or a charset name ICU knows. With "auto": a UTF-8, UTF-16 or UTF-32
// byte-order mark decides; else NUL bytes mean UTF-16 (when they fall on every other byte)
// or binary; else UTF-8 is UTF-8: valid, or with at most one invalid sequence for four
// valid multi-byte ones (bytes cut by a scraper; `at_end` false allows a sequence cut at
// the end of the block); else ICU's charset detector decides (ISO-8859-1 read as its
// superset windows-1252), preferring a charset of a text in one of `languages` (ISO 639
// codes: those the rules are for). A named charset is taken as given, a matching BOM skipped.
Sniffed sniff(std::string_view first_block, bool at_end, std::string_view encoding,
              const std::vector<std::string>& languages = {});

// The offset of the first byte that is not part of valid UTF-8, or npos when all are.
std::size_t first_invalid_utf8(std::string_view bytes);

// ICU's canonical name for a charset name or alias ("latin1" -> "ISO-8859-1"), or nothing
// when ICU has no converter of that name.
std::optional<std::string> canonical_charset(std::string_view name);

// The charsets ICU can read, by their canonical names ("UTF-8", "ISO-8859-1", ...): what
// --encoding completes.
std::vector<std::string> charset_names();

class Decoder {
 public:
  // `offset` is where the first byte given to decode() stands in the input (after a BOM).
  explicit Decoder(const std::string& charset, std::uint64_t offset = 0);
  ~Decoder();
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  // Appends the UTF-8 text of `bytes`, the next bytes of the input, to `out`. A sequence
  // cut at the end of `bytes` waits for the next call; `last` ends the input (an
  // unfinished sequence then becomes U+FFFD). Linear in the size of `bytes`.
  void decode(std::string_view bytes, bool last, std::string& out);

  // The input's byte offset (0-based) of the first byte that was not valid in the charset.
  std::optional<std::uint64_t> first_invalid() const { return first_invalid_; }
  const std::string& charset() const { return charset_; }

 private:
  void decode_utf8(std::string_view bytes, bool last, std::string& out);
  void decode_icu(std::string_view bytes, bool last, std::string& out);
  void note_invalid(std::uint64_t offset);

  struct Icu;
  std::string charset_;
  bool utf8_ = false;
  std::string pending_;         // UTF-8: the start of a sequence cut at the end of a block
  std::uint64_t consumed_ = 0;  // bytes of input before the current block
  std::optional<std::uint64_t> first_invalid_;
  std::unique_ptr<Icu> icu_;
};

}  // namespace claims
