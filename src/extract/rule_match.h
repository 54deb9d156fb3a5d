// One match of a rule, read by role: which words its named groups took.
//
// A rule names its groups after the roles they play (rules/rule_set.h, Role): "value",
// "scale_max", "currency_after"... RE2 fills one StringPiece per group; RuleMatch answers
// "what did the value group take?" without the caller knowing which of a role's groups
// took part. Reading is free: no copies, only views into the text.
//
//   RuleMatch match{rule, groups.data(), text};
//   std::string_view value = match.first(Role::kValue);        // "9,100"
//   std::string_view high = match.first(Role::kValue, kUpper);  // a range's upper end
//   Span where = match.span_of(value);
#pragma once

#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace claims {

// Which end of a figure a group reads: a range has two ("value" and "value_max").
enum class End { kLower, kUpper };
inline constexpr End kLower = End::kLower;
inline constexpr End kUpper = End::kUpper;

// Where `part`, a view into `text`, lies in it.
inline Span span_in(std::string_view text, std::string_view part) {
  auto begin = static_cast<std::size_t>(part.data() - text.data());
  return {begin, begin + part.size()};
}

// The text of the first of `indices` that took part in the match; empty if none did.
inline std::string_view first_group(const re2::StringPiece* groups,
                                    const std::vector<int>& indices) {
  for (int index : indices)
    if (groups[index].data() != nullptr) return {groups[index].data(), groups[index].size()};
  return {};
}

struct RuleMatch {
  const Rule& rule;
  const re2::StringPiece* groups;  // RE2's, group 0 the whole match
  std::string_view text;           // what the groups point into

  const std::vector<int>& indices(Role role, End end = kLower) const {
    auto at = static_cast<std::size_t>(role);
    return end == kLower ? rule.groups.lower[at] : rule.groups.upper[at];
  }
  // The words the first of the role's groups that took part holds; empty if none did.
  std::string_view first(Role role, End end = kLower) const {
    return first_group(groups, indices(role, end));
  }
  // The same for the last one that took part: a bound amended after its number ("5000 or
  // less") is written last.
  std::string_view last(Role role, End end = kLower) const {
    const auto& all = indices(role, end);
    for (auto at = all.rbegin(); at != all.rend(); ++at)
      if (groups[*at].data() != nullptr) return {groups[*at].data(), groups[*at].size()};
    return {};
  }
  // Whether one of the role's groups took part, even when it took no words.
  bool took_part(Role role, End end = kLower) const {
    for (int index : indices(role, end))
      if (groups[index].data() != nullptr) return true;
    return false;
  }
  std::string_view whole() const { return {groups[0].data(), groups[0].size()}; }
  Span span_of(std::string_view part) const { return span_in(text, part); }
  Span span() const { return span_in(text, whole()); }
};

}  // namespace claims
