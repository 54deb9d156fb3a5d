// Which of the claims found in a sentence stand: each number is read once.
//
// Several rules may read the same number ("£3m" is an amount to the money rule, a count to
// a bare-number rule). The resolver keeps, for each number, the reading of the highest
// priority, then the longest; the others become rejections. After the whole text, an
// amount in parentheses right after another ("$20.5 billion (about €19.1 billion)") is the
// same figure in another currency, and takes its key.
//
// Costs: O(n log n) in the number of candidates of a sentence.
//
//   std::vector<Candidate> found = ...;          // one sentence's rule matches
//   resolve(found, false, kept, rejected);       // kept gains the winners
#pragma once

#include <cstddef>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "extract/claim.h"

namespace claims {

// A claim before resolution, with the numbers it reads.
struct Candidate {
  Claim claim;
  Span value;
  Span value_max;  // empty when the rule reads one number
};

// The numbers that kept candidates read, to tell in O(log n) whether another reads one of
// them again. Kept spans never overlap one another.
class TakenSpans {
 public:
  // A figure reads one number, or two for a range (an empty `max`).
  bool reads_taken(Span value, Span max) const {
    return (value.size() > 0 && overlaps_any(value)) || (max.size() > 0 && overlaps_any(max));
  }
  void take(Span value, Span max) {
    add(value);
    if (max.size() > 0) add(max);
  }

 private:
  bool overlaps_any(Span span) const;
  void add(Span span) { spans_.emplace(span.begin, span.end); }
  std::set<std::pair<std::size_t, std::size_t>> spans_;
};

// Appends to `kept` the candidates of one sentence that read a number no better one reads.
// With `per_kind` (the number layer), a number is read once per kind: "$20" is an amount
// and a number.
void resolve(std::vector<Candidate>& found, bool per_kind, std::vector<Candidate>& kept,
             std::vector<Rejection>* rejected);

// Sorts `kept` in text order and gives a conversion in parentheses the key of the amount
// before it. `between` matches what may stand between the two (the language's
// {conversion}); null: no conversions.
void order_and_link_conversions(std::string_view text, const RE2* between,
                                std::vector<Candidate>& kept);

}  // namespace claims
