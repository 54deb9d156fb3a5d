// Stage 5: the text of a number -> its value, with ICU.
//
// Digits are read with ICU's NumberFormat after the decimal mark is decided from the
// number's shape ("9,100" vs "2,3" vs "966,00"); words with ICU's spell-out rules in lenient
// mode, trying the language's locales in turn ("fr", then "fr_CH" for "septante").
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class NumberFormat;
U_NAMESPACE_END

namespace claims {

// An ASCII digit: what every stage means by a digit in a figure.
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The words a language writes numbers with beyond what ICU's spell-out rules read: the
// [numbers] table of rules/<lang>/language.toml, one member per key of the same name. Words
// are written in lower case, as the parser compares them after lower-casing ASCII letters;
// a word of several words has single spaces ("out of"). An empty list turns its form off:
// a language without [numbers] reads only digits and what ICU spells out.
struct NumberWords {
  // Between two numbers, a division, tried in this order at the last place each stands:
  // "one over three", "un sur trois".
  std::vector<std::string> ratio_words;
  // Those of ratio_words whose first number is a part of the second, so smaller than it:
  // "two out of five" (and "five out of two" is no number).
  std::vector<std::string> part_words;
  // Between a whole number and its decimals in words: "two point five", "deux virgule cinq".
  std::vector<std::string> decimal_words;
  // In the decimals after a decimal word, a word that makes them read digit by digit:
  // "point zero three" is .03 where "virgule cinquante-deux" is .52.
  std::vector<std::string> zero_words;
  // The last word of a count of dozens, tried in this order: "three dozens", "5 dzs".
  std::vector<std::string> dozen_words;
  // Counts before a dozen word that are no number, in dozens: "a" = 1, "half a" = 0.5.
  std::map<std::string, double, std::less<>> dozen_counts;
  // Between a whole number and a fraction, tried in this order; the first that stands in
  // the text decides: "three and a half", "trois et un cinquième".
  std::vector<std::string> joint_words;
  // Between a fraction and the scale word after it, each taken off in this order: "two
  // thirds of a million", "deux tiers d'un million".
  std::vector<std::string> scale_links;
  // Scale words after a fraction or after digits, and their power of ten ("million" = 6,
  // "lakh" = 5). A long-scale language gives "billion" 12 and "trillion" 18.
  std::map<std::string, int, std::less<>> scale_words;
  // Words of a fraction that ICU's ordinal rules do not write, and their denominator:
  // "half" = 2, "quarters" = 4, "tiers" = 3. Other ordinals ("third", "cinquième") are
  // ICU's.
  std::map<std::string, double, std::less<>> fraction_words;
  // Fraction words read alone before a scale word, with their denominator: "half million".
  // (fraction_words reads them too, except where the parser's bound on nesting stops it.)
  std::map<std::string, double, std::less<>> scale_fractions;
  // Words that stand for one before a fraction word: "a third", "une demie".
  std::vector<std::string> one_words;
  // Words ICU's spell-out rules do not know, replaced wherever they stand by one they do:
  // nought = "zero".
  std::map<std::string, std::string, std::less<>> aliases;
  // Articles that stand for one before the words of article_scales: "a hundred".
  std::vector<std::string> articles;
  // Words that an article before them makes a number, as one_word does: "a hundred",
  // "an thousand", "a dozen" (and whatever begins with them: "a millionth").
  std::vector<std::string> article_scales;
  // Words that take one_word before them when a number starts with them and goes on:
  // "hundred thousand" is "one hundred thousand".
  std::vector<std::string> bare_scales;
  // The word for one that ICU's spell-out rules read, put in place of an article: "one".
  std::string one_word;
};

class NumberParser {
 public:
  // `decimal_mark` settles a lone separator before exactly three digits: "1,234" is
  // 1234 where the language's decimal mark is "." and 1.234 where it is ","; `words` are the
  // language's number words beyond ICU's (its lexicon's [numbers]).
  NumberParser(const std::vector<std::string>& spellout_locales, char decimal_mark,
               NumberWords words);
  ~NumberParser();
  NumberParser(const NumberParser&) = delete;
  NumberParser& operator=(const NumberParser&) = delete;

  // The exact decimal value of `text` ("9 100" -> "9100", "2,3" -> "2.3",
  // "trente-neuf" -> "39"), or nothing when `text` is not wholly a number. Fractions
  // ("a third", "trois cinquièmes", "10 1/2", "one over three"), decimals in words
  // ("two point five", "deux virgule cinq"), exponents ("1.3e6", "1.1^23"), dozens and
  // "and a half" are read too; their value is then the nearest double, not exact.
  std::optional<std::string> parse_decimal(std::string_view text) const;

  // The value of `text` times 10^exponent, rounded once ("1.2" with 9 -> 1200000000).
  std::optional<double> parse(std::string_view text, int exponent = 0) const;

 private:
  std::optional<std::string> parse_digits(std::string_view text) const;
  std::optional<std::string> parse_words(std::string_view text) const;
  // The slow path of parse_decimal: words, fractions, exponents (ICU's spell-out rules).
  std::optional<std::string> parse_spelled(const std::string& clean, bool has_digit) const;
  // The value of `text`, trying each form in turn (`depth` bounds the recursion).
  std::optional<double> parse_value(std::string_view text, int depth) const;
  // "one over three", "un sur trois"; with `out_of`, "two out of five" (a part, less than all).
  std::optional<double> parse_ratio(std::string_view numerator_text,
                                    std::string_view denominator_text, bool out_of,
                                    int depth) const;
  // `base` to the `power` ("-1.1^23"), or its mantissa times 10 to it ("6.23x10^-4").
  std::optional<double> parse_power(std::string_view base, std::string_view power) const;
  // A mantissa and an exponent of ten, "1.3e6" or "-12e-1"; nothing for other text.
  std::optional<double> parse_exponent(std::string_view text) const;
  // "-4/5", "2 1/4": the whole number and numerator `left` of the slash, the denominator right.
  std::optional<double> parse_slash_fraction(std::string_view left, std::string_view right) const;
  // What parse_digits reads, as a double.
  std::optional<double> digits_value(std::string_view text) const;
  // The value of `text` that has letters: words, digits among words, fractions in words.
  std::optional<double> parse_word_value(std::string_view text, int depth) const;
  // Cardinal words ("twenty-one"); nothing when the last word is an ordinal ("two thirds").
  std::optional<double> parse_cardinal_words(const std::string& words) const;
  // "3 hundred and 21" read as "three hundred and twenty-one"; "1,674.5 million".
  std::optional<double> parse_digits_among_words(const std::string& words, int depth) const;
  // The tokens joined with each figure in words ("3" -> "three"); nothing for a figure not whole.
  std::optional<std::string> spell_out_digits(const std::vector<std::string_view>& tokens) const;
  // The words either side of "point" or "virgule": "two point five", "deux virgule cinq".
  std::optional<double> parse_decimal_words(std::string_view whole_words,
                                            std::string_view decimal_words, int depth) const;
  // `count` dozens: "a", "half a", "three" (figures are spelled out first, "5 dzs").
  std::optional<double> parse_dozens(std::string_view count, int depth) const;
  // A fraction before a scale word: "half million", "two thirds of a million"; else nothing.
  std::optional<double> parse_scaled_fraction(std::string_view text, int depth) const;
  // A number and a fraction: "three and a half", "five and a half million", "3 million and a half".
  std::optional<double> parse_and_fraction(std::string_view before, std::string_view after,
                                           int depth) const;
  std::optional<double> parse_fraction(std::string_view text, int depth) const;
  std::optional<double> ordinal_value(std::string_view word) const;
  // The power of ten of a scale word ("million" -> 6), or 0 for any other word.
  int scale_power(std::string_view word) const;
  // Number words as ICU's spell-out rules read them: aliases replaced, an article before a
  // scale word made one_word.
  std::string words_for_icu(std::string_view text) const;

  char decimal_mark_;
  NumberWords words_;
  std::unique_ptr<icu::NumberFormat> point_decimal_;  // reads "1,234.5"
  std::unique_ptr<icu::NumberFormat> comma_decimal_;  // reads "1 234,5" and "1.234,5"
  std::vector<std::unique_ptr<icu::NumberFormat>> spellout_;
  // Spell-out parsing is ICU's slowest path and news repeats a small set of number words
  // ("two", "trois", "a third"), so parse_decimal remembers what it read through it
  // (bounded, thread-safe).
  mutable std::mutex words_mutex_;
  mutable std::unordered_map<std::string, std::optional<std::string>> words_cache_;
};

// Writes a value as a spreadsheet reads it: "9100", "2.3", "1200000000", "-12", "0.35".
std::string format_number(double value);

}  // namespace claims
