// Stage 7: which claims rows a reader asked for: --claim and --unit keep the rows whose key
// or unit matches one of their shell patterns (fnmatch(3): "jobs*", "share_price_?hange",
// "[GE]BP"); --unique keeps the first row of each source and figure (claim, value, value_max,
// unit, modifier and as_of), since a headline and the body often state the same figure.
//
// Costs: one fnmatch() per pattern per row; --unique holds the keys of one source's rows,
// forgotten when the next source begins, so memory does not grow with the stream.
//
//   RowFilter filter;
//   filter.claims = {"jobs*"};
//   filter.unique = true;
//   if (filter.keeps(row) && filter.first_of_its_kind(row.source, unique_key(row)))
//     writer.write(row);
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "output/writer.h"

namespace claims {

// What makes two rows of one source the same figure for --unique: claim, value, value_max,
// unit, modifier and as_of ("500 staff" and "over 500 staff" are two figures).
std::string unique_key(const Row& row);

class RowFilter {
 public:
  std::vector<std::string> claims;  // patterns of the claim column; none: every claim
  std::vector<std::string> units;   // patterns of the unit column; none: every unit
  bool unique = false;

  // Whether the row's claim and unit match (each against its own patterns).
  bool keeps(const Row& row) const;
  // With `unique`, false for a row of `source` whose unique_key() an earlier row of it had;
  // rows must come in source order, as the output writes them.
  bool first_of_its_kind(const std::string& source, const std::string& key);

  bool filters() const { return !claims.empty() || !units.empty(); }

 private:
  std::string source_;
  std::unordered_set<std::string> seen_;  // claim, value, unit of source_'s rows
};

}  // namespace claims
