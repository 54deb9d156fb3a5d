// Stage 6: rules + numbers -> claims.
//
// One pass of a cheap regex (the language's {candidate}) finds the places worth looking
// at; only the sentences around them are segmented (ICU) and matched. Within a sentence,
// the rules whose words it holds run (rules/prefilter.h); each match becomes a claim
// through the claim builder (extract/claim_builder.h), and the resolver keeps one reading
// per number (extract/resolver.h). The figures that no claim rule read are then reported
// under their kind's generic key (the fallback). What the article says beyond a sentence
// (its dollar, the currencies it names, its dates and names) is read first, once
// (extract/article_context.h).
//
// The figures themselves come from one pass, the number layer (rules with a `kind` in
// rules/<lang>/numbers.toml): figures() runs it over every sentence, for `claims numbers`;
// extract() runs it, as the fallback, over the candidate sentences whose figures the
// claim rules left unread.
//
// Costs: linear in the text; per candidate sentence, one RE2::Set pass and one submatch
// search per runnable rule.
//
//   RuleSet rules = ...;                       // compiled
//   Extractor extractor(rules);
//   for (const Claim& claim : extractor.extract(text, "en", ExtractOptions{}))
//     print(claim.key, claim.value, claim.unit);  // staff 9100 count
//   for (const Claim& figure : extractor.figures(text, "en", ExtractOptions{}))
//     print(figure.rule->kind, figure.value);     // number 9100
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claim.h"
#include "numbers/number_parser.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace claims {

struct Candidate;
struct RuleMatch;
class TakenSpans;

struct ExtractOptions {
  std::string lang = "auto";     // "en", "fr", ... or "auto"
  std::string currency_default;  // ISO code a bare "$" stands for; "" decides from the text
  // Every figure of the number layer that no claim rule read becomes a claim too, with its
  // kind's generic key (`count`, `amount`, `percent`, a measure's unit), unless it is part
  // of a name, date or time, a year, or a word ("one", "un").
  bool fallback = true;
  // Keep each claim's sentence, its evidence, in the rows (Row::sentence); off, rows hold
  // only the matched words.
  bool keep_sentences = false;
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

  // Every figure the number layer finds in `text`, in every sentence: numbers, percentages,
  // ranges, amounts and measures, each a Claim of its rule's `kind`, with no claim key.
  // Arguments as for extract(); `options.fallback` plays no part.
  std::vector<Claim> figures(std::string_view text, const std::string& lang,
                             const ExtractOptions& options,
                             std::vector<Rejection>* rejected = nullptr,
                             std::size_t from = 0) const;

 private:
  struct Language;
  struct Pass;
  struct Scope;
  const Language* language(const std::string& code) const;
  // What extract() and figures() share: the article's context, the segmenter, and the
  // conversions linked once `read` has found the candidates.
  using Reader = void (Extractor::*)(const Pass& pass, std::size_t from, bool fallback,
                                     std::vector<Candidate>& kept) const;
  std::vector<Claim> read(std::string_view text, const std::string& lang,
                          const ExtractOptions& options, std::vector<Rejection>* rejected,
                          std::size_t from, Reader reader) const;
  void read_every_sentence(const Pass& pass, std::size_t from, bool fallback,
                           std::vector<Candidate>& kept) const;
  void read_candidate_sentences(const Pass& pass, std::size_t from, bool fallback,
                                std::vector<Candidate>& kept) const;
  // The rules of one layer over one sentence; the readings that stand go to `kept`.
  void match_sentence(const Pass& pass, Span sentence, bool number_layer,
                      std::vector<Candidate>& kept) const;
  void match_rule(const Pass& pass, const Rule& rule, const Scope& scope,
                  std::vector<Candidate>& found) const;
  // Where to go on after the match at `span`, which becomes a candidate unless refused.
  std::size_t take_match(const Pass& pass, const RuleMatch& match, Span span, const Scope& scope,
                         std::vector<Candidate>& found) const;
  // The figures of `sentence` that the claims from `kept[first]` on leave unread.
  void add_fallback_figures(const Pass& pass, Span sentence, std::vector<Candidate>& kept,
                            std::size_t first) const;
  bool counts_no_claim(std::string_view text, std::size_t end) const;
  bool every_candidate_taken(const Pass& pass, Span sentence, const TakenSpans& taken) const;
  // The keyed claim whose noun a bare figure shares, or null.
  const Claim* coordinated_head(const Pass& pass, const std::vector<Candidate>& kept,
                                std::size_t first, const Claim& figure) const;

  const RuleSet& rules_;
  std::vector<std::unique_ptr<Language>> languages_;
};

}  // namespace claims
