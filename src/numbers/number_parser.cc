#include "numbers/number_parser.h"

#include <unicode/numfmt.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace claims {
namespace {

std::unique_ptr<icu::NumberFormat> decimal_format(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberFormat> format(
      icu::NumberFormat::createInstance(icu::Locale(locale), status));
  if (U_FAILURE(status)) return nullptr;
  format->setLenient(true);  // accepts any of the spaces, "'" and "’" as grouping
  return format;
}

// Parses all of `text` with `format`, or nothing.
std::optional<std::string> parse_whole(const icu::NumberFormat& format, std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  icu::Formattable result;
  icu::ParsePosition position(0);
  format.parse(unicode, result, position);
  if (position.getIndex() != unicode.length()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  icu::StringPiece digits = result.getDecimalNumber(status);
  if (U_FAILURE(status) || digits.empty()) return std::nullopt;
  return std::string(digits.data(), static_cast<std::size_t>(digits.size()));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

NumberParser::NumberParser(const std::vector<std::string>& spellout_locales, char decimal_mark)
    : decimal_mark_(decimal_mark),
      point_decimal_(decimal_format("en")),
      comma_decimal_(decimal_format("fr")) {
  for (const auto& name : spellout_locales) {
    UErrorCode status = U_ZERO_ERROR;
    auto rules = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                              icu::Locale(name.c_str()), status);
    if (U_FAILURE(status)) continue;
    rules->setLenient(true);
    spellout_.push_back(std::move(rules));
  }
}

NumberParser::~NumberParser() = default;

std::optional<std::string> NumberParser::parse_digits(std::string_view text) const {
  // Decide which of "." and "," is the decimal mark from where they stand.
  std::size_t last_point = text.rfind('.'), last_comma = text.rfind(',');
  std::size_t points = 0, commas = 0;
  for (char c : text) {
    points += c == '.';
    commas += c == ',';
  }
  char decimal = 0;
  if (points > 0 && commas > 0) {
    decimal = last_point > last_comma ? '.' : ',';
  } else if (points == 1 || commas == 1) {
    std::size_t at = points == 1 ? last_point : last_comma;
    char mark = text[at];
    std::size_t digits_after = 0;
    while (at + 1 + digits_after < text.size() && is_digit(text[at + 1 + digits_after]))
      ++digits_after;
    bool leading_zero = at == 1 && text[0] == '0';
    // "9,100" groups in English and "1.200" in French; "2,3" and "0,125" are decimals.
    decimal = (digits_after != 3 || leading_zero || mark == decimal_mark_) ? mark : 0;
  }
  // Without a decimal mark, read it with the format whose grouping it uses.
  const icu::NumberFormat* format = nullptr;
  if (decimal == '.' || (decimal == 0 && points == 0))
    format = point_decimal_.get();
  else
    format = comma_decimal_.get();
  if (format == nullptr) return std::nullopt;
  return parse_whole(*format, text);
}

std::optional<std::string> NumberParser::parse_words(std::string_view text) const {
  for (const auto& format : spellout_)
    if (auto value = parse_whole(*format, text)) return value;
  return std::nullopt;
}

std::optional<std::string> NumberParser::parse_decimal(std::string_view text) const {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  bool has_digit = false;
  for (char c : text) has_digit = has_digit || is_digit(c);
  return has_digit ? parse_digits(text) : parse_words(text);
}

std::optional<double> NumberParser::parse(std::string_view text, int exponent) const {
  auto decimal = parse_decimal(text);
  if (!decimal) return std::nullopt;
  // Scaling in the decimal string keeps "1.2" billion exactly 1200000000.
  std::string scaled = *decimal + "e" + std::to_string(exponent);
  char* end = nullptr;
  double value = std::strtod(scaled.c_str(), &end);
  if (end != scaled.c_str() + scaled.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string format_number(double value) {
  if (value == 0) return "0";  // never "-0"
  char buffer[400];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (result.ec != std::errc()) return "0";
  return std::string(buffer, result.ptr);
}

}  // namespace claims
