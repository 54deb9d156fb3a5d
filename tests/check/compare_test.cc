#include <catch2/catch.hpp>

#include "check/compare.h"
#include "check/report.h"

using claims::compare;
using claims::DifferenceKind;
using claims::Row;

namespace {
Row row(std::string claim, std::string value, std::size_t line, std::string text = "t") {
  return {"a.txt", "en", claim, value, "", "count", "", text, line, 1, "en.count", "", "", false};
}
}  // namespace

TEST_CASE("identical, moved, changed, missing and unexpected rows", "[check]") {
  std::vector<Row> expected = {row("staff", "9100", 1), row("stores", "37", 2),
                               row("vets", "2400", 3), row("nurses", "3400", 4)};
  std::vector<Row> actual = {row("staff", "9100", 1), row("stores", "37", 5, "other text"),
                             row("vets", "2500", 3), row("beds", "420", 6)};
  auto result = compare(expected, actual);
  CHECK(result.identical.size() == 1);
  CHECK(result.count(DifferenceKind::kMoved) == 1);
  CHECK(result.count(DifferenceKind::kChanged) == 1);
  CHECK(result.count(DifferenceKind::kMissing) == 1);
  CHECK(result.count(DifferenceKind::kUnexpected) == 1);
  CHECK_FALSE(result.equal(false));
  auto moved_only = compare({row("stores", "37", 2)}, {row("stores", "37", 5)});
  CHECK(moved_only.equal(false));
  CHECK_FALSE(moved_only.equal(true));
  CHECK(moved_only.differences[0].message() == "moved stores 37 count from 2:1 \"t\" to 5:1 \"t\"");
}

TEST_CASE("GitHub and XML escaping", "[check]") {
  CHECK(claims::github_escape_data("2,3 %\nnext") == "2,3 %25%0Anext");
  CHECK(claims::github_escape_property("a:b,c") == "a%3Ab%2Cc");
  CHECK(claims::xml_escape("<a & \"b\">\x01") == "&lt;a &amp; &quot;b&quot;&gt;");
}
