#include "compare/tables.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

namespace claims {
namespace {

std::string joined_sources(const std::vector<std::string>& sources) {
  std::string text;
  for (const auto& source : sources) text += (text.empty() ? "" : ";") + source;
  return text;
}

// The sources of `rows`, each once, in input order.
std::vector<std::string> sources_of(const std::vector<Row>& rows) {
  std::vector<std::string> sources;
  for (const Row& row : rows)
    if (std::find(sources.begin(), sources.end(), row.source) == sources.end())
      sources.push_back(row.source);
  return sources;
}

// "500 count", "2.3..2.5 %": what one source says in a matrix cell.
std::string cell_text(const Row& row) {
  std::string text = row.value;
  if (!row.value_max.empty()) text += ".." + row.value_max;
  return text + " " + row.unit;
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

void write_matrix(std::ostream& out, TableFormat format, const std::vector<Cluster>& clusters,
                  const std::vector<Row>& rows, bool header) {
  std::vector<std::string> sources = sources_of(rows);
  std::vector<std::string_view> columns = {"cluster", "claim", "unit", "as_of"};
  for (const auto& source : sources) columns.push_back(source);
  columns.push_back("status");
  TableWriter table(out, format, columns);
  if (header) table.header();
  std::map<std::string, std::size_t> column_of;
  for (std::size_t i = 0; i < sources.size(); ++i) column_of[sources[i]] = i;
  std::vector<std::string> said(sources.size());
  std::vector<Cell> cells;
  for (const Cluster& cluster : clusters) {
    std::fill(said.begin(), said.end(), std::string());
    for (std::size_t member : cluster.members) {
      std::string& cell = said[column_of[rows[member].source]];
      if (cell.empty()) cell = cell_text(rows[member]);  // a source's first statement
    }
    std::string id = std::to_string(cluster.id);
    cells.assign({{id, kNumber}, {cluster.key}, {cluster.unit}, {cluster.as_of}});
    for (const auto& cell : said) cells.push_back({cell});
    cells.push_back({to_string(cluster.status)});
    table.row(cells);
  }
}

}  // namespace claims
