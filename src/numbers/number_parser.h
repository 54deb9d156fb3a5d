// Stage 5: the text of a number -> its value, with ICU.
//
// Digits are read with ICU's NumberFormat after the decimal mark is decided from the
// number's shape ("9,100" vs "2,3" vs "966,00"); words with ICU's spell-out rules in lenient
// mode, trying the language's locales in turn ("fr", then "fr_CH" for "septante").
#pragma once

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

class NumberParser {
 public:
  // `decimal_mark` settles a lone separator before exactly three digits: "1,234" is
  // 1234 where the language's decimal mark is "." and 1.234 where it is ",".
  NumberParser(const std::vector<std::string>& spellout_locales, char decimal_mark);
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

  char decimal_mark_;
  bool long_scale_;                                   // "billion" is 10^12 (French), not 10^9
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
