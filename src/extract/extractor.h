// Stage 6: rules + numbers -> claims.
//
// One pass of a cheap regex finds the places worth looking at; only the sentences around
// them are segmented and matched by the rules. Where two rules read the same number the
// higher priority wins, then the longer match.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numbers/number_parser.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace claims {

struct Claim {
  const Rule* rule = nullptr;
  std::string key;  // language-independent claim key, e.g. "staff"
  double value = 0;
  // Number layer only: false for a unit or a currency named without a number ("the dollar
  // fell"), which a rule reads through an empty value group.
  bool has_value = true;
  std::optional<double> value_max;
  std::string unit;      // "count", "%", "GBP", "GBX", "km", ...
  std::string modifier;  // "", "approx", "over", "under", "at_least", "at_most", "range"
  Span text;             // the matched words
  Span number;           // the number itself (the lower end of a range)
  Span sentence;         // the sentence they stand in: the evidence
};

// A rule match that did not become a claim, and why (for rule authors).
struct Rejection {
  const Rule* rule = nullptr;
  Span text;
  std::string reason;
};

struct ExtractOptions {
  std::string lang = "auto";     // "en", "fr", ... or "auto"
  std::string currency_default;  // ISO code a bare "$" stands for; "" decides from the text
  // Run the number layer (rules with a `kind`: every number, percentage, range, amount and
  // measure, for `claims numbers`) instead of the claim rules.
  bool number_layer = false;
  // Every figure of the number layer that no claim rule read becomes a claim too, with its
  // kind's generic key (`count`, `amount`, `percent`, a measure's unit), unless it is part
  // of a name, date or time, a year, or a word ("one", "un").
  bool fallback = true;
};

class Extractor {
 public:
  // `rules` must be compiled and must outlive the Extractor.
  explicit Extractor(const RuleSet& rules);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  const RuleSet& rules() const { return rules_; }

  // The language `options.lang` names, or the one detected from the text.
  std::string language_of(std::string_view text, const ExtractOptions& options) const;

  // The claims of `text` (UTF-8) in the given language, in text order. Rule matches that
  // were dropped are appended to `rejected` when it is given. Only sentences from `from` on
  // are read; the text before it is context (the currencies it names), as a chunk's
  // lead-in is (pipeline/text_stream.h). Linear in the size of the text.
  std::vector<Claim> extract(std::string_view text, const std::string& lang,
                             const ExtractOptions& options,
                             std::vector<Rejection>* rejected = nullptr,
                             std::size_t from = 0) const;

  // The ISO code a bare dollar stands for in `text`: the code whose markers ("Toronto",
  // "C$", "dollars canadiens") occur there, else "USD".
  std::string article_dollar(std::string_view text, const Lexicon& lexicon) const;

 private:
  struct Language;
  struct Match;
  // What an article says beyond one sentence: its own dollar, and where it names a
  // currency with an amount ("12 millions" after "francs" keeps francs).
  struct Context {
    std::string dollar;
    std::vector<std::pair<std::size_t, std::string>> currencies;  // offset, ISO code
    std::vector<Span> excluded;  // what [patterns] exclude matches: dates, names, times
    // The last currency named from `since` to `offset`, else the first one named from
    // there to `until` (the end of the sentence: "relevé de 20 centimes à 2,50 francs").
    std::string currency_before(std::size_t offset, std::size_t until = 0,
                                std::size_t since = 0) const;
    bool excludes(Span span) const;  // overlaps something {exclude} matched
  };
  const Language* language(const std::string& code) const;
  void match_sentence(const Language& language, std::string_view text, Span sentence,
                      Segmenter& segmenter, const Context& context, bool number_layer,
                      std::vector<Match>& matches, std::vector<Rejection>* rejected) const;
  // The figures of `sentence` that the claims from `matches[first]` on leave unread.
  void add_fallback_figures(const Language& language, std::string_view text, Span sentence,
                            Segmenter& segmenter, const Context& context,
                            std::vector<Match>& matches, std::size_t first,
                            std::vector<Rejection>* rejected) const;
  bool counts_no_claim(std::string_view text, std::size_t end) const;
  std::optional<Claim> build_claim(const Language& language, const Rule& rule,
                                   const re2::StringPiece* groups, std::string_view text,
                                   Span window, const Context& context, std::string& reason) const;
  std::string key_from_noun(std::string_view noun) const;

  const RuleSet& rules_;
  std::vector<std::unique_ptr<Language>> languages_;
};

}  // namespace claims
