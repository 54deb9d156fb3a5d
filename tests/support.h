// Shared fixtures: the built-in rules, compiled once for the whole test run.
#pragma once

#include <catch2/catch.hpp>

#include <map>
#include <memory>

#include "extract/extractor.h"
#include "numbers/number_parser.h"
#include "rules/rule_set.h"

namespace claims::testing {

inline const RuleSet& default_rules() {
  static const RuleSet rules = [] {
    RuleSet set;
    std::vector<Diagnostic> errors;
    set.add_defaults(errors);
    set.compile(errors);
    for (const auto& e : errors) FAIL(e.str());
    return set;
  }();
  return rules;
}

inline const Extractor& default_extractor() {
  static const Extractor extractor(default_rules());
  return extractor;
}

// The number parser of a language, set up as the built-in lexicon says.
inline const NumberParser& number_parser(const std::string& lang) {
  static std::map<std::string, std::unique_ptr<NumberParser>> parsers;
  auto& parser = parsers[lang];
  if (!parser) {
    const Lexicon* lexicon = default_rules().lexicon(lang);
    REQUIRE(lexicon != nullptr);
    parser = std::make_unique<NumberParser>(lexicon->spellout_locales, lexicon->decimal_mark,
                                            lexicon->number_words);
  }
  return *parser;
}

// The claims of `text` in `lang` with the built-in rules.
inline std::vector<Claim> claims_of(std::string_view text, const std::string& lang) {
  return default_extractor().extract(text, lang, ExtractOptions{});
}

}  // namespace claims::testing
