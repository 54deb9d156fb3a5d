#include "output/row_filter.h"

#include <fnmatch.h>

#include <algorithm>

namespace claims {
namespace {

bool any_matches(const std::vector<std::string>& patterns, const std::string& text) {
  return patterns.empty() ||
         std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
           return fnmatch(pattern.c_str(), text.c_str(), 0) == 0;
         });
}

}  // namespace

bool RowFilter::keeps(const Row& row) const {
  return any_matches(claims, row.claim) && any_matches(units, row.unit);
}

std::string unique_key(const Row& row) {
  // No key, number, unit, modifier or date holds a tab, so the joined cells are one key.
  return row.claim + '\t' + row.value + '\t' + row.value_max + '\t' + row.unit + '\t' +
         row.modifier + '\t' + row.as_of;
}

bool RowFilter::first_of_its_kind(const std::string& source, const std::string& key) {
  if (!unique) return true;
  if (source != source_) {
    source_ = source;
    seen_.clear();
  }
  return seen_.insert(key).second;
}

}  // namespace claims
