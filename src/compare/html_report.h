// `claims compare --format html`: one self-contained page (no network, no external assets)
// for a reader lining up sources: the matrix of clusters and sources, each cluster's status
// by colour with a legend (agreed, conflict, single, dated), each cell's evidence sentence
// on hover and on a click that expands it, the sources with their languages, and buttons
// that show one status only.
//
// Costs: one pass over the clusters; the page holds each claim's sentence once.
//
//   write_html_report(out, clusters, rows, "Compared claims");
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "compare/clusters.h"
#include "output/writer.h"

namespace claims {

// `text` with &, <, >, " and ' written as entities, for HTML text and attribute values.
void write_html_escaped(std::ostream& out, std::string_view text);

// The page; `rows` are those the clusters were made from, with their sentences when kept.
void write_html_report(std::ostream& out, const std::vector<Cluster>& clusters,
                       const std::vector<Row>& rows, std::string_view title);

}  // namespace claims
