// What an article says beyond any one sentence, read once per text before its sentences.
//
// A bare "$" is the article's own dollar (Canadian in a Toronto story); "12 millions" after
// "francs" are francs; a number inside a date, a name or a time is never a claim. The
// context holds the three, each found by one scan of the whole text with one of the
// language's engine sub-patterns ({money}, {exclude}) or its [dollars] markers.
//
// Costs: read_article_context() is linear in the text (one RE2 pass per pattern); the
// look-ups are O(log n).
//
//   ArticleContext context = read_article_context(text, lexicon, "");
//   context.currency_before(offset, sentence_end);  // "EUR"
//   context.excludes({begin, end});                 // inside "le 26 avril 2021"?
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace claims {

struct ArticleContext {
  std::string dollar;  // the ISO code a bare "$" stands for
  std::vector<std::pair<std::size_t, std::string>> currencies;  // offset, ISO code; in order
  std::vector<Span> excluded;  // what {exclude} matched, in order: dates, names, times

  // The last currency named from `since` to `offset`, else the first one named from there
  // to `until` (the end of the sentence: "relevé de 20 centimes à 2,50 francs").
  std::string currency_before(std::size_t offset, std::size_t until = 0,
                              std::size_t since = 0) const;
  bool excludes(Span span) const;  // overlaps something {exclude} matched
};

// A [currencies] value, read: an ISO code or "$" (the article's dollar), with "/100" for a
// hundredth ("cents" = "$/100") and a leading "~" for one whose currency is the one the
// article named before ("centimes" = "~EUR/100", EUR when none was named).
struct CurrencyEntry {
  std::string_view code;  // without "~" and "/100"
  bool hundredth = false;
  bool from_context = false;
};
CurrencyEntry read_currency_entry(std::string_view value);

// The context of `text`; `dollar` is the code a bare "$" stands for, or "" to decide it
// from the text (article_dollar()).
ArticleContext read_article_context(std::string_view text, const Lexicon& lexicon,
                                    const std::string& dollar);

// The ISO code a bare dollar stands for in `text`: the code whose markers ("Toronto",
// "C$", "dollars canadiens") occur there most, else "USD".
std::string article_dollar(std::string_view text, const Lexicon& lexicon);

// Whether `span` overlaps one of `spans`, which are in text order and do not overlap one
// another. O(log n).
bool overlaps_sorted(const std::vector<Span>& spans, Span span);

inline bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace claims
