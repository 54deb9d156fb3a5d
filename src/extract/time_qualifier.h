// When a sentence dates its figures: "in February 2022" -> "2022-02", "au troisième
// trimestre 2023" -> "2023-Q3", "H1 2024" -> "2024-H1", "en 2023" -> "2023", "a year
// earlier" -> "previous_year". A claim's as_of is the date nearest to it in its clause, else
// in its sentence.
//
// The language's {as_of} sub-pattern (rules/<lang>/language.toml) finds the dates; its
// groups are read by role, from the start of their names: "month" ([months]), "quarter"
// and "half" (a digit, or a word of [ordinals]), "year", "relative" ([relative_dates]). A
// month, quarter or half written without its year takes the year the sentence names, when
// it names one only ("in March, ... in 2023"); else it stays partial ("--03", "Q3").
//
// Costs: one regex pass per sentence that holds claims, a few look-ups per date.
//
//   std::vector<DateMention> dates = dates_in(text, sentence, lexicon);
//   std::string as_of = nearest_date(dates, claim.text);  // "2022-02"
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace claims {

struct DateMention {
  Span span;          // the words that date it: "in February 2022"
  std::string as_of;  // normalised: "2022-02", "2023-Q3", "2024-H1", "2023", "previous_year"
};

// The dates `sentence` of `text` names, in text order; none when the lexicon has no {as_of}.
std::vector<DateMention> dates_in(std::string_view text, Span sentence, const Lexicon& lexicon);

// The as_of of the date nearest to `figure` in `text` that does not overlap it: one in the
// same clause (no ", ", "; " or parenthesis between them) first; a date after the figure
// wins a tie. "" when there is none.
std::string nearest_date(std::string_view text, const std::vector<DateMention>& dates, Span figure);

}  // namespace claims
