#include <catch2/catch.hpp>

#include <sstream>

#include "output/fields.h"

namespace {
constexpr std::string_view kColumns[] = {"source", "line", "value"};

std::string table(claims::TableFormat format, std::string_view source, std::string_view value) {
  std::ostringstream out;
  claims::TableWriter writer(out, format, kColumns);
  writer.header();
  writer.row({{source}, {"3", claims::kNumber}, {value, claims::kNumber}});
  return out.str();
}
}  // namespace

TEST_CASE("one table writer: TSV, CSV and JSON Lines escape their own way", "[output]") {
  using claims::TableFormat;
  CHECK(table(TableFormat::kTsv, "a\tb\r\n.txt", "1.5") ==
        "source\tline\tvalue\na b  .txt\t3\t1.5\n");
  CHECK(table(TableFormat::kCsv, "said \"9,100\"", "") ==
        "source,line,value\r\n\"said \"\"9,100\"\"\",3,\r\n");
  CHECK(table(TableFormat::kJsonLines, "q\"\\\x01", "") ==
        "{\"source\":\"q\\\"\\\\\\u0001\",\"line\":3,\"value\":null}\n");
}

TEST_CASE("figures: one formatter for cells and messages", "[output]") {
  CHECK(claims::number_field(1.2e9) == "1200000000");
  CHECK(claims::number_field(std::nullopt).empty());
  CHECK(claims::figure_text("3", "5", "GBP") == "3..5 GBP");
  CHECK(claims::figure_text("4.7", "", "%") == "4.7 %");
}

TEST_CASE("table formats by name", "[output]") {
  CHECK(claims::table_format("csv") == claims::TableFormat::kCsv);
  CHECK(!claims::table_format("xml"));
}
