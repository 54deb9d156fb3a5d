#include <catch2/catch.hpp>

#include <vector>

#include "extract/resolver.h"
#include "support.h"

using claims::Candidate;
using claims::Rule;
using claims::Span;

namespace {

Candidate candidate(const Rule& rule, Span text, Span value, Span max = {}) {
  Candidate c;
  c.claim.rule = &rule;
  c.claim.text = text;
  c.value = value;
  c.value_max = max;
  return c;
}

}  // namespace

TEST_CASE("one reading per number: the higher priority, then the longer", "[extract]") {
  Rule high, low;
  high.priority = 10;
  high.kind = "currency";
  low.priority = 0;
  low.kind = "number";
  std::vector<Candidate> found = {candidate(low, {4, 7}, {4, 7}), candidate(high, {3, 7}, {4, 7}),
                                  candidate(low, {10, 20}, {10, 12}),
                                  candidate(low, {10, 14}, {10, 12})};
  std::vector<Candidate> kept;
  std::vector<claims::Rejection> rejected;
  claims::resolve(found, false, kept, &rejected);
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].claim.rule == &high);
  CHECK(kept[1].claim.text == Span{10, 20});
  CHECK(rejected.size() == 2);
  // In the number layer a number is read once per kind.
  std::vector<Candidate> again = {candidate(low, {4, 7}, {4, 7}), candidate(high, {3, 7}, {4, 7})};
  std::vector<Candidate> per_kind;
  claims::resolve(again, true, per_kind, nullptr);
  CHECK(per_kind.size() == 2);
}

TEST_CASE("a range's second number is taken too", "[extract]") {
  Rule rule;
  std::vector<Candidate> found = {candidate(rule, {0, 10}, {0, 3}, {7, 10}),
                                  candidate(rule, {7, 10}, {7, 10})};
  std::vector<Candidate> kept;
  claims::resolve(found, false, kept, nullptr);
  CHECK(kept.size() == 1);
}

TEST_CASE("an amount in parentheses after another takes its key", "[extract]") {
  const RE2& between = *claims::testing::default_rules().lexicon("en")->conversion;
  std::string text = "$20.5 billion (about €19.1 billion) and €3 billion";
  Rule rule;
  auto amount = [&](std::string_view words, const char* key, const char* unit) {
    std::size_t at = text.find(words);
    Candidate c = candidate(rule, {at, at + words.size()}, {at, at + 1});
    c.claim.key = key;
    c.claim.unit = unit;
    return c;
  };
  std::vector<Candidate> kept = {amount("€3 billion", "amount", "EUR"),
                                 amount("about €19.1 billion", "amount", "EUR"),
                                 amount("$20.5 billion", "revenue", "USD")};
  claims::order_and_link_conversions(text, &between, kept);
  REQUIRE(kept.size() == 3);
  CHECK(kept[0].claim.key == "revenue");
  CHECK(kept[1].claim.key == "revenue");
  CHECK(kept[2].claim.key == "amount");  // not in parentheses
}
