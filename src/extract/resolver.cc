#include "extract/resolver.h"

#include <algorithm>
#include <map>

#include "extract/article_context.h"

namespace claims {
namespace {

// A sum in a currency (ISO 4217 code), not a hundredth of one.
bool is_money(const Claim& claim) {
  return claim.unit.size() == 3 && claim.unit != "GBX" &&
         std::all_of(claim.unit.begin(), claim.unit.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

bool TakenSpans::overlaps_any(Span span) const {
  auto at = spans_.lower_bound({span.end, 0});  // the first one that begins after `span`
  while (at != spans_.begin()) {
    --at;
    if (overlaps({at->first, at->second}, span)) return true;
    if (at->second <= span.begin) break;  // every one before it ends before `span` too
  }
  return false;
}

void resolve(std::vector<Candidate>& found, bool per_kind, std::vector<Candidate>& kept,
             std::vector<Rejection>* rejected) {
  std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    if (a.claim.rule->priority != b.claim.rule->priority)
      return a.claim.rule->priority > b.claim.rule->priority;
    return a.claim.text.size() > b.claim.text.size();
  });
  std::map<std::string_view, TakenSpans> taken_by_kind;
  for (auto& candidate : found) {
    TakenSpans& taken = taken_by_kind[per_kind ? candidate.claim.rule->kind : ""];
    if (taken.reads_taken(candidate.value, candidate.value_max)) {
      if (rejected)
        rejected->push_back({candidate.claim.rule, candidate.claim.text,
                             "the number is read by a rule of higher priority"});
      continue;
    }
    taken.take(candidate.value, candidate.value_max);
    kept.push_back(std::move(candidate));
  }
}

void order_and_link_conversions(std::string_view text, const RE2* between,
                                std::vector<Candidate>& kept) {
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
    return a.claim.text.begin != b.claim.text.begin ? a.claim.text.begin < b.claim.text.begin
                                                    : a.claim.text.end < b.claim.text.end;
  });
  if (between == nullptr) return;
  for (std::size_t i = 1; i < kept.size(); ++i) {
    Claim& before = kept[i - 1].claim;
    Claim& after = kept[i].claim;
    if (!is_money(before) || !is_money(after) || before.unit == after.unit ||
        after.text.begin < before.text.end)
      continue;
    std::string_view gap = text.substr(before.text.end, after.text.begin - before.text.end);
    if (RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), *between)) after.key = before.key;
  }
}

}  // namespace claims
