// The tables `claims compare` prints, in any table format (output/fields.h):
//
//   clusters  one row per cluster: cluster claim value value_max unit modifier as_of
//             n_sources sources status (sources joined by ";")
//   long      one row per claim: cluster, then every column of `claims` (for pandas and for
//             scoring against the dev set's groups)
//   matrix    one row per cluster: cluster claim unit as_of, one column per source (the
//             value that source gives, with its unit; empty when it says nothing), status
//
// Costs: one pass over the clusters (and, for long, their claims).
//
//   auto clusters = cluster_claims(rows, families, options);
//   write_clusters(std::cout, TableFormat::kTsv, clusters);
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "compare/clusters.h"
#include "output/fields.h"
#include "output/writer.h"

namespace claims {

// The sources of a comparison as columns, in input order, and what each says of a cluster:
// the matrix and the HTML page both lay them out so.
class SourceColumns {
 public:
  explicit SourceColumns(const std::vector<Row>& rows);
  // Each source's first row (its source and language), in input order.
  const std::vector<const Row*>& sources() const { return first_; }
  // Each source's first claim in `cluster` (of `rows`), or null, in sources() order.
  std::vector<const Row*> statements(const Cluster& cluster, const std::vector<Row>& rows) const;

 private:
  std::vector<const Row*> first_;
  std::map<std::string, std::size_t> column_of_;
};

void write_clusters(std::ostream& out, TableFormat format, const std::vector<Cluster>& clusters,
                    bool header);

// `rows` are those the clusters were made from.
void write_long(std::ostream& out, TableFormat format, const std::vector<Cluster>& clusters,
                const std::vector<Row>& rows, bool header);

// One column per source of `rows`, in input order.
void write_matrix(std::ostream& out, TableFormat format, const std::vector<Cluster>& clusters,
                  const std::vector<Row>& rows, bool header);

}  // namespace claims
