// Stage 7: claims -> TSV, CSV or JSON Lines, through the one table writer (output/fields.h).
//
// Costs: one pass over each row's fields, straight to the stream.
//
//   auto writer = make_writer("csv", std::cout);
//   writer->header();  // source,lang,claim,...,rule,as_of
//   writer->write(row);
#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "output/fields.h"

namespace claims {

// One output row, in text form (numbers as number_field() writes them).
struct Row {
  std::string source, lang, claim, value, value_max, unit, modifier, text;
  std::size_t line = 0, column = 0;
  std::string rule;
  std::string as_of;               // "2022-02", "2023-Q3", "previous_year", or ""
  std::string sentence;            // the evidence sentence, when asked for; no column of its own
  bool unit_from_context = false;  // Claim::unit_from_context; no column of its own
};

// A column of the claims table: its name, whether it holds numbers, and what it means (the
// manual page and --schema say it).
struct Column {
  std::string_view name;
  CellKind kind;
  std::string_view meaning;
};

// The columns, in output order; with `context`, a last one holding the evidence sentence
// (Row::sentence, filled when ExtractOptions::keep_sentences is set).
std::span<const Column> columns(bool context = false);

// Their names.
const std::vector<std::string_view>& column_names(bool context = false);

// What --schema prints for `format`: a JSON Schema of one JSON Lines row, or for TSV and
// CSV a CREATE TABLE for sqlite3 (numbers REAL and INTEGER, the rest TEXT) named `table`.
void write_schema(std::ostream& out, TableFormat format, bool context, std::string_view table);

// The cells of `row`, in column_names() order, appended to `cells`; `line` and `column`
// hold the row's numbers as text, and must outlive the cells, as `row` must.
void append_cells(const Row& row, const std::string& line, const std::string& column,
                  std::vector<Cell>& cells);

// Writes claims rows in one format; value and value_max are numbers, the rest text. With
// `context`, each row ends with its sentence.
class Writer {
 public:
  Writer(std::ostream& out, TableFormat format, bool context = false)
      : table_(out, format, column_names(context)), context_(context) {}
  void header() { table_.header(); }
  void write(const Row& row);

 private:
  TableWriter table_;
  bool context_;
  std::vector<Cell> cells_;  // reused from row to row
};

// "tsv", "csv" or "jsonl"; nullptr for another name.
std::unique_ptr<Writer> make_writer(std::string_view format, std::ostream& out,
                                    bool context = false);

}  // namespace claims
