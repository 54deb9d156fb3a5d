#include "extract/claim_builder.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace claims {
namespace {

// The words of a phrase, split at white space (text/folding.h).
std::vector<std::string_view> split_words(std::string_view phrase) {
  std::vector<std::string_view> words;
  std::size_t start = 0, i = 0;
  while (i <= phrase.size()) {
    std::size_t width = i < phrase.size() ? space_width(phrase.substr(i)) : 1;
    if (width == 0) {
      i += 1;
      continue;
    }
    if (i > start) words.push_back(phrase.substr(start, i - start));
    i += width;
    start = i;
  }
  return words;
}

// `"word" rest`: how a reason names the words it is about.
std::string quoted(std::string_view word, std::string_view rest) {
  std::string text;
  text.reserve(word.size() + rest.size() + 3);
  text += '"';
  text.append(word);
  text += "\" ";
  text.append(rest);
  return text;
}

bool is_lower_bound(const std::string& modifier) {
  return modifier == "over" || modifier == "at_least";
}
bool is_upper_bound(const std::string& modifier) {
  return modifier == "under" || modifier == "at_most";
}

}  // namespace

// A claim in the making, with what the steps read for the later ones.
struct ClaimBuilder::Draft {
  Draft(const RuleMatch& match, Span window, std::string& reason)
      : match(match), window(window), reason(reason) {}
  const RuleMatch& match;
  Span window;
  std::string& reason;
  Claim claim;
  int exponent = 0, exponent_max = 0;  // powers of ten the scales (and cents) give
  std::string_view value_text, max_text, modifier_text;
  bool approximate = false;  // the value is a word such as "dozen"
};

ClaimBuilder::ClaimBuilder(const Lexicon& lexicon, const NumberParser& numbers,
                           const RuleSet& rules, const ArticleContext& context)
    : lexicon_(lexicon), numbers_(numbers), rules_(rules), context_(context) {}

template <typename Table>
const typename Table::mapped_type* ClaimBuilder::look_up(const Table& table, std::string_view word,
                                                         const char* what, const char* table_name,
                                                         std::string& reason) const {
  auto found = table.find(fold_words(word));
  if (found != table.end()) return &found->second;
  reason = std::string(what) + " " + quoted(word, "is not in [" + std::string(table_name) + "]");
  return nullptr;
}

std::optional<Claim> ClaimBuilder::build(const RuleMatch& match, Span window,
                                         std::string& reason) const {
  if (refused(match, reason)) return std::nullopt;
  Draft draft(match, window, reason);
  draft.claim.rule = &match.rule;
  draft.claim.text = match.span();
  const Rule& rule = match.rule;
  if (!read_scales(draft)) return std::nullopt;
  if (rule.unit == "currency") {
    if (!read_currency(draft)) return std::nullopt;
  } else if (rule.unit == "{unit}") {
    if (!read_measure_unit(draft)) return std::nullopt;
  } else {
    draft.claim.unit = rule.unit;
  }
  // An empty value group that took part: the unit is named without a number.
  if (draft.value_text.empty() && !rule.kind.empty() && match.took_part(Role::kValue)) {
    draft.claim.has_value = false;
    return draft.claim;
  }
  if (!read_value(draft)) return std::nullopt;
  read_cents(draft);
  if (!read_upper_end(draft) || !read_modifier(draft) || !apply_sign(draft)) return std::nullopt;
  split_crossed_bounds(draft);
  if (!make_key(draft)) return std::nullopt;
  return std::move(draft.claim);
}

// A reject group that took part, or a subject in another clause.
bool ClaimBuilder::refused(const RuleMatch& match, std::string& reason) const {
  if (std::string_view word = match.first(Role::kReject); !word.empty()) {
    reason = quoted(word, "makes it no claim (reject group)");
    return true;
  }
  // "Sales at the unit, which was bought for £3m, rose": the subject belongs to another clause.
  std::string_view gap = match.first(Role::kGap);
  if (!gap.empty() && lexicon_.clause_break &&
      RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), *lexicon_.clause_break)) {
    reason = quoted(gap, "crosses a clause break ({clause_break})");
    return true;
  }
  return false;
}

bool ClaimBuilder::read_scales(Draft& draft) const {
  const RuleMatch& match = draft.match;
  for (End end : {kLower, kUpper}) {
    std::string_view word = match.first(Role::kScale, end);
    if (word.empty()) continue;
    const int* power = look_up(lexicon_.scales, word, "scale word", "scales", draft.reason);
    if (!power) return false;
    (end == kLower ? draft.exponent : draft.exponent_max) = *power;
  }
  draft.value_text = match.first(Role::kValue);
  draft.max_text = match.first(Role::kValue, kUpper);
  // "30 to 40 million": a scale written once applies to both ends.
  if (!draft.max_text.empty()) {
    if (match.first(Role::kScale).empty()) draft.exponent = draft.exponent_max;
    if (match.first(Role::kScale, kUpper).empty()) draft.exponent_max = draft.exponent;
  }
  return true;
}

namespace {

// A currency sign glued to the capital letters of a ticker: "22.48 $CS shares", "$AAPL".
bool is_cashtag(std::string_view text, Span sign) {
  std::string_view written = text.substr(sign.begin, sign.size());
  if (written.empty() || written.back() != '$' || sign.end + 1 >= text.size()) return false;
  auto upper = [&](std::size_t at) {
    return at < text.size() && text[at] >= 'A' && text[at] <= 'Z';
  };
  return upper(sign.end) && upper(sign.end + 1);
}

}  // namespace

bool ClaimBuilder::read_currency(Draft& draft) const {
  const RuleMatch& match = draft.match;
  // "cents" is a hundredth of the article's dollar; "76 centimes" after francs are francs
  // (read_currency_entry).
  auto currency_of = [&](End end, std::string& code, int& shift) {
    std::string_view word = match.first(Role::kCurrency, end);
    if (word.empty()) return false;
    if (is_cashtag(match.text, match.span_of(word))) {
      draft.reason = quoted(word, "starts a ticker ($CS), not a currency");
      return false;
    }
    const std::string* found =
        look_up(lexicon_.currencies, word, "currency", "currencies", draft.reason);
    if (!found) return false;
    CurrencyEntry entry = read_currency_entry(*found);
    if (entry.hundredth) shift = -2;
    code = entry.code;
    if (entry.from_context) {
      std::string before = context_.currency_before(draft.claim.text.begin, draft.window.end);
      if (!before.empty()) code = before;
    }
    if (code == "$") code = context_.dollar;
    return true;
  };
  int shift = 0, shift_max = 0;
  std::string code_max;
  bool has = currency_of(kLower, draft.claim.unit, shift);
  bool has_max = currency_of(kUpper, code_max, shift_max);
  if (!has && !has_max && draft.reason.empty()) {
    // "à 188,7 millions" after "francs": the currency named last, in the window; further
    // back, a bare sum may count anything. A subject that only sums of money take ("perte
    // de 3 milliards") carries it from anywhere before.
    bool subject = !match.first(Role::kNoun).empty();
    draft.claim.unit = context_.currency_before(draft.claim.text.begin, draft.window.end,
                                                subject ? 0 : draft.window.begin);
    has = !draft.claim.unit.empty();
    draft.claim.unit_from_context = has;
  }
  if (!has && !has_max) {
    if (draft.reason.empty()) draft.reason = "no currency in the match or named before it";
    return false;
  }
  if (!has) {
    draft.claim.unit = code_max;
    shift = shift_max;
  }
  if (!has_max) shift_max = shift;
  draft.exponent += shift;
  draft.exponent_max += shift_max;
  return true;
}

bool ClaimBuilder::read_measure_unit(Draft& draft) const {
  const RuleMatch& match = draft.match;
  std::string_view word = match.first(Role::kUnit);
  if (word.empty()) word = match.first(Role::kUnit, kUpper);
  const std::string* unit = look_up(lexicon_.units, word, "unit", "units", draft.reason);
  if (!unit) return false;
  draft.claim.unit = *unit;
  // "50 km/ms", "10 meters per second": the unit divided by another.
  if (std::string_view per = match.first(Role::kPer); !per.empty()) {
    const std::string* divisor = look_up(lexicon_.units, per, "unit", "units", draft.reason);
    if (!divisor) return false;
    draft.claim.unit += "/" + *divisor;
  }
  return true;
}

bool ClaimBuilder::read_value(Draft& draft) const {
  // "une vingtaine", "a dozen": a word that is a number, approximately.
  std::optional<double> value;
  if (auto word = lexicon_.approximations.find(fold_words(draft.value_text));
      word != lexicon_.approximations.end()) {
    value = numbers_.parse(std::to_string(word->second), draft.exponent);
    draft.approximate = true;
  } else {
    value = numbers_.parse(draft.value_text, draft.exponent);
  }
  if (!value) {
    draft.reason = quoted(draft.value_text, "is not a number");
    return false;
  }
  const Rule& rule = draft.match.rule;
  if (rule.kind.empty() && draft.claim.unit == "count" && draft.exponent == 0 &&
      looks_like_year(draft.value_text)) {
    draft.reason = "looks like a year";
    return false;
  }
  draft.claim.value = *value;
  return true;
}

// "3 dollars 50 (cents)": hundredths of the currency just named.
void ClaimBuilder::read_cents(Draft& draft) const {
  std::string_view cents = draft.match.first(Role::kCents);
  if (cents.empty()) return;
  auto hundredths = numbers_.parse(cents);
  if (hundredths && *hundredths >= 0 && *hundredths < 100 && draft.exponent == 0 &&
      *hundredths == std::floor(*hundredths)) {
    draft.claim.value += *hundredths / 100;
  } else {
    // "three thousand dollars two hundred times": the amount ends with its currency.
    draft.claim.text.end = draft.match.span_of(draft.match.first(Role::kCurrency)).end;
  }
}

bool ClaimBuilder::read_upper_end(Draft& draft) const {
  if (draft.max_text.empty()) return true;
  auto max = numbers_.parse(draft.max_text, draft.exponent_max);
  if (!max) {
    draft.reason = quoted(draft.max_text, "is not a number");
    return false;
  }
  draft.claim.value_max = *max;
  draft.claim.modifier = "range";
  return true;
}

bool ClaimBuilder::read_modifier(Draft& draft) const {
  // A range's bound may be amended after its number ("equal to 5000 or less"): the last
  // modifier written is the one that holds.
  const RuleMatch& match = draft.match;
  draft.modifier_text =
      match.rule.kind == "range" ? match.last(Role::kModifier) : match.first(Role::kModifier);
  if (!draft.modifier_text.empty()) {
    const std::string* modifier =
        look_up(lexicon_.modifiers, draft.modifier_text, "modifier", "modifiers", draft.reason);
    if (!modifier) return false;
    if (!draft.claim.value_max) draft.claim.modifier = *modifier;
  } else if (draft.approximate && !draft.claim.value_max) {
    draft.claim.modifier = "approx";
  }
  return true;
}

bool ClaimBuilder::apply_sign(Draft& draft) const {
  const RuleMatch& match = draft.match;
  Claim& claim = draft.claim;
  if (std::string_view word = match.first(Role::kDirection); !word.empty()) {
    int sign = sign_of(word);
    if (sign == 0) {
      draft.reason = "direction " + quoted(word, "is not in [directions]");
      return false;
    }
    if (sign < 0) {
      claim.value = -claim.value;
      if (claim.value_max) claim.value_max = -*claim.value_max;
    }
  }
  // A sign is a mark ("-", "−", "–") or a word that [directions] knows ("minus", "moins");
  // it belongs to the number it stands before: "between -10 and -5".
  auto negative = [&](End end) {
    std::string_view mark = match.first(Role::kSign, end);
    if (mark.empty()) return false;
    auto found = lexicon_.directions.find(fold_words(mark));
    if (found != lexicon_.directions.end()) return found->second < 0;
    return mark == "-" || mark == "\xE2\x88\x92" || mark == "\xE2\x80\x93";
  };
  if (negative(kLower)) claim.value = -claim.value;
  if (claim.value_max && negative(kUpper)) claim.value_max = -*claim.value_max;
  return true;
}

int ClaimBuilder::sign_of(std::string_view word) const {
  std::string folded = fold_words(word);
  if (auto found = lexicon_.directions.find(folded); found != lexicon_.directions.end())
    return found->second;
  if (const std::string* value = lexicon_.inflected_value("directions", folded))
    return *value == "-" ? -1 : 1;
  return 0;
}

// Two bounds make one range only when one is a lower bound, the other an upper bound, and
// the lower is below the upper: "more than 10 and less than 40". "More than 40 and less
// than 10" or "more than 20, above 170" are two ranges: this match keeps the first, and the
// second is read again from where it ends.
void ClaimBuilder::split_crossed_bounds(Draft& draft) const {
  const RuleMatch& match = draft.match;
  Claim& claim = draft.claim;
  if (match.rule.kind != "range" || !claim.value_max) return;
  std::string_view max_word = match.first(Role::kModifier, kUpper);
  if (max_word.empty() || draft.modifier_text.empty()) return;
  auto low = lexicon_.modifiers.find(fold_words(draft.modifier_text));
  auto high = lexicon_.modifiers.find(fold_words(max_word));
  bool one_range = true;  // bounds that [modifiers] does not know are left as written
  if (low != lexicon_.modifiers.end() && high != lexicon_.modifiers.end()) {
    one_range = (is_lower_bound(low->second) && is_upper_bound(high->second) &&
                 claim.value < *claim.value_max) ||
                (is_upper_bound(low->second) && is_lower_bound(high->second) &&
                 *claim.value_max < claim.value);
  }
  if (one_range) return;
  claim.value_max.reset();
  claim.modifier = low != lexicon_.modifiers.end() ? low->second : "";
  std::size_t end = match.span_of(draft.value_text).end;
  if (std::string_view scale = match.first(Role::kScale); !scale.empty())
    end = std::max(end, match.span_of(scale).end);
  claim.text.end = end;
}

bool ClaimBuilder::make_key(Draft& draft) const {
  Claim& claim = draft.claim;
  claim.key = draft.match.rule.claim;
  // "{unit}" in a claim stands for the unit read ("1 480 kilomètres" -> "km").
  if (auto at = claim.key.find("{unit}"); at != std::string::npos)
    claim.key.replace(at, 6, key_from_noun(claim.unit));
  if (auto at = claim.key.find("{noun}"); at != std::string::npos) {
    std::string key = noun_key(draft);
    if (key.empty()) return false;
    // "cut 1,150 jobs" is what "1,150 job cuts" is: jobs_cut.
    if (claim.key == "{noun}") key = with_action(key, draft);
    claim.key.replace(at, 6, key);
  }
  return true;
}

// `key` with the suffix of an [actions] word just before the match, or before it with
// only stopwords between ("cut 1,150 jobs", "la suppression de 420 postes"), unless it
// already ends so.
std::string ClaimBuilder::with_action(const std::string& key, const Draft& draft) const {
  if (!lexicon_.action) return key;
  std::string_view text = draft.match.text;
  std::size_t at = draft.match.span().begin;
  for (int words = 0; words < kActionReach && at > 0; ++words) {
    std::size_t end = at;
    while (end > 0 && space_width(text.substr(end - 1)) > 0) --end;
    std::size_t begin = end;
    while (begin > 0 && space_width(text.substr(begin - 1)) == 0 && text[begin - 1] != '\'')
      --begin;
    std::string_view word = text.substr(begin, end - begin);
    if (word.empty() || word.find_first_of(".;:!?,()") != std::string_view::npos) break;
    std::string folded = fold_words(word);
    if (RE2::FullMatch(re2::StringPiece(folded.data(), folded.size()), *lexicon_.action)) {
      const std::string* suffix = lexicon_.inflected_value("actions", folded);
      if (auto found = lexicon_.actions.find(folded); found != lexicon_.actions.end())
        suffix = &found->second;
      if (suffix) return key.ends_with(*suffix) ? key : key + *suffix;
    }
    if (!lexicon_.stopwords.count(folded)) break;
    at = begin;
  }
  return key;
}

// The noun group holds a short phrase; it is cut at the first function word, and its head
// (last word in English, first in French) names the key unless [keys] knows a longer part
// of the phrase. "" (with the reason) when it names no counted thing.
std::string ClaimBuilder::noun_key(Draft& draft) const {
  std::vector<std::string_view> words = split_words(draft.match.first(Role::kNoun));
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (lexicon_.stopwords.count(fold_words(words[i]))) {
      words.resize(i);
      break;
    }
  }
  if (words.empty()) {
    draft.reason = "no counted noun";
    return {};
  }
  bool head_first = lexicon_.noun_head_first;
  auto key_of = [&](std::size_t first, std::size_t n) {
    const char* begin = words[first].data();
    const char* end = words[first + n - 1].data() + words[first + n - 1].size();
    return rules_.key_for_noun(std::string_view(begin, static_cast<std::size_t>(end - begin)));
  };
  // The phrases that hold the head first, longest first; then any other part of the
  // phrase, longest first ("217m passengers processed", "neuf premiers mois").
  std::string key;
  for (std::size_t n = words.size(); n > 0 && key.empty(); --n)
    key = key_of(head_first ? 0 : words.size() - n, n);
  for (std::size_t n = words.size() - 1; n > 0 && key.empty(); --n)
    for (std::size_t k = 1; k + n <= words.size() && key.empty(); ++k)
      key = key_of(head_first ? k : words.size() - n - k, n);
  std::string_view head = head_first ? words.front() : words.back();
  if (key.empty()) key = rules_.key_for_unknown_noun(lexicon_, head);
  if (key == "ignore" || key.empty()) {
    draft.reason = quoted(head, "is not a counted thing");
    return {};
  }
  // The claim's text ends with the noun phrase, not with the words cut from it, when the
  // noun follows the number ("9,100 employees"; not "revenue of £5m").
  if (words.front().data() > draft.value_text.data())
    draft.claim.text.end = draft.match.span_of(words.back()).end;
  return key;
}

bool looks_like_year(std::string_view number) {
  if (number.size() != 4) return false;
  for (char c : number)
    if (!is_digit(c)) return false;
  int year = std::atoi(std::string(number).c_str());
  return year >= 1800 && year <= 2100;
}

}  // namespace claims
