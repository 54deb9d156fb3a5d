#include "numbers/number_parser.h"

#include <unicode/normalizer2.h>
#include <unicode/numfmt.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

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

// ICU writes some decimals in scientific notation ("1.250005E+5"); this writes them out
// ("125000.5"), exactly, shifting the point in the digits.
std::string plain_decimal(std::string digits) {
  auto e = digits.find_first_of("Ee");
  if (e == std::string::npos) return digits;
  int shift = std::atoi(digits.c_str() + e + 1);
  digits.resize(e);
  std::string sign;
  if (!digits.empty() && digits[0] == '-') {
    sign = "-";
    digits.erase(0, 1);
  }
  auto point = digits.find('.');
  if (point == std::string::npos) point = digits.size();
  std::string bare =
      digits.substr(0, point) + (point < digits.size() ? digits.substr(point + 1) : "");
  long at = static_cast<long>(point) + shift;
  if (at <= 0) {
    bare.insert(0, static_cast<std::size_t>(-at) + 1, '0');
    at = 1;
  }
  if (static_cast<std::size_t>(at) >= bare.size()) {
    bare.append(static_cast<std::size_t>(at) - bare.size(), '0');
    return sign + bare;
  }
  return sign + bare.substr(0, static_cast<std::size_t>(at)) + "." +
         bare.substr(static_cast<std::size_t>(at));
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
  return plain_decimal(std::string(digits.data(), static_cast<std::size_t>(digits.size())));
}

// Writes `text` ("9,100", "1 250,5", "1'200") as a plain decimal ("9100", "1250.5") when it
// holds only ASCII digits, spaces, apostrophes and the marks "." and ","; `decimal` is the
// decimal mark (0 for none). Groups must have three digits, as ICU's reading requires.
bool ascii_decimal(std::string_view text, char decimal, std::string& out) {
  out.clear();
  std::size_t group = 0;  // digits since the last grouping mark
  bool grouped = false, fraction = false;
  for (char c : text) {
    if (is_digit(c)) {
      out += c;
      ++group;
    } else if (c == decimal && !fraction) {
      if (out.empty() || (grouped && group != 3)) return false;
      out += '.';
      fraction = true;
    } else if ((c == '.' || c == ',' || c == ' ' || c == '\'') && !fraction) {
      if (out.empty() || (grouped ? group != 3 : group > 3)) return false;
      grouped = true;
      group = 0;
    } else {
      return false;
    }
  }
  if (out.empty() || out.back() == '.' || (grouped && !fraction && group != 3)) return false;
  while (out.size() > 1 && out[0] == '0' && out[1] != '.') out.erase(0, 1);
  if (fraction) {  // "966.00" -> "966", "2.30" -> "2.3", as ICU writes them
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return true;
}

// Lower case, every kind of space as one ASCII space, no spaces around a hyphen
// ("fifty - two" -> "fifty-two"), trimmed.
std::string normalise(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t width = 0;
    if (text[i] == ' ' || text[i] == '\t') width = 1;
    for (std::string_view wide : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"})
      if (text.substr(i, wide.size()) == wide) width = wide.size();
    if (width > 0) {
      space = true;
      i += width - 1;
      continue;
    }
    char c = text[i];
    if (c == '-' && !out.empty() && out.back() != '-' && !is_digit(out.back()) &&
        !(i + 1 < text.size() && is_digit(text[i + 1]))) {
      space = false;  // a hyphen between words swallows the spaces around it
      out += '-';
      while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
      continue;
    }
    if (space && !out.empty() && out.back() != '-') out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// Lower case without accents ("Cinquième" -> "cinquieme"), to compare words.
std::string fold_accents(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(text, status) : text;
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    char16_t c = decomposed.charAt(i);
    if (c < 0x300 || c > 0x36F) bare.append(c);
  }
  std::string out;
  bare.toLower().toUTF8String(out);
  return out;
}

// Splits at the last occurrence of ` word ` (surrounded by spaces).
bool split_last(std::string_view text, std::string_view word, std::string_view& before,
                std::string_view& after) {
  std::string needle(1, ' ');  // appended, not " " + word: g++ 12 -O3 warns (-Wrestrict)
  needle += word;
  needle += ' ';
  auto at = text.rfind(needle);
  if (at == std::string_view::npos) return false;
  before = text.substr(0, at);
  after = text.substr(at + needle.size());
  return !before.empty() && !after.empty();
}

std::string to_decimal(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

// Whether `word` is one of `words`.
bool is_one_of(std::string_view word, const std::vector<std::string>& words) {
  for (const auto& candidate : words)
    if (word == candidate) return true;
  return false;
}

// The value of `word` in `table`, or nothing.
template <typename Value>
std::optional<Value> lookup(const std::map<std::string, Value, std::less<>>& table,
                            std::string_view word) {
  if (auto found = table.find(word); found != table.end()) return found->second;
  return std::nullopt;
}

// Whether `text` has a letter: lower-case ASCII or any byte of a non-ASCII character.
bool has_letter(std::string_view text) {
  bool has_letter = false;
  for (char c : text)
    has_letter = has_letter || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  return has_letter;
}

// "½", "⅔": one character with a numeric value in Unicode; nothing for any other text.
std::optional<double> parse_unicode_fraction(std::string_view text) {
  if (icu::UnicodeString single = icu::UnicodeString::fromUTF8(text);
      single.countChar32() == 1 && static_cast<unsigned char>(text[0]) >= 0x80) {
    double numeric = u_getNumericValue(single.char32At(0));
    if (numeric != U_NO_NUMERIC_VALUE) return numeric;
  }
  return std::nullopt;
}

// Whether `text` starts with `word` and a space.
bool starts_with_word(std::string_view text, std::string_view word) {
  return text.size() > word.size() && text.starts_with(word) && text[word.size()] == ' ';
}

// The parts of `text` between single spaces ("3 hundred" -> "3", "hundred").
std::vector<std::string_view> split_spaces(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    tokens.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return tokens;
}

}  // namespace

NumberParser::NumberParser(const std::vector<std::string>& spellout_locales, char decimal_mark,
                           NumberWords words)
    : decimal_mark_(decimal_mark),
      words_(std::move(words)),
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

int NumberParser::scale_power(std::string_view word) const {
  return lookup(words_.scale_words, word).value_or(0);
}

// "nought" is "zero", and "a hundred" and "hundred thousand" get their "one" (in English).
std::string NumberParser::words_for_icu(std::string_view text) const {
  std::string words(text);
  for (const auto& [alias, word] : words_.aliases) {
    if (alias.empty()) continue;
    for (auto at = words.find(alias); at != std::string::npos;
         at = words.find(alias, at + word.size()))
      words.replace(at, alias.size(), word);
  }
  auto article = words_.articles.begin();
  while (article != words_.articles.end() && !starts_with_word(words, *article)) ++article;
  std::string with_one = words_.one_word;  // appended, not "x" + y: g++ 12 -O3 (-Wrestrict)
  with_one += ' ';
  if (article != words_.articles.end()) {
    std::string_view rest = std::string_view(words).substr(words.find(' ') + 1);
    for (const auto& scale : words_.article_scales)
      if (rest.starts_with(scale)) return with_one += rest;
  } else {
    for (const auto& scale : words_.bare_scales)
      if (starts_with_word(words, scale)) return with_one += words;  // "hundred thousand"
  }
  return words;
}

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
    // Both marks: the other one only groups ("125.000,50", "1,234.5"); ICU's French format
    // does not take "." as a grouping mark everywhere, so read it without its grouping.
    std::string plain;
    for (char c : text) {
      if (c == decimal)
        plain += '.';
      else if (c != '.' && c != ',')
        plain += c;
    }
    if (point_decimal_ == nullptr || plain.find('.') != plain.rfind('.')) return std::nullopt;
    return parse_whole(*point_decimal_, plain);
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
  // The common case, ASCII digits with ASCII or space grouping, needs no ICU once the
  // decimal mark is known: the grouping marks go and the decimal mark becomes ".". ICU
  // reads everything else (other digit scripts, other marks); tests check both agree.
  if (std::string plain; ascii_decimal(text, decimal, plain)) return plain;
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
    if (auto result = parse_whole(*format, text)) return result;
  return std::nullopt;
}

std::optional<std::string> NumberParser::parse_decimal(std::string_view text) const {
  std::string clean = normalise(text);
  if (clean.empty()) return std::nullopt;
  bool has_digit = false, has_letter = false;
  for (char c : clean) {
    has_digit = has_digit || is_digit(c);
    has_letter = has_letter || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  }
  // Plain digits stay exact.
  if (has_digit && clean.find_first_of("/^e") == std::string::npos && !has_letter) {
    if (auto digits = parse_digits(clean)) return digits;
  }
  if (!has_digit && !has_letter) {
    if (auto digits = parse_digits(clean)) return digits;
  }
  {
    std::lock_guard<std::mutex> lock(words_mutex_);
    if (auto found = words_cache_.find(clean); found != words_cache_.end()) return found->second;
  }
  auto result = parse_spelled(clean, has_digit);
  std::lock_guard<std::mutex> lock(words_mutex_);
  if (words_cache_.size() >= 4096) words_cache_.clear();
  words_cache_.emplace(std::move(clean), result);
  return result;
}

std::optional<std::string> NumberParser::parse_spelled(const std::string& clean,
                                                       bool has_digit) const {
  auto value = parse_value(clean, 0);
  if (!value || !std::isfinite(*value)) return std::nullopt;
  // Whole numbers read through words are exact as ICU gives them.
  if (!has_digit && *value == std::floor(*value) && std::fabs(*value) < 1e15)
    if (auto exact = parse_words(clean)) return exact;
  return to_decimal(*value);
}

std::optional<double> NumberParser::parse_value(std::string_view text, int depth) const {
  if (depth > 6 || text.empty()) return std::nullopt;
  std::string_view before, after;
  // "one over three", "two out of five hundred", "un sur trois".
  for (const auto& word : words_.ratio_words)
    if (split_last(text, word, before, after))
      return parse_ratio(before, after, is_one_of(word, words_.part_words), depth);
  // "-1.1^23", "6.23x10^-4", "1.3e6", "-12e-1".
  if (auto caret = text.find('^'); caret != std::string_view::npos)
    return parse_power(text.substr(0, caret), text.substr(caret + 1));
  if (auto value = parse_exponent(text)) return value;
  // "-4/5", "2 1/4", "10 1/2".
  if (auto slash = text.find('/'); slash != std::string_view::npos)
    return parse_slash_fraction(text.substr(0, slash), text.substr(slash + 1));
  // "½", "⅔": one character with a numeric value in Unicode.
  if (auto value = parse_unicode_fraction(text)) return value;
  if (!has_letter(text)) return digits_value(text);
  return parse_word_value(text, depth);
}

std::optional<double> NumberParser::parse_ratio(std::string_view numerator_text,
                                                std::string_view denominator_text, bool out_of,
                                                int depth) const {
  auto numerator = parse_value(numerator_text, depth + 1),
       denominator = parse_value(denominator_text, depth + 1);
  if (!numerator || !denominator || *denominator == 0) return std::nullopt;
  if (out_of && std::fabs(*numerator) >= std::fabs(*denominator)) return std::nullopt;
  return *numerator / *denominator;
}

std::optional<double> NumberParser::parse_power(std::string_view base,
                                                std::string_view power) const {
  bool negative_power = false;
  while (!power.empty() && (power[0] == '-' || power[0] == '+')) {
    negative_power = negative_power != (power[0] == '-');
    power.remove_prefix(1);
  }
  auto x10 = base.find("x10");
  auto p = digits_value(power);
  if (!p) return std::nullopt;
  double exponent = *p * (negative_power ? -1 : 1);
  if (x10 != std::string_view::npos && x10 + 3 == base.size()) {
    auto mantissa = digits_value(base.substr(0, x10));
    if (!mantissa) return std::nullopt;
    return *mantissa * std::pow(10.0, exponent);
  }
  bool negative = !base.empty() && base[0] == '-';
  if (negative) base.remove_prefix(1);
  auto b = digits_value(base);
  if (!b) return std::nullopt;
  double result = std::pow(*b, exponent);
  return negative ? -result : result;
}

std::optional<double> NumberParser::parse_exponent(std::string_view text) const {
  if (auto e = text.find('e');
      e != std::string_view::npos && e > 0 && is_digit(text[e - 1]) && e + 1 < text.size()) {
    auto mantissa = digits_value(text.substr(0, e));
    std::string_view power = text.substr(e + 1);
    if (mantissa && !power.empty()) {
      char* end = nullptr;
      std::string p(power);
      double exponent = std::strtod(p.c_str(), &end);
      if (end == p.c_str() + p.size()) return *mantissa * std::pow(10.0, exponent);
    }
  }
  return std::nullopt;
}

std::optional<double> NumberParser::parse_slash_fraction(std::string_view left,
                                                         std::string_view right) const {
  double whole = 0;
  bool negative = !left.empty() && left[0] == '-';
  if (negative) left.remove_prefix(1);
  while (!left.empty() && left[0] == ' ') left.remove_prefix(1);
  if (auto space = left.rfind(' '); space != std::string_view::npos) {
    auto w = digits_value(left.substr(0, space));
    if (!w) return std::nullopt;
    whole = *w;
    left = left.substr(space + 1);
  }
  auto numerator = digits_value(left), denominator = digits_value(right);
  if (!numerator || !denominator || *denominator == 0) return std::nullopt;
  double result = whole + *numerator / *denominator;
  return negative ? -result : result;
}

std::optional<double> NumberParser::digits_value(std::string_view text) const {
  auto digits = parse_digits(text);
  if (!digits) return std::nullopt;
  return std::strtod(digits->c_str(), nullptr);
}

std::optional<double> NumberParser::parse_word_value(std::string_view text, int depth) const {
  std::string words = words_for_icu(text);
  if (auto cardinal = parse_cardinal_words(words)) return cardinal;
  // Digits among words: "3 hundred and 21" is read as ICU writes it, "three hundred and
  // twenty-one"; "1,674.5 million" as a number times its scale.
  if (words.find_first_of("0123456789") != std::string::npos && !spellout_.empty())
    return parse_digits_among_words(words, depth);
  std::string_view view = words, before, after;
  // Decimals in words: "two hundred point zero three", "deux virgule cinq".
  for (const auto& mark : words_.decimal_words)
    if (split_last(view, mark, before, after)) return parse_decimal_words(before, after, depth);
  // Dozens: "a dozen", "three dozens", "half a dozen", "5 dzs".
  for (const auto& dozen : words_.dozen_words)
    if (view.size() > dozen.size() && view.ends_with(dozen) &&
        view[view.size() - dozen.size() - 1] == ' ')
      return parse_dozens(view.substr(0, view.size() - dozen.size() - 1), depth);
  // A scale after a fraction: "half million", "two thirds of a million", "five and a half
  // million".
  if (auto value = parse_scaled_fraction(view, depth)) return value;
  // "three and a half", "one hundred and three and two thirds", "trois et un cinquième",
  // "3 million and a half".
  for (const auto& joint : words_.joint_words) {
    if (!split_last(view, joint, before, after)) continue;
    if (auto value = parse_and_fraction(before, after, depth)) return value;
    break;  // the first joint decides; without a fraction after it, `view` may still be one
  }
  if (auto fraction = parse_fraction(view, depth + 1)) return fraction;
  return std::nullopt;
}

std::optional<double> NumberParser::parse_cardinal_words(const std::string& words) const {
  // A last word that is an ordinal makes a fraction ("a hundredth", "two thirds"), which
  // lenient cardinal parsing would misread.
  std::string_view last_word = words;
  if (auto space = last_word.find_last_of(" -"); space != std::string_view::npos)
    last_word = last_word.substr(space + 1);
  // (An ordinal alone, "the tenth", is a rank: ICU reads it as 10.)
  bool ends_in_ordinal = last_word.size() < words.size() && ordinal_value(last_word).has_value();
  if (!ends_in_ordinal)
    if (auto exact = parse_words(words)) return std::strtod(exact->c_str(), nullptr);
  return std::nullopt;
}

std::optional<double> NumberParser::parse_digits_among_words(const std::string& words,
                                                             int depth) const {
  std::vector<std::string_view> tokens = split_spaces(words);
  if (tokens.size() == 2 && is_digit(tokens[0][0]) && scale_power(tokens[1]) > 0) {
    auto d = digits_value(tokens[0]);
    if (!d) return std::nullopt;
    return *d * std::pow(10.0, scale_power(tokens[1]));
  }
  auto spelled = spell_out_digits(tokens);
  if (spelled && *spelled != words) return parse_value(*spelled, depth + 1);
  return std::nullopt;
}

std::optional<std::string> NumberParser::spell_out_digits(
    const std::vector<std::string_view>& tokens) const {
  std::string spelled;
  for (std::string_view token : tokens) {
    if (!spelled.empty()) spelled += ' ';
    if (!is_digit(token[0])) {
      spelled += token;
      continue;
    }
    auto d = parse_digits(token);
    if (!d || d->find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    icu::UnicodeString written;
    spellout_.front()->format(static_cast<int64_t>(std::strtoll(d->c_str(), nullptr, 10)), written);
    std::string utf8;
    written.toUTF8String(utf8);
    spelled += utf8;
  }
  return spelled;
}

std::optional<double> NumberParser::parse_decimal_words(std::string_view whole_words,
                                                        std::string_view decimal_words,
                                                        int depth) const {
  auto whole = parse_value(whole_words, depth + 1);
  if (!whole) return std::nullopt;
  std::string decimals;
  std::size_t start = 0;
  // "virgule cinquante deux" is .52; "point zero three" is .03, digit by digit.
  bool digit_by_digit = false;
  for (const auto& zero : words_.zero_words)
    digit_by_digit = digit_by_digit || decimal_words.find(zero) != std::string_view::npos;
  if (auto all = parse_words(decimal_words);
      all && !digit_by_digit && all->find_first_not_of("0123456789") == std::string::npos) {
    decimals = *all;
    start = decimal_words.size() + 1;
  }
  while (start <= decimal_words.size()) {
    std::size_t end = decimal_words.find(' ', start);
    if (end == std::string_view::npos) end = decimal_words.size();
    auto digit = parse_words(decimal_words.substr(start, end - start));
    if (!digit || digit->find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    decimals += *digit;
    start = end + 1;
  }
  double fraction = std::strtod(("0." + decimals).c_str(), nullptr);
  return *whole < 0 ? *whole - fraction : *whole + fraction;
}

std::optional<double> NumberParser::parse_dozens(std::string_view count, int depth) const {
  if (auto dozens = lookup(words_.dozen_counts, count)) return *dozens * 12;
  auto n = parse_value(count, depth + 1);
  if (!n) return std::nullopt;
  return *n * 12;
}

std::optional<double> NumberParser::parse_scaled_fraction(std::string_view text, int depth) const {
  if (auto space = text.rfind(' '); space != std::string_view::npos) {
    if (int power = scale_power(text.substr(space + 1))) {
      std::string_view head = text.substr(0, space);
      for (const auto& link : words_.scale_links)
        if (head.size() > link.size() && head.ends_with(link) &&
            head[head.size() - link.size() - 1] == ' ')
          head.remove_suffix(link.size() + 1);
      if (auto fraction = parse_fraction(head, depth + 1)) return *fraction * std::pow(10.0, power);
      if (auto denominator = lookup(words_.scale_fractions, head))
        return std::pow(10.0, power) / *denominator;
    }
  }
  return std::nullopt;
}

std::optional<double> NumberParser::parse_and_fraction(std::string_view before,
                                                       std::string_view after, int depth) const {
  // "five and a half million", "one billion and three quarters million".
  if (auto space = after.rfind(' '); space != std::string_view::npos) {
    if (int power = scale_power(after.substr(space + 1))) {
      auto part = parse_fraction(after.substr(0, space), depth + 1);
      auto whole = parse_value(before, depth + 1);
      if (part && whole) {
        auto last = before.rfind(' ');
        bool scaled = last != std::string_view::npos && scale_power(before.substr(last + 1)) > 0;
        return scaled ? *whole + *part * std::pow(10.0, power)
                      : (*whole + *part) * std::pow(10.0, power);
      }
    }
  }
  auto fraction = parse_fraction(after, depth + 1);
  if (!fraction) return std::nullopt;
  auto whole = parse_value(before, depth + 1);
  if (!whole) return std::nullopt;
  // After a scale word the fraction is of that scale: "3 million and a half".
  if (auto space = before.rfind(' '); space != std::string_view::npos)
    if (int power = scale_power(before.substr(space + 1)))
      return *whole + *fraction * std::pow(10.0, power);
  return *whole + *fraction;
}

// "a third", "two thirds", "trois cinquièmes", "one-eighth", "un demi".
std::optional<double> NumberParser::parse_fraction(std::string_view text, int depth) const {
  if (depth > 6) return std::nullopt;
  auto cut = text.find_last_of(" -");
  std::string_view last = cut == std::string_view::npos ? text : text.substr(cut + 1);
  std::string_view head = cut == std::string_view::npos ? std::string_view() : text.substr(0, cut);
  auto denominator = ordinal_value(last);
  if (!denominator) return std::nullopt;
  double numerator = 1;
  if (!head.empty() && !is_one_of(head, words_.one_words)) {
    auto n = parse_value(head, depth + 1);
    if (!n) return std::nullopt;
    numerator = *n;
  }
  return numerator / *denominator;
}

// The number an ordinal or a fraction word stands for: "third" and "thirds" -> 3,
// "cinquième" -> 5, "half" -> 2; nothing for a cardinal ("five") or another word.
std::optional<double> NumberParser::ordinal_value(std::string_view word) const {
  if (auto denominator = lookup(words_.fraction_words, word)) return denominator;
  for (std::string_view form :
       {word, word.ends_with("s") ? word.substr(0, word.size() - 1) : std::string_view()}) {
    if (form.empty()) continue;
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(form);
    std::string folded = fold_accents(unicode);
    // What the word may stand for: the word read whole, or (lenient parsing stops short of
    // "trillionth") the cardinal under it, "trillion" or "one hundred"; each is checked
    // below against what the ordinal rules write.
    std::vector<icu::UnicodeString> readings = {unicode};
    if (form.ends_with("th")) {
      icu::UnicodeString cardinal = icu::UnicodeString::fromUTF8(form.substr(0, form.size() - 2));
      readings.push_back(cardinal);
      readings.push_back(u"one " + cardinal);
    }
    for (const auto& format : spellout_) {
      auto* rules = dynamic_cast<icu::RuleBasedNumberFormat*>(format.get());
      if (rules == nullptr) continue;
      for (const auto& reading : readings) {
        icu::Formattable result;
        icu::ParsePosition position(0);
        rules->parse(reading, result, position);
        if (position.getIndex() != reading.length()) continue;
        UErrorCode status = U_ZERO_ERROR;
        double value = result.getDouble(status);
        // Beyond int64 there is no ordinal to compare with (and the cast would overflow).
        if (U_FAILURE(status) || value < 2 || value != std::floor(value) || value >= 0x1p63)
          continue;
        // An ordinal is what the ordinal rules write for that value.
        for (int32_t i = 0; i < rules->getNumberOfRuleSetNames(); ++i) {
          icu::UnicodeString name = rules->getRuleSetName(i);
          if (name.indexOf(u"ordinal") < 0) continue;
          icu::UnicodeString written;
          status = U_ZERO_ERROR;
          icu::FieldPosition field;
          rules->format(static_cast<int64_t>(value), name, written, field, status);
          // ICU writes "one hundredth", "one trillionth"; "hundredth" is the same word.
          std::string ordinal = U_SUCCESS(status) ? fold_accents(written) : std::string();
          if (ordinal == folded || ordinal == "one " + folded || ordinal == "one-" + folded)
            return value;
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<double> NumberParser::parse(std::string_view text, int exponent) const {
  auto decimal = parse_decimal(text);
  if (!decimal) return std::nullopt;
  // Scaling in the decimal string keeps "1.2" billion exactly 1200000000; a value in
  // scientific notation ("1e-12") takes the exponent into its own.
  std::string scaled = *decimal;
  if (auto e = scaled.find_first_of("eE"); e != std::string::npos) {
    int own = std::atoi(scaled.c_str() + e + 1);
    scaled = scaled.substr(0, e) + "e" + std::to_string(own + exponent);
  } else {
    scaled += 'e';
    scaled += std::to_string(exponent);
  }
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
