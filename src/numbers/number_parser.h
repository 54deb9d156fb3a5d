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
  std::optional<double> parse_value(std::string_view text, int depth) const;
  std::optional<double> parse_word_value(std::string_view text, int depth) const;
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
