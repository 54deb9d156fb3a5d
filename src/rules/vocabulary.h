// Sub-patterns written from vocabulary tables, so that every word is written once.
//
// A lexicon's [generated] table names the sub-patterns to write and the table each comes
// from:
//
//   [generated]
//   fall = { table = "directions", value = "-", inflected = true }
//
// makes {fall} an alternation of every [directions] entry of value "-", longest first,
// each word's spaces as {sp}+ and its apostrophes as either form. An inflected entry of
// one word ("reculer") becomes the part of it that its Snowball stem keeps ("recul"), then
// the language's {inflection} endings: "recule", "reculait", "reculé", "reculer" all match,
// and Lexicon::inflected_value() gives any of them the entry's value.
//
// Costs: at load time, one stem per inflected entry; nothing at match time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/stemmer.h"
#include "rules/rule_set.h"

namespace claims {

// Writes every [generated] sub-pattern of `lexicon` into its patterns; problems (an unknown
// table or stemmer, a name also written by hand, two entries of one stem with different
// values) go to `errors`, at the [generated] entry.
void write_generated_patterns(Lexicon& lexicon, std::vector<Diagnostic>& errors);

// `word` (folded) as a regex: metacharacters escaped, spaces as {sp}+, an apostrophe as
// either form.
std::string word_pattern(std::string_view word);

// The part of `word` (folded) that its stem keeps, accents aside ("fléchissant" ->
// "fléch"); the whole word when the stem is short (under four letters) or is no part of it
// ("rising" -> "rise").
std::string stem_prefix(const Stemmer& stemmer, std::string_view word);

}  // namespace claims
