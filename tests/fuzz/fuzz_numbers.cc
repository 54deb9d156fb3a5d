// libFuzzer target: the number parser of each built-in language on arbitrary strings,
// through both of its entry points. Besides crashes and sanitizer reports, it checks that
// the two agree, that values are finite, and that format_number() writes them back exactly.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numbers/number_parser.h"
#include "rules/rule_set.h"

namespace {

// One parser per language, set up from the built-in lexicons as the extractor does.
const std::vector<std::unique_ptr<claims::NumberParser>>& parsers() {
  static const auto instances = [] {
    claims::RuleSet rules;
    std::vector<claims::Diagnostic> errors;
    rules.add_defaults(errors);
    rules.compile(errors);
    if (!errors.empty()) std::abort();  // the built-in rules are broken: nothing to fuzz
    std::vector<std::unique_ptr<claims::NumberParser>> list;
    for (const char* code : {"en", "fr"}) {
      const claims::Lexicon* lexicon = rules.lexicon(code);
      if (lexicon == nullptr) std::abort();
      list.push_back(std::make_unique<claims::NumberParser>(
          lexicon->spellout_locales, lexicon->decimal_mark, lexicon->number_words));
    }
    return list;
  }();
  return instances;
}

void check(bool ok) {
  if (!ok) __builtin_trap();
}

// A decimal as parse_decimal() promises: [-]digits[.digits][e[+-]digits].
bool plain_decimal(const std::string& text) {
  std::size_t i = 0, n = text.size();
  auto digits = [&] {
    std::size_t start = i;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
    return i > start;
  };
  if (i < n && text[i] == '-') ++i;
  if (!digits()) return false;
  if (i < n && text[i] == '.' && (++i, !digits())) return false;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < n && (text[i] == '-' || text[i] == '+')) ++i;
    if (!digits()) return false;
  }
  return i == n;
}

void check_value(const std::optional<double>& value) {
  if (!value) return;
  check(std::isfinite(*value));
  // format_number() writes the shortest exact form: reading it back gives the same double.
  std::string written = claims::format_number(*value);
  check(std::strtod(written.c_str(), nullptr) == *value);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  // A scale word's power of ten (none, thousand, million, milliard, trillion), picked from
  // the input so that each input costs two parses per language: ICU's lenient spell-out
  // parsing, which every word reaches, is slow.
  static constexpr int kExponents[] = {0, 3, 6, 9, 18};
  int exponent = kExponents[size % 5];
  for (const auto& parser : parsers()) {
    std::optional<std::string> decimal = parser->parse_decimal(text);
    std::optional<double> value = parser->parse(text, exponent);
    check(!decimal || plain_decimal(*decimal));
    check(!value || decimal);  // parse() scales what parse_decimal() reads
    check_value(value);
    if (!decimal) continue;
    double exact = std::strtod(decimal->c_str(), nullptr);
    if (exponent == 0 && std::isfinite(exact)) check(value && *value == exact);
    // Scaled, away from overflow and from subnormals (where the two roundings differ).
    double magnitude = std::fabs(exact);
    if (exponent > 0 && (magnitude == 0 || (magnitude > 1e-280 && magnitude < 1e280))) {
      check(value.has_value());
      double expected = exact * std::pow(10.0, exponent);
      check(std::fabs(*value - expected) <= 1e-12 * std::fabs(expected));
    }
  }
  return 0;
}
