#include "compare/html_report.h"

#include "compare/tables.h"

namespace claims {
namespace {

constexpr std::string_view kStyle = R"(<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f4f4f4; } td:nth-child(4) { white-space: nowrap; }
tr.agreed td.status { background: #d9f2d9; } tr.conflict td.status { background: #f8d0d0; }
tr.single td.status { background: #eeeeee; } tr.dated td.status { background: #fbe8c0; }
tr.agreed td.said { background: #eef9ee; } tr.conflict td.said { background: #fcebeb; }
tr.dated td.said { background: #fdf5e3; }
td.said { cursor: pointer; } td.said .evidence { display: none; max-width: 28em; color: #555; }
td.said.open .evidence { display: block; }
.legend span { display: inline-block; padding: 2px 8px; margin-right: 6px; border: 1px solid #ccc; }
.legend .agreed { background: #d9f2d9; } .legend .conflict { background: #f8d0d0; }
.legend .single { background: #eeeeee; } .legend .dated { background: #fbe8c0; }
.filters button { margin-right: 4px; }
</style>
)";

// Shows the rows of one status (or all), and opens a cell's evidence on a click.
constexpr std::string_view kScript = R"(<script>
function show(status) {
  for (const row of document.querySelectorAll('tbody tr'))
    row.hidden = status !== 'all' && !row.classList.contains(status);
}
for (const button of document.querySelectorAll('.filters button'))
  button.addEventListener('click', () => show(button.dataset.status));
for (const cell of document.querySelectorAll('td.said'))
  cell.addEventListener('click', () => cell.classList.toggle('open'));
</script>
)";

constexpr const char* kStatuses[] = {"agreed", "conflict", "single", "dated"};

void write_head(std::ostream& out, std::string_view title) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  write_html_escaped(out, title);
  out << "</title>\n" << kStyle << "</head>\n<body>\n<h1>";
  write_html_escaped(out, title);
  out << "</h1>\n<p class=\"legend\">";
  for (const char* status : kStatuses)
    out << "<span class=\"" << status << "\">" << status << "</span>";
  out << "</p>\n<p class=\"filters\">Show: <button data-status=\"all\">all</button>";
  for (const char* status : kStatuses)
    out << "<button data-status=\"" << status << "\">" << status << "</button>";
  out << "</p>\n";
}

void write_header_row(std::ostream& out, const SourceColumns& sources) {
  out << "<table>\n<thead><tr><th>cluster</th><th>claim</th><th>unit</th><th>as of</th>";
  for (const Row* first : sources.sources()) {
    const std::string& source = first->source;
    // The file's name, its whole path on hover.
    std::string_view name = source;
    if (auto slash = name.rfind('/'); slash != std::string_view::npos)
      name.remove_prefix(slash + 1);
    out << "<th title=\"";
    write_html_escaped(out, source);
    out << "\">";
    write_html_escaped(out, name);
    out << " <small>(" << first->lang << ")</small></th>";
  }
  out << "<th>status</th></tr></thead>\n<tbody>\n";
}

// One source's cell: what it says (its first claim of the cluster) and the sentence.
void write_cell(std::ostream& out, const Row* row) {
  if (row == nullptr) {
    out << "<td></td>";
    return;
  }
  std::string said = figure_text(row->value, row->value_max, row->unit);
  const std::string& evidence = row->sentence.empty() ? row->text : row->sentence;
  out << "<td class=\"said\" title=\"";
  write_html_escaped(out, evidence);
  out << "\">";
  write_html_escaped(out, said);
  out << "<span class=\"evidence\">";
  write_html_escaped(out, evidence);
  out << "</span></td>";
}

}  // namespace

void write_html_escaped(std::ostream& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out << "&amp;";
        break;
      case '<':
        out << "&lt;";
        break;
      case '>':
        out << "&gt;";
        break;
      case '"':
        out << "&quot;";
        break;
      case '\'':
        out << "&#39;";
        break;
      default:
        out << c;
    }
  }
}

void write_html_report(std::ostream& out, const std::vector<Cluster>& clusters,
                       const std::vector<Row>& rows, std::string_view title) {
  SourceColumns sources(rows);
  write_head(out, title);
  write_header_row(out, sources);
  for (const Cluster& cluster : clusters) {
    const char* status = to_string(cluster.status);
    out << "<tr class=\"" << status << "\"><td>" << cluster.id << "</td><td>";
    write_html_escaped(out, cluster.key);
    out << "</td><td>";
    write_html_escaped(out, cluster.unit);
    out << "</td><td>";
    write_html_escaped(out, cluster.as_of);
    out << "</td>";
    for (const Row* row : sources.statements(cluster, rows)) write_cell(out, row);
    out << "<td class=\"status\">" << status << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n" << kScript << "</body>\n</html>\n";
}

}  // namespace claims
