// `claims --explain`: for every number in a text, the claim it became or why it became none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"

namespace claims {

struct Explanation {
  Span number;                 // the number as written
  std::string outcome;         // "claim", "fallback" (generic key), "dropped" or "no rule"
  const Rule* rule = nullptr;  // the rule that made the claim or dropped it
  std::string detail;          // "staff 9100 count", "looks like a year", ...
};

// One explanation per number the language's {number} sub-pattern finds, in text order,
// from `from` on (the text before it is context, as in Extractor::extract). O(n log n) in
// the numbers, claims and rejections of the text.
std::vector<Explanation> explain(const Extractor& extractor, const RuleSet& rules,
                                 std::string_view text, const std::string& lang,
                                 const ExtractOptions& options, std::size_t from = 0);

}  // namespace claims
