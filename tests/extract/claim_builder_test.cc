#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "extract/article_context.h"
#include "extract/claim_builder.h"
#include "extract/rule_match.h"
#include "support.h"

using claims::Claim;
using claims::testing::default_rules;
using claims::testing::number_parser;

namespace {

const claims::Rule& rule_named(const std::string& id) {
  for (const auto& rule : default_rules().rules())
    if (rule.id == id) return rule;
  FAIL("no rule " << id);
  throw;
}

// What the builder makes of the first match of rule `id` in `text`; `reason` says why not.
std::optional<Claim> build(const std::string& id, std::string_view text, std::string& reason) {
  const claims::Rule& rule = rule_named(id);
  const claims::Lexicon& lexicon = *default_rules().lexicon(rule.lang);
  claims::ArticleContext context = claims::read_article_context(text, lexicon, "");
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(rule.group_count) + 1);
  re2::StringPiece input(text.data(), text.size());
  REQUIRE(rule.regex->Match(input, 0, text.size(), RE2::UNANCHORED, groups.data(),
                            static_cast<int>(groups.size())));
  claims::ClaimBuilder builder(lexicon, number_parser(rule.lang), default_rules(), context);
  return builder.build(claims::RuleMatch{rule, groups.data(), text}, {0, text.size()}, reason);
}

}  // namespace

TEST_CASE("the builder reads scale, currency and value from a money match", "[extract]") {
  std::string reason;
  auto claim = build("en.money", "It paid £3m for the site.", reason);
  REQUIRE(claim);
  CHECK(claim->value == 3000000);
  CHECK(claim->unit == "GBP");
  CHECK(claim->modifier.empty());
  auto pence = build("en.money", "Shares closed at 966.5p.", reason);
  REQUIRE(pence);
  CHECK(pence->unit == "GBX");
  CHECK(pence->value == Approx(966.5));
}

TEST_CASE("the builder gives a fall its sign and a noun its key", "[extract]") {
  std::string reason;
  auto fall = build("fr.percent_change", "Le titre a reculé de 2,3 % vendredi.", reason);
  REQUIRE(fall);
  CHECK(fall->value == Approx(-2.3));
  CHECK(fall->unit == "%");
  auto staff = build("en.count", "The group has 9,100 employees in Britain.", reason);
  REQUIRE(staff);
  CHECK(staff->key == "staff");
  CHECK(staff->value == 9100);
}

TEST_CASE("the builder turns down a year read as a count, and says why", "[extract]") {
  std::string reason;
  CHECK_FALSE(build("en.count", "The firm had 2019 employees.", reason));
  CHECK(reason == "looks like a year");
  CHECK(build("en.count", "The firm had 2,019 employees.", reason));
}

TEST_CASE("key_from_noun makes ASCII keys", "[extract]") {
  CHECK(claims::key_from_noun("cabinets vétérinaires") == "cabinets_veterinaires");
  CHECK(claims::key_from_noun("Km") == "km");
  CHECK(claims::key_from_noun("m2/s") == "m2_s");
}
