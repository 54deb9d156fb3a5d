// Stage 8: the claims of several sources -> clusters of one figure each.
//
// Two claims of different sources fall in one cluster when they share a unit, their values
// agree within a relative rounding tolerance ("19.08 billion" and "19.1 billion", "59%" and
// "60%" at the default 2%; an approximate figure or a bound, "about $3bn" or "more than
// $3bn", agrees with "$3.2bn" within five times that), their signs agree, and their keys
// are compatible
// (rules/key_families.h: equal, one an ancestor of the other, or a generic one). Dates do
// not split a cluster: one source's "a year earlier" is another's "in 2019". A claim joins the
// cluster nearest in value that takes it, else starts one; a source's repeats of a figure (headline
// and body) join its cluster. A figure whose currency its source only guessed from the
// article (a bare "15 billion" after euros) joins the cluster of the same value that other
// sources state in another currency. Each cluster then gets a status: `agreed` (two sources or
// more), `single`, and, for a single-source cluster with a specific key that another source's
// cluster also has, `dated` (different as_of: "467 in February 2022", "500 now") or `conflict` (the
// same as_of, values apart or signs opposite).
//
// Costs: O(n log n) to sort, then each claim is tried against the open clusters of its
// unit whose value is within the tolerance (a sorted sweep); statuses compare the
// clusters of one key.
//
//   std::vector<Cluster> clusters = cluster_claims(rows, rules.key_families(), {0.02});
//   for (const Cluster& c : clusters) print(c.key, c.value, c.status, c.sources);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "output/writer.h"
#include "rules/key_families.h"

namespace claims {

struct CompareOptions {
  double tolerance = 0.02;  // relative: |a - b| <= tolerance * max(|a|, |b|)
};

enum class ClusterStatus { kAgreed, kSingle, kConflict, kDated };
const char* to_string(ClusterStatus status);

struct Cluster {
  std::size_t id = 0;                // 1, 2, ... in the order of the first claim of each
  std::vector<std::size_t> members;  // indices into the rows, in input order
  std::string key;                   // the most specific key its members give
  double value = 0;
  std::optional<double> value_max;
  std::string unit, modifier, as_of;
  std::vector<std::string> sources;  // distinct, in input order
  ClusterStatus status = ClusterStatus::kSingle;
};

// The clusters of `rows` (the claims of every source, in input order), in the order of
// their first claims. Rows whose value is no number are left out.
std::vector<Cluster> cluster_claims(const std::vector<Row>& rows, const KeyFamilies& families,
                                    const CompareOptions& options);

}  // namespace claims
