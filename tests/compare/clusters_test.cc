#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "compare/clusters.h"
#include "support.h"

using claims::Cluster;
using claims::ClusterStatus;
using claims::Row;
using claims::testing::default_rules;

namespace {

Row claim(std::string source, std::string key, std::string value, std::string unit,
          std::string modifier = "", std::string as_of = "") {
  return {std::move(source),
          "en",
          std::move(key),
          std::move(value),
          "",
          std::move(unit),
          std::move(modifier),
          "",
          1,
          1,
          "test",
          std::move(as_of),
          "",
          false};
}

std::vector<Cluster> clusters_of(const std::vector<Row>& rows, double tolerance = 0.02) {
  return claims::cluster_claims(rows, default_rules().key_families(), {tolerance});
}

}  // namespace

TEST_CASE("values within the rounding tolerance agree across sources", "[compare]") {
  auto clusters = clusters_of({claim("a", "revenue", "19080000000", "USD"),
                               claim("b", "revenue", "19100000000", "USD"),
                               claim("a", "percent", "59", "%"), claim("b", "percent", "60", "%")});
  REQUIRE(clusters.size() == 2);
  CHECK(clusters[0].status == ClusterStatus::kAgreed);
  CHECK(clusters[0].sources == std::vector<std::string>{"a", "b"});
  CHECK(clusters[1].status == ClusterStatus::kAgreed);
  CHECK(clusters_of({claim("a", "percent", "59", "%"), claim("b", "percent", "60", "%")}, 0.01)
            .size() == 2);
}

TEST_CASE("units, signs and incompatible keys keep figures apart", "[compare]") {
  CHECK(
      clusters_of({claim("a", "revenue", "3", "EUR"), claim("b", "revenue", "3", "USD")}).size() ==
      2);
  CHECK(clusters_of({claim("a", "change", "2.3", "%"), claim("b", "change", "-2.3", "%")}).size() ==
        2);
  CHECK(clusters_of({claim("a", "revenue", "3", "EUR"), claim("b", "net_profit", "3", "EUR")})
            .size() == 2);
}

TEST_CASE("a key lines up with its ancestors and with generic keys", "[compare]") {
  auto clusters = clusters_of({claim("a", "net_profit", "20500000000", "EUR"),
                               claim("b", "profit", "20500000000", "EUR"),
                               claim("c", "amount", "20500000000", "EUR")});
  REQUIRE(clusters.size() == 1);
  CHECK(clusters[0].key == "net_profit");
  CHECK(clusters[0].sources.size() == 3);
  CHECK(clusters_of({claim("a", "jobs_cut", "1150", "count"), claim("b", "jobs", "1150", "count")})
            .size() == 1);
  // "les deux banques" and "les deux groupes": a kind of company is a company.
  CHECK(clusters_of({claim("a", "bank", "2", "count"), claim("b", "companies", "2", "count")})
            .size() == 1);
  CHECK(
      clusters_of({claim("a", "bank", "2", "count"), claim("b", "airline", "2", "count")}).size() ==
      2);
}

TEST_CASE("a bound or an approximate figure admits the values near it on its side", "[compare]") {
  CHECK(clusters_of({claim("a", "amount", "3000000000", "USD", "over"),
                     claim("b", "amount", "3200000000", "USD")})
            .size() == 1);
  CHECK(clusters_of({claim("a", "amount", "3000000000", "USD", "under"),
                     claim("b", "amount", "3200000000", "USD")})
            .size() == 2);
}

TEST_CASE("two values of one source that do not agree are two figures", "[compare]") {
  auto clusters = clusters_of({claim("a", "amount", "16000000000", "USD"),
                               claim("a", "amount", "15000000000", "USD", "approx"),
                               claim("b", "amount", "15000000000", "USD", "approx")});
  REQUIRE(clusters.size() == 2);
  CHECK(clusters[0].sources == std::vector<std::string>{"a"});
  CHECK(clusters[1].sources == std::vector<std::string>{"a", "b"});
}

TEST_CASE("a single figure against another source's is dated or a conflict", "[compare]") {
  auto dated = clusters_of({claim("a", "practices", "467", "count", "", "2022-02"),
                            claim("b", "practices", "500", "count"),
                            claim("c", "practices", "500", "count")});
  REQUIRE(dated.size() == 2);
  CHECK(dated[0].status == ClusterStatus::kDated);
  CHECK(dated[1].status == ClusterStatus::kAgreed);
  auto conflict = clusters_of({claim("a", "staff", "9100", "count", "", "2023"),
                               claim("b", "staff", "8000", "count", "", "2023")});
  REQUIRE(conflict.size() == 2);
  CHECK(conflict[0].status == ClusterStatus::kConflict);
  CHECK(conflict[1].status == ClusterStatus::kConflict);
  // Generic keys are no figure of one thing: they neither conflict nor date.
  auto generic =
      clusters_of({claim("a", "count", "12", "count"), claim("b", "count", "14", "count")});
  CHECK(generic[0].status == ClusterStatus::kSingle);
}

TEST_CASE("a currency one source guessed from the article yields to the others'", "[compare]") {
  Row guessed = claim("a", "amount", "15000000000", "EUR");
  guessed.unit_from_context = true;
  auto clusters = clusters_of({guessed, claim("b", "amount", "15000000000", "USD", "approx"),
                               claim("c", "amount", "15000000000", "USD")});
  REQUIRE(clusters.size() == 1);
  CHECK(clusters[0].unit == "USD");
  CHECK(clusters[0].sources.size() == 3);
  // A stated currency is never overruled.
  CHECK(clusters_of({claim("a", "amount", "15000000000", "EUR"),
                     claim("b", "amount", "15000000000", "USD")})
            .size() == 2);
}
