#include "output/writer.h"

namespace claims {

const std::vector<std::string_view>& column_names() {
  static const std::vector<std::string_view> names = {"source",    "lang",   "claim",    "value",
                                                      "value_max", "unit",   "modifier", "text",
                                                      "line",      "column", "rule",     "as_of"};
  return names;
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
  table_.row(cells_);
}

std::unique_ptr<Writer> make_writer(std::string_view format, std::ostream& out) {
  std::optional<TableFormat> known = table_format(format);
  return known ? std::make_unique<Writer>(out, *known) : nullptr;
}

}  // namespace claims
