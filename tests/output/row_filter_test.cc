#include "output/row_filter.h"

#include <catch2/catch.hpp>

namespace {

claims::Row row(const std::string& source, const std::string& claim, const std::string& value,
                const std::string& unit) {
  claims::Row r;
  r.source = source;
  r.claim = claim;
  r.value = value;
  r.unit = unit;
  return r;
}

}  // namespace

TEST_CASE("claim and unit patterns keep the rows their patterns match", "[row_filter]") {
  claims::RowFilter filter;
  CHECK(filter.keeps(row("a", "staff", "9100", "count")));  // no pattern: every row
  filter.claims = {"jobs*", "staff"};
  CHECK(filter.keeps(row("a", "staff", "9100", "count")));
  CHECK(filter.keeps(row("a", "jobs_cut", "420", "count")));
  CHECK_FALSE(filter.keeps(row("a", "revenue", "3", "GBP")));
  filter.units = {"[GE]BP", "EUR"};
  CHECK_FALSE(filter.keeps(row("a", "staff", "9100", "count")));  // claim matches, unit not
  filter.claims.clear();
  CHECK(filter.keeps(row("a", "revenue", "3", "GBP")));
  CHECK_FALSE(filter.keeps(row("a", "revenue", "3", "USD")));
}

TEST_CASE("unique keeps the first row of each source, claim, value and unit", "[row_filter]") {
  claims::RowFilter filter;
  filter.unique = true;
  auto first = [&](const claims::Row& r) {
    return filter.first_of_its_kind(r.source, claims::unique_key(r));
  };
  CHECK(first(row("a", "staff", "500", "count")));
  CHECK_FALSE(first(row("a", "staff", "500", "count")));
  CHECK(first(row("a", "staff", "500", "%")));      // another unit
  CHECK(first(row("a", "staff", "467", "count")));  // another value
  CHECK(first(row("b", "staff", "500", "count")));  // another source
  filter.unique = false;
  CHECK(first(row("b", "staff", "500", "count")));  // off: every row
}
