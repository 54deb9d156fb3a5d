#include <catch2/catch.hpp>

#include "lang/language.h"
#include "support.h"

namespace {
std::vector<claims::LanguageProfile> profiles() {
  std::vector<claims::LanguageProfile> out;
  for (const auto& code : claims::testing::default_rules().languages())
    out.push_back({code, &claims::testing::default_rules().lexicon(code)->stopwords});
  return out;
}
}  // namespace

TEST_CASE("English and French articles are told apart by their function words", "[lang]") {
  CHECK(claims::detect_language(
            "CVS Group operates a vast network of 500 veterinary practices across the UK, "
            "and the company said that its systems were taken offline.",
            profiles()) == "en");
  CHECK(claims::detect_language(
            "L\xE2\x80\x99"
            "entreprise emploie 9 100 personnes, dont 2 400 v\xC3\xA9t\xC3\xA9rinaires "
            "et 3 400 infirmi\xC3\xA8res sp\xC3\xA9"
            "cialis\xC3\xA9"
            "es dans le pays.",
            profiles()) == "fr");
}

TEST_CASE("a text without function words falls back to the first profile", "[lang]") {
  auto list = profiles();
  REQUIRE_FALSE(list.empty());
  CHECK(claims::detect_language("12345 67890", list) == list.front().code);
  CHECK(claims::detect_language("anything", {}).empty());
}
