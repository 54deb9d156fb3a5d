#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pipeline/text_stream.h"

namespace {

struct Streamed {
  std::vector<std::string> chunks;  // the new text of each chunk
  std::vector<claims::TextChunk> views;
  std::vector<std::string> leads;  // the lead-in of each chunk
  std::string error;
};

Streamed stream(std::string_view bytes, std::size_t block_size) {
  auto source = claims::memory_source(bytes);
  claims::StreamOptions options;
  options.block_size = block_size;
  claims::TextStream text(*source, options);
  Streamed out;
  if (!text.open()) {
    out.error = text.error();
    return out;
  }
  claims::TextChunk chunk;
  while (text.next(chunk)) {
    out.chunks.emplace_back(chunk.text.substr(chunk.from));
    out.leads.emplace_back(chunk.text.substr(0, chunk.from));
    out.views.push_back(chunk);
  }
  out.error = text.error();
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string all;
  for (const auto& part : parts) all += part;
  return all;
}

std::string paragraphs(int n) {
  std::string text;
  for (int i = 0; i < n; ++i)
    text += "Paragraph " + std::to_string(i) +
            ": the group employs 9,100 people. Revenue rose 12% to \xC2\xA3"
            "3m. Mr. Smith said so.\n";
  return text;
}

}  // namespace

TEST_CASE("chunks cover the text once, each ending at a line break", "[pipeline]") {
  std::string text = paragraphs(400);
  Streamed out = stream(text, 4096);
  REQUIRE(out.error.empty());
  REQUIRE(out.chunks.size() > 5);
  CHECK(joined(out.chunks) == text);
  for (std::size_t i = 0; i + 1 < out.chunks.size(); ++i) CHECK(out.chunks[i].back() == '\n');
  // Each lead-in is the end of the text before it, from a line start.
  std::string before;
  for (std::size_t i = 0; i < out.chunks.size(); ++i) {
    CHECK(before.ends_with(out.leads[i]));
    if (i > 0) CHECK(out.leads[i].size() > 0);
    before += out.chunks[i];
  }
}

TEST_CASE("chunks know the line and column they start at", "[pipeline]") {
  std::string text = paragraphs(300);
  Streamed out = stream(text, 4096);
  std::size_t line = 1;
  for (std::size_t i = 0; i < out.chunks.size(); ++i) {
    CHECK(out.views[i].start.line == line);
    CHECK(out.views[i].start.column == 1);
    line += static_cast<std::size_t>(std::count(out.chunks[i].begin(), out.chunks[i].end(), '\n'));
  }
}

TEST_CASE("text without line breaks is cut at sentence boundaries", "[pipeline]") {
  std::string text = paragraphs(400);
  std::replace(text.begin(), text.end(), '\n', ' ');
  Streamed out = stream(text, 4096);
  REQUIRE(out.chunks.size() > 5);
  CHECK(joined(out.chunks) == text);
  for (std::size_t i = 0; i + 1 < out.chunks.size(); ++i) {
    // A cut falls after a sentence's full stop and its space, never after "Mr.".
    CHECK(out.chunks[i].ends_with(". "));
    CHECK_FALSE(out.chunks[i].ends_with("Mr. "));
    CHECK(out.views[i + 1].start.line == 1);
  }
}

TEST_CASE("text with no sentence and no space is still cut, between characters", "[pipeline]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "\xC3\xA9";  // é, two bytes each
  Streamed out = stream(text, 4096);
  REQUIRE(out.chunks.size() > 3);
  CHECK(joined(out.chunks) == text);
  for (const auto& chunk : out.chunks) CHECK(chunk.size() % 2 == 0);
  CHECK(out.views.back().start.column == 1 + (text.size() - out.chunks.back().size()) / 2);
}

TEST_CASE("a binary input is refused, an empty one gives no chunk", "[pipeline]") {
  CHECK(stream(std::string_view("\x01\x02\0\0\x03", 5), 4096).error.find("binary") !=
        std::string::npos);
  Streamed empty = stream("", 4096);
  CHECK(empty.error.empty());
  CHECK(empty.chunks.empty());
}
