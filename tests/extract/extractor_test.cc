#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

#include "numbers/number_parser.h"
#include "support.h"

using claims::Claim;
using claims::testing::claims_of;

namespace {
// "key value unit modifier" for each claim, for compact assertions.
std::vector<std::string> summary(std::string_view text, const std::string& lang) {
  std::vector<std::string> out;
  for (const Claim& c : claims_of(text, lang)) {
    std::string row = c.key + " " + claims::format_number(c.value);
    if (c.value_max) row += ".." + claims::format_number(*c.value_max);
    row += " " + c.unit;
    if (!c.modifier.empty()) row += " " + c.modifier;
    out.push_back(row);
  }
  return out;
}
bool has(const std::vector<std::string>& rows, const std::string& row) {
  return std::find(rows.begin(), rows.end(), row) != rows.end();
}
}  // namespace

TEST_CASE("counts in English and French get the same keys", "[extract]") {
  auto en = summary(
      "CVS Group operates 500 veterinary practices. With a workforce of 9,100 employees, "
      "including 2,400 veterinary surgeons and 3,400 specialized nurses.",
      "en");
  auto fr = summary(
      "CVS Group exploite 500 cabinets v\xC3\xA9t\xC3\xA9rinaires. L'entreprise emploie 9 100 "
      "personnes, dont 2 400 v\xC3\xA9t\xC3\xA9rinaires et 3 400 infirmi\xC3\xA8res.",
      "fr");
  for (const auto& row :
       {"practices 500 count", "staff 9100 count", "vets 2400 count", "nurses 3400 count"}) {
    CHECK(has(en, row));
    CHECK(has(fr, row));
  }
}

TEST_CASE("money: symbols, codes, names, scales and pence", "[extract]") {
  auto en =
      summary("The £1.2bn deal valued shares at 731p. Revenue reached GBP14.9 million.", "en");
  CHECK(has(en, "amount 1200000000 GBP"));
  CHECK(has(en, "share_price 731 GBX"));
  CHECK(has(en, "revenue 14900000 GBP"));
  auto fr = summary("Une perte de 3,4 Md\xE2\x82\xAC et 2 millions de dollars.", "fr");
  CHECK(has(fr, "net_loss 3400000000 EUR"));
  CHECK(has(fr, "amount 2000000 USD"));
}

TEST_CASE("a fall is negative and a rise positive", "[extract]") {
  CHECK(has(summary("Revenue fell 12% last year.", "en"), "change -12 %"));
  CHECK(has(summary("Pretax profit jumped 39%.", "en"), "change 39 %"));
  CHECK(has(summary("Le titre a c\xC3\xA9"
                    "d\xC3\xA9 1,8 %.",
                    "fr"),
            "share_price_change -1.8 %"));
  CHECK(has(summary("Les ventes ont recul\xC3\xA9 de 11 %.", "fr"), "change -11 %"));
  CHECK(has(summary("en hausse de 6,2\xC2\xA0%", "fr"), "change 6.2 %"));
}

TEST_CASE("ranges keep both ends, never a mean", "[extract]") {
  CHECK(has(summary("a loss of between £8m and £10m", "en"), "amount 8000000..10000000 GBP range"));
}

TEST_CASE("modifiers are read from the vocabulary", "[extract]") {
  CHECK(has(summary("about 1,500 staff", "en"), "staff 1500 count approx"));
  CHECK(has(summary("more than 200 stores", "en"), "stores 200 count over"));
  CHECK(has(summary("pr\xC3\xA8s de 1 250 magasins", "fr"), "stores 1250 count approx"));
  CHECK(has(summary("plus de 400 lits", "fr"), "beds 400 count over"));
}

TEST_CASE("years, dates and copyright lines are not claims", "[extract]") {
  CHECK(summary("Copyright 2024 Alliance News Ltd. All rights reserved.", "en").empty());
  CHECK(summary("It had 467 clinics in February 2022 and aims for more by 2028.", "en") ==
        std::vector<std::string>{"practices 467 count"});
  CHECK(summary("Less than two weeks ago, the firm said so.", "en").empty());
}

TEST_CASE("a match never starts or ends inside a word", "[extract]") {
  CHECK(summary("The model B52s flew.", "en").empty());
  CHECK(summary("It sold 12people", "en").empty());
}

TEST_CASE("claims know their text and sentence", "[extract]") {
  std::string text = "Headline.\nThe group has 37 stores. Other news.";
  auto claims = claims_of(text, "en");
  REQUIRE(claims.size() == 1);
  CHECK(text.substr(claims[0].text.begin, claims[0].text.size()) == "37 stores");
  CHECK(text.substr(claims[0].sentence.begin, claims[0].sentence.size()) ==
        "The group has 37 stores. ");
}

TEST_CASE("a bare dollar follows the article's country unless overridden", "[extract]") {
  std::string text = "The Toronto-based retailer in Canada earned $5 million.";
  auto claims = claims_of(text, "en");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].unit == "CAD");
  claims::ExtractOptions options;
  options.currency_default = "USD";
  auto overridden = claims::testing::default_extractor().extract(text, "en", options);
  REQUIRE(overridden.size() == 1);
  CHECK(overridden[0].unit == "USD");
  CHECK(claims_of("The company earned $5 million.", "en")[0].unit == "USD");
}

TEST_CASE("garbage in gives no claims and no crash", "[extract]") {
  std::string noise;
  for (int i = 0; i < 2000; ++i)
    noise += static_cast<char>(
        "9,. %$\xC2\xA0"
        "a"[i % 9]);
  CHECK_NOTHROW(claims_of(noise, "en"));
  CHECK_NOTHROW(claims_of(noise, "fr"));
  CHECK(claims_of("", "en").empty());
  CHECK(claims_of("500 staff", "de").empty());  // no rules for the language
}

namespace {
// A minimal rule set of one language, to test an engine mechanism on its own.
// Claims point at their rule, so each rule set is kept for the whole test run.
std::vector<claims::Claim> claims_with(std::string_view rules_text, std::string_view text) {
  static std::vector<std::unique_ptr<claims::RuleSet>> kept;
  kept.push_back(std::make_unique<claims::RuleSet>());
  claims::RuleSet& rules = *kept.back();
  std::vector<claims::Diagnostic> errors;
  rules.add_text("test.toml", rules_text, errors);
  rules.compile(errors);
  for (const auto& e : errors) FAIL(e.str());
  claims::Extractor extractor(rules);
  return extractor.extract(text, "xx", claims::ExtractOptions{});
}

constexpr std::string_view kMiniLanguage = R"(
lang = "xx"
[language]
locale = "en"
spellout = ["en"]
[patterns]
money = '(?P<value>\d+)(?P<scale> million)? (?P<currency>francs|cents)'
exclude = '\bIndex \d+|\d{4}-\d{2}-\d{2}'
[scales]
million = 6
[currencies]
francs = "CHF"
cents = "~USD/100"
[[rule]]
id = "xx.money"
claim = "amount"
unit = "currency"
pattern = '{money}'
examples = [{ text = "40 francs", value = 40 }]
)";

// The mini language with a bare-amount rule and a count rule below it.
std::string mini_rules(std::string_view bare, std::string_view count) {
  return std::string(kMiniLanguage) +
         "[[rule]]\nid = \"xx.bare\"\nclaim = \"amount\"\nunit = \"currency\"\npriority = -1\n"
         "pattern = '" +
         std::string(bare) +
         "'\nexamples = [{ text = \"4 francs, then 3 million\", value = 3000000 }]\n"
         "[[rule]]\nid = \"xx.count\"\nclaim = \"count\"\nunit = \"count\"\npriority = -2\n"
         "pattern = '" +
         std::string(count) + "'\nexamples = [{ text = \"7\", value = 7 }]\n";
}

const std::string kMiniLexicon =
    mini_rules(R"((?P<value>\d+)(?P<scale> million))", R"((?P<value>\d+))");
}  // namespace

TEST_CASE("a bare amount keeps the currency the article named before it", "[extract]") {
  auto claims = claims_with(kMiniLexicon, "Sales of 40 million francs. Costs of 12 million.");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].rule->id == "xx.bare");
  CHECK(claims[1].unit == "CHF");
  CHECK(claims[1].value == 12000000);
  // Nothing named before: the bare amount is no amount, and a lower rule reads the number.
  auto first = claims_with(kMiniLexicon, "Costs of 12 million. Sales of 40 million francs.");
  REQUIRE(first.size() == 2);
  CHECK(first[0].rule->id == "xx.count");
  CHECK(first[1].unit == "CHF");
}

TEST_CASE("a hundredth marked ~ takes the currency named before, else its own", "[extract]") {
  auto after = claims_with(kMiniLexicon, "A fee of 3 francs, raised by 20 cents.");
  REQUIRE(after.size() == 2);
  CHECK(after[1].unit == "CHF");
  CHECK(after[1].value == Approx(0.2));
  auto same_sentence = claims_with(kMiniLexicon, "It rose by 20 cents to 3 francs. 5 cents.");
  REQUIRE(same_sentence.size() == 3);
  CHECK(same_sentence[0].unit == "CHF");
  CHECK(same_sentence[2].unit == "CHF");
  auto alone = claims_with(kMiniLexicon, "A stamp costs 20 cents.");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].unit == "USD");
}

TEST_CASE("numbers inside an {exclude} match are read by no rule", "[extract]") {
  auto claims = claims_with(kMiniLexicon, "On 2023-03-20 the Index 100 fell by 7.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value == 7);
  // With the default rules: names, ISO dates and times.
  CHECK(summary("The FTSE 100 eased.", "en").empty());
  CHECK(summary("date 2021-07-14 Shares were flat at 10:30 am.", "en").empty());
  CHECK(summary("Le CAC 40 a perdu 40 points.", "fr").empty());
  CHECK(summary("The talks resume on October 14.", "en").empty());
  CHECK(summary("Une école sur cinq fermée.", "fr").empty());
}

TEST_CASE("an amount in parentheses after another is the same figure, with its key", "[extract]") {
  auto claims = claims::testing::claims_of(
      "It posted a net profit of $6.2 billion (about \xE2\x82\xAC"
      "5.7 billion) for the year.",
      "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].key == "net_profit");
  CHECK(claims[1].key == "net_profit");
  CHECK(claims[1].unit == "EUR");
  // Not after a figure in the same currency, nor after other words.
  auto other = claims::testing::claims_of(
      "A net profit of $2 billion, after a charge of \xE2\x82\xAC"
      "1 billion.",
      "en");
  REQUIRE(other.size() == 2);
  CHECK(other[1].key == "amount");
}

TEST_CASE("a subject named before the number: the nearest one names it", "[extract]") {
  auto claims = claims::testing::claims_of(
      "Strong profits came two years after a loss of $3bn in the slump.", "en");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].key == "net_loss");
  CHECK(claims[0].value == 3000000000);
}

TEST_CASE("words that are approximate numbers come from [approximations]", "[extract]") {
  auto fr = summary("Une vingtaine de salari\xC3\xA9s partiront.", "fr");
  CHECK(fr == std::vector<std::string>{"staff 20 count approx"});
  auto en = summary("A dozen stores will close.", "en");
  CHECK(en == std::vector<std::string>{"stores 12 count approx"});
}

TEST_CASE("a counted noun found anywhere in the phrase when its head names nothing known",
          "[extract]") {
  CHECK(summary("The chain has 85 stores refurbished.", "en") ==
        std::vector<std::string>{"stores 85 count"});
  CHECK(summary("Au cours des six derniers mois, rien.", "fr").empty());
  CHECK(has(summary("Il y aura 300 suppressions de postes.", "fr"), "jobs_cut 300 count"));
  CHECK(has(summary("There will be 300 job cuts.", "en"), "jobs_cut 300 count"));
}

TEST_CASE("a reject group that takes part in a match makes it no claim", "[extract]") {
  std::string rules =
      mini_rules(R"((?P<value>\d+)(?P<scale> million)(?: of (?:costs)|(?P<reject> of [a-z]+))?)",
                 R"((?P<value>\d+)(?P<scale> million)?)");
  auto claims = claims_with(rules, "It cost 40 francs. 3 million of visitors, 2 million of costs.");
  REQUIRE(claims.size() == 3);
  CHECK(claims[1].rule->id == "xx.count");
  CHECK(claims[1].value == 3000000);
  CHECK(claims[2].rule->id == "xx.bare");
  CHECK(claims[2].unit == "CHF");
}

TEST_CASE("a bare amount keeps a currency named at most two sentences before", "[extract]") {
  auto near = claims_with(kMiniLexicon, "Sales of 40 million francs. Rain. Costs of 12 million.");
  REQUIRE(near.size() == 2);
  CHECK(near[1].rule->id == "xx.bare");
  CHECK(near[1].unit == "CHF");
  auto far = claims_with(kMiniLexicon,
                         "Sales of 40 million francs. Rain.\n\nSun. Wind. Costs of 12 million.");
  REQUIRE(far.size() == 2);
  CHECK(far[1].rule->id == "xx.count");
}

TEST_CASE("a gap group that crosses a {clause_break} makes the match no claim", "[extract]") {
  constexpr std::string_view rules = R"(
lang = "xx"
[language]
locale = "en"
spellout = ["en"]
[patterns]
clause_break = '[^\s,][\s,]+which\b|\bwhile\b'
[[rule]]
id = "xx.subject"
claim = "revenue"
unit = "count"
pattern = '\b[Ss]ales,?(?P<gap>[^.]*?) (?P<value>\d+)'
examples = [{ text = "sales rose to 5", value = 5 }]
counterexamples = ["sales at the shop, which cost 3"]
[[rule]]
id = "xx.count"
claim = "count"
unit = "count"
priority = -1
pattern = '(?P<value>\d+)'
examples = [{ text = "7", value = 7 }]
counterexamples = ["none"]
)";
  auto crossed =
      claims_with(rules, "Sales at the shop, which cost 3, rose. Sales fell while costs hit 4.");
  REQUIRE(crossed.size() == 2);
  // (The rule set is gone after claims_with: compare keys, not rules.)
  CHECK(crossed[0].key == "count");
  CHECK(crossed[1].key == "count");
  // A relative right after the subject is the subject's own.
  auto own = claims_with(rules, "Sales, which rose, reached 5.");
  REQUIRE(own.size() == 1);
  CHECK(own[0].key == "revenue");
}

namespace {
// "key value unit" of each claim of `text`.
std::vector<std::string> figures(std::string_view text, const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& claim : claims::testing::claims_of(text, lang))
    out.push_back(claim.key + " " + claims::format_number(claim.value) + " " + claim.unit);
  return out;
}
}  // namespace

TEST_CASE(
    "a figure no claim rule reads is reported with its kind's generic key, or its "
    "coordinated figure's",
    "[extract]") {
  CHECK(figures("The group, which employs 12,000, said so.", "en") ==
        std::vector<std::string>{"count 12000 count"});
  CHECK(figures("Le 26 avril, la société a annoncé 8 000 suppressions, dont 1 200 en France.",
                "fr") == std::vector<std::string>{"jobs_cut 8000 count", "jobs_cut 1200 count"});
  CHECK(figures("It will cut 300 to 400 jobs.", "en") ==
        std::vector<std::string>{"jobs 300 count", "jobs 400 count"});
}

TEST_CASE("the fallback reports no year, date, time, code or number word", "[extract]") {
  CHECK(figures("One of the firms was sold in 2021, on 06/2011 at 10:30.", "en").empty());
  CHECK(figures("It reports on 25 November; the A-320 flew 18 months ago.", "en").empty());
  CHECK(figures("Le 26 avril, l'une des deux a été vendue.", "fr").empty());
  // A number word before a noun of [keys] is a count, as "9 100 personnes" is.
  CHECK(figures("Le 26 avril, une des deux sociétés a été vendue.", "fr") ==
        std::vector<std::string>{"companies 2 count"});
  claims::ExtractOptions off;
  off.fallback = false;
  CHECK(claims::testing::default_extractor()
            .extract("The group, which employs 12,000, said so.", "en", off)
            .empty());
}

TEST_CASE("a bare figure coordinated with a keyed one counts the same thing", "[extract]") {
  auto en = summary("The bank has 8,000 jobs, including 1,200 in Germany.", "en");
  CHECK(has(en, "jobs 8000 count"));
  CHECK(has(en, "jobs 1200 count"));
  // A verb of cutting before the keyed figure gives both the compound noun's key.
  auto cut = summary("The bank will cut 8,000 jobs, including 1,200 in Germany.", "en");
  CHECK(has(cut, "jobs_cut 8000 count"));
  CHECK(has(cut, "jobs_cut 1200 count"));
  auto range = summary("The plant will shed 300 to 400 jobs.", "en");
  CHECK(has(range, "jobs 300 count"));
  auto fr = summary("Le groupe emploie 9 100 personnes, dont 1 200 en France.", "fr");
  CHECK(has(fr, "staff 1200 count"));
  // Not joined: the second figure names nothing of its own and keeps the generic key.
  auto apart = summary("The bank will cut 8,000 jobs. It had 1,200 in 2019 in Germany.", "en");
  CHECK(has(apart, "count 1200 count"));
}
