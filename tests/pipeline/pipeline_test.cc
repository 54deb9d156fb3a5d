#include <catch2/catch.hpp>

#include "pipeline/pipeline.h"
#include "support.h"

TEST_CASE("bytes in, rows out: language, value, position and rule", "[pipeline]") {
  std::string bytes =
      "Titre\r\nL\xE2\x80\x99"
      "entreprise emploie 9\xC2\xA0"
      "100 personnes dans le pays et les usines de la région.\n";
  auto result = claims::process_bytes("a.txt", bytes, claims::testing::default_extractor(), {});
  REQUIRE(result.ok);
  CHECK(result.lang == "fr");
  REQUIRE(result.rows.size() == 1);
  const claims::Row& row = result.rows[0];
  CHECK(row.source == "a.txt");
  CHECK(row.claim == "staff");
  CHECK(row.value == "9100");
  CHECK(row.unit == "count");
  CHECK(row.line == 2);
  CHECK(row.column == 22);  // "L’entreprise emploie " is 21 characters
  CHECK(row.rule == "fr.count");
}

TEST_CASE("bytes that are no text give an error and no rows", "[pipeline]") {
  auto result = claims::process_bytes("b.bin", std::string_view("\x01\x00\x02", 3),
                                      claims::testing::default_extractor(), {});
  CHECK_FALSE(result.ok);
  CHECK(result.rows.empty());
  CHECK(result.error.find("binary") != std::string::npos);
}
