#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/noun_lexicon.h"
#include "support.h"

using claims::NounLexicon;

TEST_CASE("a plural is brought back to a word of the lexicon, then to its lemma", "[lang]") {
  NounLexicon nouns(
      "en\tbank\tbank\nen\tcompany\tcompany\nfr\tbanque\tbank\nfr\tjournal\tnewspaper\n");
  std::vector<std::string> english = {"ies>y", "s>"}, french = {"aux>al", "s>"};
  CHECK(nouns.english_lemma("en", english, "banks") == "bank");
  CHECK(nouns.english_lemma("en", english, "companies") == "company");
  CHECK(nouns.english_lemma("fr", french, "banques") == "bank");
  CHECK(nouns.english_lemma("fr", french, "journaux") == "newspaper");
  CHECK(nouns.english_lemma("fr", french, "vans").empty());
  CHECK(nouns.english_lemma("de", french, "banque").empty());
  CHECK(nouns.size("fr") == 2);
}

TEST_CASE("the built-in lexicon carries French counted nouns to English", "[lang]") {
  const NounLexicon& nouns = NounLexicon::built_in();
  if (nouns.size("fr") == 0) {
    WARN("no noun lexicon: FreeDict's dictionaries were not installed at build time");
    return;
  }
  const claims::Lexicon& fr = *claims::testing::default_rules().lexicon("fr");
  const claims::Lexicon& en = *claims::testing::default_rules().lexicon("en");
  CHECK(nouns.english_lemma("fr", fr.plural_endings, "banques") == "bank");
  CHECK(nouns.english_lemma("fr", fr.plural_endings, "usines") == "factory");
  CHECK(nouns.english_lemma("en", en.plural_endings, "banks") == "bank");
  CHECK(nouns.english_lemma("en", en.plural_endings, "factories") == "factory");
  // A noun of [keys] lends its key to its lemma; an unknown one keys by its lemma.
  const claims::RuleSet& rules = claims::testing::default_rules();
  CHECK(rules.key_for_unknown_noun(fr, "banques") == rules.key_for_unknown_noun(en, "banks"));
  CHECK(rules.key_for_unknown_noun(en, "delivery vans") == "delivery_vans");
}
