#include "output/writer.h"

namespace claims {

namespace {

constexpr Column kColumns[] = {
    {"source", kText, "the input as named on the command line (- for standard input)"},
    {"lang", kText, "en or fr, as named by --lang or detected per input"},
    {"claim", kText,
     "a key that is the same in both languages: staff, revenue, jobs_cut, "
     "share_price_change; a figure no rule keys has its counted noun's or its kind's "
     "(count, amount, percent)"},
    {"value", kNumber,
     "the number as a spreadsheet reads it: 9100, 2.3, 1200000000; a fall is negative"},
    {"value_max", kNumber, "the upper end of a range, else empty"},
    {"unit", kText,
     "count, %, an ISO 4217 code (GBP, EUR, USD; GBX for pence) or a measure's symbol"},
    {"modifier", kText, "empty when exact, else approx, over, under, at_least, at_most or range"},
    {"text", kText, "the words of the figure as the source writes them"},
    {"line", kNumber, "the line where text begins, from 1"},
    {"column", kNumber, "the column where text begins, from 1, in characters"},
    {"rule", kText, "the id of the rule that found it (claims rules list)"},
    {"as_of", kText,
     "the date the sentence gives the figure: 2022-02, 2023-Q3, 2024-H1, 2023, previous_year; "
     "empty when none"},
    {"context", kText, "with --context: the sentence the figure was read in"},
};
constexpr std::size_t kContextColumns = std::size(kColumns);

}  // namespace

std::span<const Column> columns(bool context) {
  return {kColumns, context ? kContextColumns : kContextColumns - 1};
}

const std::vector<std::string_view>& column_names(bool context) {
  static const auto names_of = [](bool with_context) {
    std::vector<std::string_view> names;
    for (const Column& column : columns(with_context)) names.push_back(column.name);
    return names;
  };
  static const std::vector<std::string_view> plain = names_of(false), full = names_of(true);
  return context ? full : plain;
}

void write_schema(std::ostream& out, TableFormat format, bool context, std::string_view table) {
  std::span<const Column> all = columns(context);
  if (format == TableFormat::kJsonLines) {
    out << "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"title\":";
    write_json_string(out, std::string(table) + " row");
    out << ",\"type\":\"object\",\"properties\":{";
    for (std::size_t i = 0; i < all.size(); ++i) {
      out << (i ? "," : "");
      write_json_string(out, all[i].name);
      out << ":{\"type\":" << (all[i].kind == kNumber ? "[\"number\",\"null\"]" : "\"string\"")
          << ",\"description\":";
      write_json_string(out, all[i].meaning);
      out << '}';
    }
    out << "},\"required\":[";
    for (std::size_t i = 0; i < all.size(); ++i) out << (i ? "," : "") << '"' << all[i].name << '"';
    out << "],\"additionalProperties\":false}\n";
    return;
  }
  out << "CREATE TABLE " << table << " (\n";
  for (std::size_t i = 0; i < all.size(); ++i) {
    bool whole = all[i].name == "line" || all[i].name == "column";
    out << "  \"" << all[i].name << "\" "
        << (all[i].kind == kNumber ? (whole ? "INTEGER" : "REAL") : "TEXT")
        << (i + 1 < all.size() ? ",\n" : "\n");
  }
  out << ");\n";
}

void append_cells(const Row& row, const std::string& line, const std::string& column,
                  std::vector<Cell>& cells) {
  cells.insert(cells.end(), {{row.source},
                             {row.lang},
                             {row.claim},
                             {row.value, kNumber},
                             {row.value_max, kNumber},
                             {row.unit},
                             {row.modifier},
                             {row.text},
                             {line, kNumber},
                             {column, kNumber},
                             {row.rule},
                             {row.as_of}});
}

void Writer::write(const Row& row) {
  std::string line = std::to_string(row.line), column = std::to_string(row.column);
  cells_.clear();
  append_cells(row, line, column, cells_);
  if (context_) cells_.push_back({row.sentence});
  table_.row(cells_);
}

std::unique_ptr<Writer> make_writer(std::string_view format, std::ostream& out, bool context) {
  std::optional<TableFormat> known = table_format(format);
  return known ? std::make_unique<Writer>(out, *known, context) : nullptr;
}

}  // namespace claims
