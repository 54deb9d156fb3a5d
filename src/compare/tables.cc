#include "compare/tables.h"

#include <string>
#include <string_view>

namespace claims {
namespace {

std::string joined_sources(const std::vector<std::string>& sources) {
  std::string text;
  for (const auto& source : sources) text += (text.empty() ? "" : ";") + source;
  return text;
}

}  // namespace

void write_clusters(std::ostream& out, TableFormat format, const std::vector<Cluster>& clusters,
                    bool header) {
  static constexpr std::string_view kColumns[] = {"cluster", "claim",    "value", "value_max",
                                                  "unit",    "modifier", "as_of", "n_sources",
                                                  "sources", "status"};
  TableWriter table(out, format, kColumns);
  if (header) table.header();
  for (const Cluster& cluster : clusters) {
    std::string id = std::to_string(cluster.id), value = number_field(cluster.value),
                value_max = number_field(cluster.value_max),
                count = std::to_string(cluster.sources.size()),
                sources = joined_sources(cluster.sources);
    table.row({{id, kNumber},
               {cluster.key},
               {value, kNumber},
               {value_max, kNumber},
               {cluster.unit},
               {cluster.modifier},
               {cluster.as_of},
               {count, kNumber},
               {sources},
               {to_string(cluster.status)}});
  }
}

void write_long(std::ostream& out, TableFormat format, const std::vector<Cluster>& clusters,
                const std::vector<Row>& rows, bool header) {
  std::vector<std::string_view> columns = {"cluster"};
  for (std::string_view name : column_names()) columns.push_back(name);
  TableWriter table(out, format, columns);
  if (header) table.header();
  std::vector<Cell> cells;
  for (const Cluster& cluster : clusters) {
    std::string id = std::to_string(cluster.id);
    for (std::size_t member : cluster.members) {
      const Row& row = rows[member];
      std::string line = std::to_string(row.line), column = std::to_string(row.column);
      cells.assign({{id, kNumber}});
      append_cells(row, line, column, cells);
      table.row(cells);
    }
  }
}

SourceColumns::SourceColumns(const std::vector<Row>& rows) {
  for (const Row& row : rows)
    if (column_of_.emplace(row.source, first_.size()).second) first_.push_back(&row);
}

std::vector<const Row*> SourceColumns::statements(const Cluster& cluster,
                                                  const std::vector<Row>& rows) const {
  std::vector<const Row*> said(first_.size(), nullptr);
  for (std::size_t member : cluster.members) {
    const Row*& cell = said[column_of_.at(rows[member].source)];
    if (cell == nullptr) cell = &rows[member];
  }
  return said;
}

void write_matrix(std::ostream& out, TableFormat format, const std::vector<Cluster>& clusters,
                  const std::vector<Row>& rows, bool header) {
  SourceColumns sources(rows);
  std::vector<std::string_view> columns = {"cluster", "claim", "unit", "as_of"};
  for (const Row* first : sources.sources()) columns.push_back(first->source);
  columns.push_back("status");
  TableWriter table(out, format, columns);
  if (header) table.header();
  std::vector<std::string> said;
  std::vector<Cell> cells;
  for (const Cluster& cluster : clusters) {
    said.clear();
    for (const Row* row : sources.statements(cluster, rows))
      said.push_back(row ? figure_text(row->value, row->value_max, row->unit) : std::string());
    std::string id = std::to_string(cluster.id);
    cells.assign({{id, kNumber}, {cluster.key}, {cluster.unit}, {cluster.as_of}});
    for (const auto& cell : said) cells.push_back({cell});
    cells.push_back({to_string(cluster.status)});
    table.row(cells);
  }
}

}  // namespace claims
