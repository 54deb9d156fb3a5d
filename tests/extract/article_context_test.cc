#include <catch2/catch.hpp>

#include <string>

#include "extract/article_context.h"
#include "support.h"

using claims::testing::default_rules;

TEST_CASE("an article's dollar is the one its markers name", "[extract]") {
  const claims::Lexicon& en = *default_rules().lexicon("en");
  CHECK(claims::article_dollar("Shares rose to $4 in New York.", en) == "USD");
  CHECK(claims::article_dollar("The Toronto firm paid C$3m; it was worth $2 a share.", en) ==
        "CAD");
  CHECK(claims::read_article_context("It cost $2.", en, "AUD").dollar == "AUD");
}

TEST_CASE("the context knows the currencies named, in order", "[extract]") {
  const claims::Lexicon& fr = *default_rules().lexicon("fr");
  std::string text = "Un prix de 20 francs. Puis 12 euros. Enfin 3 millions.";
  claims::ArticleContext context = claims::read_article_context(text, fr, "");
  REQUIRE(context.currencies.size() == 2);
  CHECK(context.currencies[0].second == "CHF");
  CHECK(context.currencies[1].second == "EUR");
  std::size_t last = text.find("3 millions");
  CHECK(context.currency_before(last) == "EUR");
  CHECK(context.currency_before(text.find("Un"), text.find("Puis")) == "CHF");
  CHECK(context.currency_before(0).empty());
}

TEST_CASE("the context excludes dates and names", "[extract]") {
  const claims::Lexicon& en = *default_rules().lexicon("en");
  std::string text = "On November 25 the FTSE 100 rose 2% to 7,000.";
  claims::ArticleContext context = claims::read_article_context(text, en, "");
  std::size_t day = text.find("25"), index = text.find("100"), level = text.find("7,000");
  CHECK(context.excludes({day, day + 2}));
  CHECK(context.excludes({index, index + 3}));
  CHECK_FALSE(context.excludes({level, level + 5}));
}
