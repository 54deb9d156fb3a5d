#include <catch2/catch.hpp>

#include <algorithm>

#include "lang/stemmer.h"

TEST_CASE("Snowball gives every form of a verb one stem", "[lang]") {
  claims::Stemmer french("french");
  REQUIRE(french.ok());
  for (const char* form : {"reculer", "reculait", "reculé", "recule"})
    CHECK(french.stem(form) == "recul");
  CHECK(french.stem("fléchissant") == french.stem("fléchir"));
  claims::Stemmer english("english");
  REQUIRE(english.ok());
  CHECK(english.stem("slumping") == english.stem("slumped"));
}

TEST_CASE("an unknown stemmer leaves words as they are", "[lang]") {
  claims::Stemmer none("klingon");
  CHECK_FALSE(none.ok());
  CHECK(none.stem("reculait") == "reculait");
  auto known = claims::available_stemmers();
  CHECK(std::find(known.begin(), known.end(), "french") != known.end());
}
