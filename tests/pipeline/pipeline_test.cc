#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "pipeline/pipeline.h"
#include "support.h"

TEST_CASE("bytes in, rows out: language, value, position and rule", "[pipeline]") {
  std::string bytes =
      "Titre\r\nL\xE2\x80\x99"
      "entreprise emploie 9\xC2\xA0"
      "100 personnes dans le pays et les usines de la région.\n";
  auto result = claims::process_bytes("a.txt", bytes, claims::testing::default_extractor(), {});
  REQUIRE(result.ok);
  CHECK(result.lang == "fr");
  REQUIRE(result.rows.size() == 1);
  const claims::Row& row = result.rows[0];
  CHECK(row.source == "a.txt");
  CHECK(row.claim == "staff");
  CHECK(row.value == "9100");
  CHECK(row.unit == "count");
  CHECK(row.line == 2);
  CHECK(row.column == 22);  // "L’entreprise emploie " is 21 characters
  CHECK(row.rule == "fr.count");
}

TEST_CASE("bytes that are no text give an error and no rows", "[pipeline]") {
  auto result = claims::process_bytes("b.bin", std::string_view("\x01\x00\x02", 3),
                                      claims::testing::default_extractor(), {});
  CHECK_FALSE(result.ok);
  CHECK(result.rows.empty());
  CHECK(result.error.find("binary") != std::string::npos);
}

namespace {

std::string corpus_text() {
  std::string text;
  for (const char* name : {"000_29030ac9fe43aecd.txt", "002_9cc46a9fc38b9463.txt"}) {
    std::ifstream in(std::string(CLAIMS_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
    text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return text;
}

// claim, value, unit and text of each row: what must not depend on how the input is cut.
std::vector<std::string> claims_of(const std::vector<claims::Row>& rows) {
  std::vector<std::string> out;
  for (const auto& row : rows)
    out.push_back(row.claim + " " + row.value + row.unit + " " + row.text);
  return out;
}

claims::FileResult read_in_blocks(std::string_view bytes, std::size_t block_size) {
  claims::InputOptions options;
  options.extract.lang = "en";
  options.stream.block_size = block_size;
  return claims::process_bytes("a.txt", bytes, claims::testing::default_extractor(), options);
}

}  // namespace

TEST_CASE("rows do not depend on the block size: none lost, none twice", "[pipeline]") {
  std::string text;
  for (int i = 0; i < 8; ++i) text += corpus_text();
  auto whole = read_in_blocks(text, 1 << 20);
  REQUIRE(whole.ok);
  REQUIRE(whole.rows.size() > 40);
  for (std::size_t block : {4096, 10000}) {
    auto cut = read_in_blocks(text, block);
    REQUIRE(cut.ok);
    CHECK(claims_of(cut.rows) == claims_of(whole.rows));
    for (std::size_t i = 0; i < cut.rows.size(); ++i) {
      CHECK(cut.rows[i].line == whole.rows[i].line);
      CHECK(cut.rows[i].column == whole.rows[i].column);
    }
  }
}

TEST_CASE("a text on one line gives the rows of the same text with its line breaks", "[pipeline]") {
  std::string text;
  for (int i = 0; i < 8; ++i) text += corpus_text();
  std::string one_line = text;
  std::replace(one_line.begin(), one_line.end(), '\n', ' ');
  auto lines = read_in_blocks(text, 1 << 20);
  auto line = read_in_blocks(one_line, 4096);
  REQUIRE(line.ok);
  CHECK(claims_of(line.rows) == claims_of(lines.rows));
  for (const auto& row : line.rows) CHECK(row.line == 1);
}
