#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "input/byte_source.h"
#include "input/json_records.h"

namespace {

// Hands out its bytes `step` at a time, as a slow pipe does; then, with `fail`, an error.
class TrickleSource : public claims::ByteSource {
 public:
  TrickleSource(std::string_view bytes, std::size_t step, bool fail = false)
      : rest_(bytes), step_(step), fail_(fail) {}
  std::ptrdiff_t read(char* buffer, std::size_t size) override {
    if (rest_.empty() && fail_) return -1;
    std::size_t n = std::min({size, step_, rest_.size()});
    std::memcpy(buffer, rest_.data(), n);
    rest_.remove_prefix(n);
    return static_cast<std::ptrdiff_t>(n);
  }
  bool ready_within(int) override { return true; }
  std::string error() const override { return "Input/output error"; }

 private:
  std::string_view rest_;
  std::size_t step_;
  bool fail_;
};

struct Read {
  std::vector<claims::JsonRecord> records;
  std::vector<std::string> bad;  // "LINE: why"
  bool ok = false;
  std::string error;
};

Read read(claims::ByteSource& source, const claims::JsonRecordFields& fields = {},
          std::size_t max = 1 << 20, std::size_t stop_after = SIZE_MAX) {
  Read out;
  out.ok = claims::read_json_records(
      source, fields, max,
      [&](claims::JsonRecord&& record) {
        out.records.push_back(std::move(record));
        return out.records.size() < stop_after;
      },
      [&](std::size_t line, const std::string& why) {
        out.bad.push_back(std::to_string(line) + ": " + why);
      },
      out.error);
  return out;
}

Read read(std::string_view input, const claims::JsonRecordFields& fields = {},
          std::size_t max = 1 << 20) {
  std::unique_ptr<claims::ByteSource> source = claims::memory_source(input);
  return read(*source, fields, max);
}

// "LINE id text" for each record, to compare in one CHECK.
std::vector<std::string> summary(const Read& read) {
  std::vector<std::string> out;
  for (const auto& r : read.records)
    out.push_back(std::to_string(r.line) + " " + r.id + " " + r.text);
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("records with string and numeric ids, other members ignored", "[json_records]") {
  Read out = read(
      "{\"id\": \"a-1\", \"text\": \"First.\", \"url\": \"https://x\"}\n"
      "{\"text\": \"Second.\", \"id\": 42}\n"
      "{\"id\": -7.5, \"text\": \"Third.\"}\n");
  CHECK(out.ok);
  CHECK(out.bad.empty());
  CHECK(summary(out) == Lines{"1 a-1 First.", "2 42 Second.", "3 -7.5 Third."});
}

TEST_CASE("an id absent or of another type is empty, not a bad record", "[json_records]") {
  Read out = read(
      "{\"text\": \"a\"}\n{\"text\": \"b\", \"id\": null}\n{\"text\": \"c\", \"id\": [1]}\n"
      "{\"text\": \"d\", \"id\": true}\n");
  CHECK(out.bad.empty());
  CHECK(summary(out) == Lines{"1  a", "2  b", "3  c", "4  d"});
}

TEST_CASE("the field names are the caller's", "[json_records]") {
  Read out = read("{\"id\": 1, \"text\": \"no\", \"body\": \"Yes.\", \"url\": \"u1\"}\n",
                  {.text = "body", .id = "url"});
  CHECK(out.bad.empty());
  CHECK(summary(out) == Lines{"1 u1 Yes."});
  Read missing = read("{\"text\": \"no\"}\n", {.text = "body", .id = "url"});
  CHECK(missing.records.empty());
  CHECK(missing.bad == Lines{"1: no string field \"body\""});
}

TEST_CASE("a malformed line is reported by its number and the stream goes on", "[json_records]") {
  Read out = read(
      "{\"id\": 1, \"text\": \"one\"}\n"
      "{\"id\": 2, \"text\": \"two\"\n"  // no closing brace
      "{\"id\": 3, \"text\": \"three\"}\n"
      "[1, 2]\n"
      "\"just a string\"\n"
      "{\"id\": 6, \"text\": \"six\"} {\"id\": 7}\n"
      "{\"id\": 8, \"text\": \"eight\"}\n");
  CHECK(out.ok);
  CHECK(summary(out) == Lines{"1 1 one", "3 3 three", "7 8 eight"});
  REQUIRE(out.bad.size() == 4);
  CHECK(out.bad[0].starts_with("2: not JSON: syntax error"));
  CHECK(out.bad[1] == "4: not an object");
  CHECK(out.bad[2] == "5: not an object");
  CHECK(out.bad[3].starts_with("6: not JSON: "));
  CHECK(out.bad[3].find("expected end of input") != std::string::npos);
}

TEST_CASE("the text field must be a string", "[json_records]") {
  Read out = read("{\"id\": 1}\n{\"id\": 2, \"text\": 12}\n{\"id\": 3, \"text\": null}\n");
  CHECK(out.records.empty());
  CHECK(out.bad == Lines{"1: no string field \"text\"", "2: no string field \"text\"",
                         "3: no string field \"text\""});
}

TEST_CASE("invalid UTF-8 in a string is a bad record, reported without its bytes",
          "[json_records]") {
  Read out = read(
      "{\"id\": 1, \"text\": \"caf\xE9 cr\xC3\"}\n"
      "{\"id\": \"\xFF\", \"text\": \"ok\"}\n"
      "{\"id\": 3, \"text\": \"fine\"}\n");
  CHECK(summary(out) == Lines{"3 3 fine"});
  REQUIRE(out.bad.size() == 2);
  CHECK(out.bad[0].starts_with("1: not JSON: "));
  CHECK(out.bad[0].find("UTF-8") != std::string::npos);
  for (const auto& why : out.bad)
    CHECK(std::none_of(why.begin(), why.end(), [](char c) { return c & 0x80; }));
}

TEST_CASE("JSON escapes are decoded in the text", "[json_records]") {
  Read out = read(R"({"text": "Line one\nCaf\u00e9 \"quoted\" \ud83d\ude00 tab\t."})"
                  "\n");
  REQUIRE(out.records.size() == 1);
  CHECK(out.records[0].text == "Line one\nCaf\xC3\xA9 \"quoted\" \xF0\x9F\x98\x80 tab\t.");
}

TEST_CASE("CRLF line ends, a last line without LF, blank lines counted", "[json_records]") {
  Read out = read(
      "{\"id\": 1, \"text\": \"a\"}\r\n"
      "\r\n"
      "   \t \n"
      "\n"
      "{\"id\": 5, \"text\": \"b\"}\r\n"
      "{\"id\": 6, \"text\": \"c\"}");
  CHECK(out.bad.empty());
  CHECK(summary(out) == Lines{"1 1 a", "5 5 b", "6 6 c"});
  CHECK(read("").records.empty());
  CHECK(read("\n\n  \n").bad.empty());
}

TEST_CASE("a byte order mark at the start is ignored", "[json_records]") {
  Read out = read("\xEF\xBB\xBF{\"id\": 1, \"text\": \"a\"}\n{\"id\": 2, \"text\": \"b\"}\n");
  CHECK(out.bad.empty());
  CHECK(summary(out) == Lines{"1 1 a", "2 2 b"});
  // Files written with one and joined by `cat`: each has its own; a mark alone is blank.
  Read joined = read("{\"text\": \"a\"}\n\xEF\xBB\xBF{\"text\": \"b\"}\n\xEF\xBB\xBF\r\n");
  CHECK(joined.bad.empty());
  CHECK(summary(joined) == Lines{"1  a", "2  b"});
  // Not inside a line.
  Read inside = read("{\"text\": \"a\"} \xEF\xBB\xBF\n");
  REQUIRE(inside.bad.size() == 1);
  CHECK(inside.bad[0].starts_with("1: not JSON: "));
}

TEST_CASE("a line over the limit is skipped and the next one read", "[json_records]") {
  std::string fits = "{\"text\": \"" + std::string(20, 'a') + "\"}";  // 32 bytes
  std::string over = "{\"text\": \"" + std::string(200000, 'b') + "\"}";
  std::string input = fits + "\r\n" + over + "\n" + fits + "\n" + over;
  for (std::size_t step : {std::size_t{1 << 20}, std::size_t{7}}) {
    TrickleSource source(input, step);
    Read out = read(source, {}, fits.size());
    CHECK(out.ok);
    CHECK(out.bad == Lines{"2: longer than 32 bytes", "4: longer than 32 bytes"});
    REQUIRE(out.records.size() == 2);
    CHECK(out.records[0].line == 1);  // its CR does not count
    CHECK(out.records[1].line == 3);
  }
  // One byte over, gathered across reads or whole in one: the same.
  for (std::size_t step : {std::size_t{1 << 20}, std::size_t{3}}) {
    std::string one_over = fits + "x\n" + fits + "\n";
    TrickleSource source(one_over, step);
    Read out = read(source, {}, fits.size());
    CHECK(out.bad == Lines{"1: longer than 32 bytes"});
    CHECK(out.records.size() == 1);
  }
}

TEST_CASE("the record handler returning false stops the reading", "[json_records]") {
  std::string input = "{\"text\": \"a\"}\n{\"text\": \"b\"}\nnot json\n{\"text\": \"c\"}\n";
  std::unique_ptr<claims::ByteSource> source = claims::memory_source(input);
  Read out = read(*source, {}, 1 << 20, 2);
  CHECK(out.ok);
  CHECK(out.records.size() == 2);
  CHECK(out.bad.empty());  // line 3 is never read
}

TEST_CASE("a source that hands out a few bytes at a time gives the same records",
          "[json_records]") {
  std::string input =
      "\xEF\xBB\xBF{\"id\": \"x\", \"text\": \"Caf\\u00e9 au lait.\"}\r\n"
      "\n"
      "{\"id\": 3, \"text\": \"" +
      std::string(70000, 'z') +
      "\"}\r\n"
      "oops\n"
      "{\"id\": 5, \"text\": \"last\"}\r";
  Read whole = read(input);
  REQUIRE(whole.records.size() == 3);
  CHECK(whole.bad.size() == 1);
  for (std::size_t step : {1, 2, 3, 5, 64}) {
    TrickleSource source(input, step);
    Read out = read(source);
    CHECK(summary(out) == summary(whole));
    CHECK(out.bad == whole.bad);
  }
}

TEST_CASE("a read error stops with the source's error, after the records before it",
          "[json_records]") {
  TrickleSource source("{\"text\": \"a\"}\n{\"text\": \"b", 4, true);
  Read out = read(source);
  CHECK_FALSE(out.ok);
  CHECK(out.error == "Input/output error");
  CHECK(out.records.size() == 1);
}

TEST_CASE("many short lines and one very long line are read in one pass", "[json_records]") {
  std::string many;
  for (int i = 0; i < 100000; ++i) many += "{\"id\": " + std::to_string(i) + ", \"text\": \"t\"}\n";
  CHECK(read(many).records.size() == 100000);
  std::string nested(1 << 20, '[');  // deep nesting must not exhaust the stack
  Read deep = read(nested + "\n{\"text\": \"after\"}\n", {}, 4 << 20);
  CHECK(deep.bad.size() == 1);
  CHECK(deep.records.size() == 1);
}
