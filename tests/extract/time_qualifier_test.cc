#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/time_qualifier.h"
#include "support.h"

using claims::testing::default_rules;

namespace {

// The as_of of each claim of `text`, as "key=as_of", in text order.
std::vector<std::string> dated(const std::string& text, const std::string& lang) {
  claims::Extractor extractor(default_rules());
  std::vector<std::string> out;
  for (const auto& claim : extractor.extract(text, lang, claims::ExtractOptions{}))
    out.push_back(claim.key + "=" + claim.as_of);
  return out;
}

// The dates one sentence names, normalised.
std::vector<std::string> dates(const std::string& text, const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& date : claims::dates_in(text, {0, text.size()}, *default_rules().lexicon(lang)))
    out.push_back(date.as_of);
  return out;
}

}  // namespace

TEST_CASE("a month and its year, a quarter, a half, a year, a relative date", "[extract]") {
  CHECK(dates("had 467 clinics in the UK in February 2022.", "en") ==
        std::vector<std::string>{"2022-02"});
  CHECK(dates("in the third quarter of 2023, in Q4 2021, the first half", "en") ==
        std::vector<std::string>{"2023-Q3", "2021-Q4", "H1"});
  CHECK(dates("Sales rose last year and a year earlier; in 2019 too.", "en") ==
        std::vector<std::string>{"previous_year", "previous_year", "2019"});
  CHECK(dates("au troisième trimestre 2017, au premier semestre, en janvier, en 2023", "fr") ==
        std::vector<std::string>{"2017-Q3", "H1", "--01", "2023"});
  CHECK(dates("un an plus tôt, l'an dernier, T3 2023", "fr") ==
        std::vector<std::string>{"previous_year", "previous_year", "2023-Q3"});
}

TEST_CASE("a date without its year takes the sentence's only year", "[extract]") {
  CHECK(dates("en janvier, comme en 2023", "fr").front() == "2023-01");
  CHECK(dates("in the second half, as in 2022 and in 2021", "en").front() == "H2");
}

TEST_CASE("a month is dated only in its case, and a lone month stays partial", "[extract]") {
  CHECK(dates("You may see 40 vans.", "en").empty());
  CHECK(dates("It opened in March with 40 vans.", "en") == std::vector<std::string>{"--03"});
}

TEST_CASE("each claim takes the date nearest to it in its clause", "[extract]") {
  CHECK(dated("Revenue rose 12% to £188.8m in 2023, from £168m a year earlier.", "en") ==
        std::vector<std::string>{"revenue=2023", "change=2023", "amount=previous_year"});
  CHECK(dated("Le chiffre d'affaires a atteint 3 milliards d'euros au premier semestre 2024, "
              "contre 2,5 milliards un an plus tôt.",
              "fr") == std::vector<std::string>{"revenue=2024-H1", "amount=previous_year"});
  CHECK(dated("The group employs 9,100 people.", "en") == std::vector<std::string>{"people="});
}
