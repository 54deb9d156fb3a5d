#include <catch2/catch.hpp>

#include <string>

#include "text/decoder.h"

using claims::Decoder;
using claims::sniff;

namespace {

// `text` (ASCII) as UTF-16 little-endian bytes.
std::string utf16le(std::string_view text) {
  std::string bytes;
  for (char c : text) {
    bytes += c;
    bytes += '\0';
  }
  return bytes;
}

// Decodes `bytes` in blocks of `block` bytes.
std::string decode_in_blocks(const std::string& charset, std::string_view bytes, std::size_t block,
                             Decoder** kept = nullptr) {
  static std::unique_ptr<Decoder> decoder;
  decoder = std::make_unique<Decoder>(charset);
  std::string out;
  for (std::size_t at = 0; at < bytes.size(); at += block)
    decoder->decode(bytes.substr(at, block), false, out);
  decoder->decode({}, true, out);
  if (kept) *kept = decoder.get();
  return out;
}

}  // namespace

TEST_CASE("byte-order marks decide the charset and are skipped", "[text]") {
  CHECK(sniff("\xEF\xBB\xBF"
              "abc",
              true, "auto")
            .charset == "UTF-8");
  CHECK(sniff("\xEF\xBB\xBF"
              "abc",
              true, "auto")
            .bom == 3);
  CHECK(sniff("\xFF\xFE" + utf16le("abc"), true, "auto").charset == "UTF-16LE");
  CHECK(sniff("\xFE\xFF" + std::string("\0a", 2), true, "auto").charset == "UTF-16BE");
  CHECK(sniff("\xFF\xFE" + utf16le("abc"), true, "auto").bom == 2);
}

TEST_CASE("UTF-16 without a BOM is told from binary by where its NULs fall", "[text]") {
  claims::Sniffed wide = sniff(utf16le("The firm employs 9,100 people."), true, "auto");
  CHECK(wide.charset == "UTF-16LE");
  CHECK_FALSE(wide.binary);
  CHECK(sniff(std::string("\x7F"
                          "ELF\0\0\x01\x02\0\0\0\0\x03",
                          13),
              true, "auto")
            .binary);
}

TEST_CASE("UTF-8 is taken as UTF-8, even with a few bad bytes; Latin-1 is detected", "[text]") {
  std::string french =
      "Le chiffre d\xE2\x80\x99"
      "affaires a progress\xC3\xA9 de 2,3 %.";
  CHECK(sniff(french, true, "auto").charset == "UTF-8");
  CHECK_FALSE(sniff(french, true, "auto").detected);
  // A block may end inside a sequence when more is to come.
  CHECK(sniff(french + "\xC3", false, "auto").charset == "UTF-8");
  std::string cut = french + french + french + french + "\xC3 et 500 salari\xC3\xA9s.";
  CHECK(sniff(cut, true, "auto").charset == "UTF-8");
  claims::Sniffed latin = sniff(
      "Le chiffre a progress\xE9 de 2,3 % cette ann\xE9"
      "e \xE0 Montr\xE9"
      "al.",
      true, "auto", {"en", "fr"});
  CHECK(latin.charset == "windows-1252");
  CHECK(latin.detected);
}

TEST_CASE("a named charset is taken as given", "[text]") {
  CHECK(sniff("caf\xE9", true, "ISO-8859-1").charset == "ISO-8859-1");
  CHECK(claims::canonical_charset("latin1").value_or("") == "ISO-8859-1");
  CHECK(claims::canonical_charset("utf8").value_or("") == "UTF-8");
  CHECK_FALSE(claims::canonical_charset("no-such-charset"));
}

TEST_CASE("decoding in blocks gives the same text whatever the block size", "[text]") {
  std::string utf8 =
      "9\xC2\xA0"
      "100 personnes, 3\xE2\x80\xAF"
      "400 infirmi\xC3\xA8res, \xF0\x9F\x93\x88 +2,3 %";
  for (std::size_t block : {1, 2, 3, 5, 64}) CHECK(decode_in_blocks("UTF-8", utf8, block) == utf8);
  std::string wide = utf16le("500 staff in 39 sites");
  for (std::size_t block : {1, 3, 7})
    CHECK(decode_in_blocks("UTF-16LE", wide, block) == "500 staff in 39 sites");
  CHECK(decode_in_blocks("windows-1252", "caf\xE9 \x80", 1) == "caf\xC3\xA9 \xE2\x82\xAC");
}

TEST_CASE("invalid bytes become U+FFFD and the first one's offset is kept", "[text]") {
  Decoder* decoder = nullptr;
  std::string out = decode_in_blocks("UTF-8", "ab\xC3\xA9 \xFF x \xC3", 2, &decoder);
  CHECK(out == "ab\xC3\xA9 \xEF\xBF\xBD x \xEF\xBF\xBD");
  REQUIRE(decoder->first_invalid());
  CHECK(*decoder->first_invalid() == 5);
  out = decode_in_blocks("US-ASCII", "ok \x81 then", 4, &decoder);
  CHECK(out == "ok \xEF\xBF\xBD then");
  REQUIRE(decoder->first_invalid());
  CHECK(*decoder->first_invalid() == 3);
  decode_in_blocks("UTF-8", "all good \xC3\xA9", 3, &decoder);
  CHECK_FALSE(decoder->first_invalid());
}
