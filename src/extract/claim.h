// What the extractor reports: claims, and the rule matches it turned down.
#pragma once

#include <optional>
#include <string>

#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace claims {

struct Claim {
  const Rule* rule = nullptr;
  std::string key;  // language-independent claim key, e.g. "staff"
  double value = 0;
  // Number layer only: false for a unit or a currency named without a number ("the dollar
  // fell"), which a rule reads through an empty value group.
  bool has_value = true;
  std::optional<double> value_max;
  std::string unit;      // "count", "%", "GBP", "GBX", "km", ...
  std::string modifier;  // "", "approx", "over", "under", "at_least", "at_most", "range"
  Span text;             // the matched words
  Span number;           // the number itself (the lower end of a range)
  Span sentence;         // the sentence they stand in: the evidence
  // When the sentence dates the figure: "2022-02", "2023-Q3", "previous_year"; "" when it
  // gives no date (extract/time_qualifier.h).
  std::string as_of;
  // The currency is the one the sentences before named, not the figure's own ("15 billion"
  // after euros): a guess, which `claims compare` lets another currency's figure overrule.
  bool unit_from_context = false;
};

// A rule match that did not become a claim, and why (for rule authors).
struct Rejection {
  const Rule* rule = nullptr;
  Span text;
  std::string reason;
};

}  // namespace claims
