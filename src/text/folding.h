// The one definition of white space and of word folding that every stage uses.
//
// Vocabularies are looked up in folded form: "Près  de" and "près de" are one entry, as are
// "s’envole" and "s'envole". Keys are made ASCII: "cabinets vétérinaires" and "Cabinets
// Vétérinaires" give one key.
//
// Costs: linear in the text; ICU only for non-ASCII input.
//
//   fold_words("Près\u00A0DE")          // "près de"
//   key_from_noun("cabinets vétérinaires")  // "cabinets_veterinaires"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claims {

// The width in bytes of the white-space character `text` starts with, 0 if it starts with
// none: ASCII space, tab and line breaks, and the no-break (U+00A0), narrow no-break
// (U+202F) and thin (U+2009) spaces that typeset figures use.
std::size_t space_width(std::string_view text);

// `text` on one line: every run of white space (space_width()) one space, none at either end.
std::string squeeze_spaces(std::string_view text);

// Lower-cases (ICU, root locale), turns every run of white space into one space, trims,
// and writes apostrophes as "'": the form vocabularies are kept in.
std::string fold_words(std::string_view text);

// A key made of words: ASCII, accents dropped, lower case, "_" between words
// ("cabinets vétérinaires" -> "cabinets_veterinaires").
std::string key_from_noun(std::string_view noun);

}  // namespace claims
