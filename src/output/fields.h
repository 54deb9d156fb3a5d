// The one escaping of each table format the tool prints (TSV, CSV, JSON Lines), the one way
// a figure becomes a cell, and the table writer every printer goes through: the claims
// themselves, `claims numbers`, `--explain`, `rules list` and the expected-claims file.
//
// TSV has no quoting: a tab, CR or LF inside a field becomes a space. CSV follows RFC 4180:
// a field holding a comma, quote, CR or LF is quoted, its quotes doubled, and CRLF ends a
// row. JSON Lines writes one object a row, a number cell bare (null when empty), every
// other cell as a JSON string.
//
// Costs: one pass over each field, written straight to the stream; nothing is allocated
// but number_field()'s result.
//
//   static constexpr std::string_view kColumns[] = {"source", "line", "value"};
//   TableWriter table(out, TableFormat::kTsv, kColumns);
//   table.header();                                              // source\tline\tvalue\n
//   std::string line = std::to_string(3);
//   table.row({{"a\tb.txt"}, {line, kNumber}, {number_field(1.5), kNumber}});  // a b.txt\t3\t1.5\n
#pragma once

#include <initializer_list>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace claims {

enum class TableFormat { kTsv, kCsv, kJsonLines };

// "tsv", "csv" or "jsonl"; nothing for another name.
std::optional<TableFormat> table_format(std::string_view name);

// `field` as a TSV field: a tab, CR or LF becomes a space ("9 100\tpersonnes" -> "9 100
// personnes").
void write_tsv_field(std::ostream& out, std::string_view field);
// `field` as a CSV field, quoted when it must be (`said "9,100"` -> `"said ""9,100"""`).
void write_csv_field(std::ostream& out, std::string_view field);
// `text` as a JSON string, quotes included; control characters as \n, \t or \u001f.
void write_json_string(std::ostream& out, std::string_view text);

// A figure as a cell: format_number()'s text ("1200000000", "4.7"), empty for none.
std::string number_field(std::optional<double> value);

// A figure in a message, from its cells: "3..5 GBP" for a range, "4.7 %" for one value.
std::string figure_text(std::string_view value, std::string_view value_max, std::string_view unit);

// A number cell is written bare in JSON (null when empty); TSV and CSV treat it as text.
enum CellKind { kText, kNumber };

struct Cell {
  std::string_view text;
  CellKind kind = kText;
};

// Writes rows of one table in one format. `columns` name the cells of every row, in order;
// they must outlive the writer (a static array, say).
class TableWriter {
 public:
  TableWriter(std::ostream& out, TableFormat format, std::span<const std::string_view> columns)
      : out_(out), format_(format), columns_(columns) {}

  // The column names as a row; nothing in JSON Lines, which names them in every row.
  void header();
  // One row; `cells` holds one cell per column.
  void row(std::span<const Cell> cells);
  void row(std::initializer_list<Cell> cells) { row(std::span<const Cell>(cells)); }

 private:
  void field(std::size_t column, std::string_view text);  // TSV or CSV, after a separator
  void end_row();
  std::ostream& out_;
  TableFormat format_;
  std::span<const std::string_view> columns_;
};

}  // namespace claims
