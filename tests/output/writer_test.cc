#include <catch2/catch.hpp>

#include <sstream>

#include "output/writer.h"

using claims::make_writer;
using claims::Row;

namespace {
Row sample() {
  return {"a.txt", "fr", "staff",    "9100",    "", "count", "", "9 100\tpersonnes\n",
          3,       22,   "fr.count", "2022-02", "", false};
}
std::string render(std::string_view format, const Row& row, bool header) {
  std::ostringstream out;
  auto writer = make_writer(format, out);
  if (header) writer->header();
  writer->write(row);
  return out.str();
}
}  // namespace

TEST_CASE("TSV has the contract's header and no tab or newline inside a field", "[output]") {
  std::string tsv = render("tsv", sample(), true);
  CHECK(tsv ==
        "source\tlang\tclaim\tvalue\tvalue_max\tunit\tmodifier\ttext\tline\tcolumn\trule\tas_of\n"
        "a.txt\tfr\tstaff\t9100\t\tcount\t\t9 100 personnes \t3\t22\tfr.count\t2022-02\n");
}

TEST_CASE("CSV quotes per RFC 4180", "[output]") {
  Row row = sample();
  row.text = "said \"9,100\"";
  CHECK(render("csv", row, false) ==
        "a.txt,fr,staff,9100,,count,,\"said \"\"9,100\"\"\",3,22,fr.count,2022-02\r\n");
}

TEST_CASE("JSON Lines writes numbers as numbers and escapes strings", "[output]") {
  Row row = sample();
  row.value_max = "9200";
  CHECK(render("jsonl", row, true) ==
        "{\"source\":\"a.txt\",\"lang\":\"fr\",\"claim\":\"staff\",\"value\":9100,"
        "\"value_max\":9200,\"unit\":\"count\",\"modifier\":\"\",\"text\":\"9 100\\tpersonnes\\n\","
        "\"line\":3,\"column\":22,\"rule\":\"fr.count\",\"as_of\":\"2022-02\"}\n");
  CHECK(render("jsonl", sample(), false).find("\"value_max\":null") != std::string::npos);
}

TEST_CASE("an unknown format gives no writer", "[output]") {
  std::ostringstream out;
  CHECK(make_writer("xml", out) == nullptr);
}
