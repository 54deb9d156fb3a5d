#include "extract/extractor.h"

#include "lang/language.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>
#include <set>

namespace claims {
namespace {

// The text of the first group of `indices` that took part in the match.
std::string_view group_text(const re2::StringPiece* groups, const std::vector<int>& indices) {
  for (int index : indices)
    if (groups[index].data() != nullptr) return {groups[index].data(), groups[index].size()};
  return {};
}

// The text of the last group of `indices` that took part in the match.
std::string_view last_group_text(const re2::StringPiece* groups, const std::vector<int>& indices) {
  for (auto at = indices.rbegin(); at != indices.rend(); ++at)
    if (groups[*at].data() != nullptr) return {groups[*at].data(), groups[*at].size()};
  return {};
}

std::string_view whole_match(const re2::StringPiece* groups) {
  return {groups[0].data(), groups[0].size()};
}

Span span_in(std::string_view text, std::string_view part) {
  auto begin = static_cast<std::size_t>(part.data() - text.data());
  return {begin, begin + part.size()};
}

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// A plain four-digit number from 1800 to 2100: in a count, almost always a year.
bool looks_like_year(std::string_view number) {
  if (number.size() != 4) return false;
  for (char c : number)
    if (c < '0' || c > '9') return false;
  int year = std::atoi(std::string(number).c_str());
  return year >= 1800 && year <= 2100;
}

std::vector<std::string_view> split_words(std::string_view phrase) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < phrase.size() && phrase[i] != ' ' && phrase[i] != '\t') ++i;
    // No-break spaces separate words too.
    std::string_view word = phrase.substr(start, i - start);
    for (std::string_view nbsp : {"\xC2\xA0", "\xE2\x80\xAF"}) {
      auto at = word.find(nbsp);
      if (at != std::string_view::npos) {
        i = start + at + nbsp.size();
        word = word.substr(0, at);
      }
    }
    if (!word.empty()) words.push_back(word);
  }
  return words;
}

// Whether `span` overlaps one of `spans`, which are in text order and do not overlap one
// another (so their ends are in order too).
bool overlaps_sorted(const std::vector<Span>& spans, Span span) {
  auto first = std::lower_bound(spans.begin(), spans.end(), span.begin,
                                [](Span e, std::size_t at) { return e.end <= at; });
  return first != spans.end() && overlaps(*first, span);
}

// The numbers that the matches kept so far read, to tell in O(log n) whether another match
// reads one of them again. Kept spans never overlap one another.
class TakenSpans {
 public:
  bool overlaps_any(Span span) const {
    auto at = spans_.lower_bound({span.end, 0});  // the first one that begins after `span`
    while (at != spans_.begin()) {
      --at;
      if (overlaps({at->first, at->second}, span)) return true;
      if (at->second <= span.begin) break;  // every one before it ends before `span` too
    }
    return false;
  }
  void add(Span span) { spans_.emplace(span.begin, span.end); }
  // A figure reads one number, or two for a range (an empty `max`).
  bool reads_taken(Span value, Span max) const {
    return (value.size() > 0 && overlaps_any(value)) || (max.size() > 0 && overlaps_any(max));
  }
  void take(Span value, Span max) {
    add(value);
    if (max.size() > 0) add(max);
  }

 private:
  std::set<std::pair<std::size_t, std::size_t>> spans_;
};

}  // namespace

struct Extractor::Language {
  const Lexicon* lexicon = nullptr;
  std::unique_ptr<NumberParser> numbers;
  // The groups of the lexicon's {money} that name a currency.
  std::vector<int> money_currency_groups;
};

bool Extractor::Context::excludes(Span span) const { return overlaps_sorted(excluded, span); }

std::string Extractor::Context::currency_before(std::size_t offset, std::size_t until,
                                                std::size_t since) const {
  // `currencies` is in text order: the first one named at or after `offset`, and the one
  // before it.
  auto after = std::lower_bound(currencies.begin(), currencies.end(), offset,
                                [](const auto& named, std::size_t at) { return named.first < at; });
  if (after != currencies.begin() && std::prev(after)->first >= since)
    return std::prev(after)->second;
  if (after != currencies.end() && after->first < until) return after->second;
  return {};
}

struct Extractor::Match {
  Claim claim;
  Span value;
  Span value_max;  // empty when the rule reads one number
};

Extractor::Extractor(const RuleSet& rules) : rules_(rules) {
  for (const auto& code : rules.languages()) {
    auto language = std::make_unique<Language>();
    language->lexicon = rules.lexicon(code);
    language->numbers = std::make_unique<NumberParser>(language->lexicon->spellout_locales,
                                                       language->lexicon->decimal_mark);
    if (language->lexicon->money) {
      for (const auto& [name, index] : language->lexicon->money->NamedCapturingGroups())
        if (name.starts_with("currency")) language->money_currency_groups.push_back(index);
      std::sort(language->money_currency_groups.begin(), language->money_currency_groups.end());
    }
    languages_.push_back(std::move(language));
  }
}

Extractor::~Extractor() = default;

const Extractor::Language* Extractor::language(const std::string& code) const {
  for (const auto& language : languages_)
    if (language->lexicon->code == code) return language.get();
  return nullptr;
}

std::string Extractor::language_of(std::string_view text, const ExtractOptions& options) const {
  if (!options.lang.empty() && options.lang != "auto") return options.lang;
  std::vector<LanguageProfile> profiles;
  for (const auto& language : languages_)
    profiles.push_back({language->lexicon->code, &language->lexicon->stopwords});
  return detect_language(text, profiles);
}

std::string Extractor::article_dollar(std::string_view text, const Lexicon& lexicon) const {
  std::string best = "USD";
  int best_count = 0;
  for (const auto& [code, regex] : lexicon.dollar_regexes) {
    int count = 0;
    re2::StringPiece input(text.data(), text.size());
    while (count < 100 && RE2::FindAndConsume(&input, *regex)) ++count;
    if (count > best_count) {
      best = code;
      best_count = count;
    }
  }
  return best;
}

std::string Extractor::key_from_noun(std::string_view noun) const {
  // Keys are ASCII: decompose ("é" -> "e" + accent), drop the accents, lower-case.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(noun);
  if (U_SUCCESS(status)) unicode = nfd->normalize(unicode, status);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < unicode.length();) {
    UChar32 c = unicode.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
    i += U16_LENGTH(c);
  }
  std::string folded;
  bare.toLower(icu::Locale::getRoot()).toUTF8String(folded);
  std::string key;
  for (char c : folded) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum)
      key += c;
    else if (!key.empty() && key.back() != '_')
      key += '_';
  }
  while (!key.empty() && key.back() == '_') key.pop_back();
  return key;
}

std::optional<Claim> Extractor::build_claim(const Language& language, const Rule& rule,
                                            const re2::StringPiece* groups, std::string_view text,
                                            Span window, const Context& context,
                                            std::string& reason) const {
  const Lexicon& lexicon = *language.lexicon;
  auto lower = [&](Role role) { return rule.groups.lower[static_cast<std::size_t>(role)]; };
  auto upper = [&](Role role) { return rule.groups.upper[static_cast<std::size_t>(role)]; };
  Claim claim;
  claim.rule = &rule;
  claim.text = span_in(text, whole_match(groups));
  if (std::string_view word = group_text(groups, lower(Role::kReject)); !word.empty()) {
    reason = "\"" + std::string(word) + "\" makes it no claim (reject group)";
    return std::nullopt;
  }
  // "Sales at the unit, which was bought for £3m, rose": the subject belongs to another clause.
  if (std::string_view gap = group_text(groups, lower(Role::kGap));
      !gap.empty() && language.lexicon->clause_break &&
      RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()),
                        *language.lexicon->clause_break)) {
    reason = "\"" + std::string(gap) + "\" crosses a clause break ({clause_break})";
    return std::nullopt;
  }

  auto scale_of = [&](const std::vector<int>& group, int& exponent) {
    std::string_view word = group_text(groups, group);
    if (word.empty()) return true;
    auto found = lexicon.scales.find(fold_words(word));
    if (found == lexicon.scales.end()) {
      reason = "scale word \"" + std::string(word) + "\" is not in [scales]";
      return false;
    }
    exponent = found->second;
    return true;
  };
  int exponent = 0, exponent_max = 0;
  if (!scale_of(lower(Role::kScale), exponent) || !scale_of(upper(Role::kScale), exponent_max))
    return std::nullopt;
  std::string_view value_text = group_text(groups, lower(Role::kValue));
  std::string_view max_text = group_text(groups, upper(Role::kValue));
  // "30 to 40 million": a scale written once applies to both ends.
  if (!max_text.empty()) {
    if (group_text(groups, lower(Role::kScale)).empty()) exponent = exponent_max;
    if (group_text(groups, upper(Role::kScale)).empty()) exponent_max = exponent;
  }

  // Units: currency codes may carry a hundredth ("cents" -> "$/100").
  auto currency_of = [&](const std::vector<int>& group, std::string& code, int& shift) {
    std::string_view word = group_text(groups, group);
    if (word.empty()) return false;
    auto found = lexicon.currencies.find(fold_words(word));
    if (found == lexicon.currencies.end()) {
      reason = "currency \"" + std::string(word) + "\" is not in [currencies]";
      return false;
    }
    code = found->second;
    if (code.ends_with("/100")) {
      code.resize(code.size() - 4);
      shift = -2;
    }
    // "~EUR": the currency the article named before, else EUR ("76 centimes" after francs).
    if (code.starts_with("~")) {
      std::string before = context.currency_before(claim.text.begin, window.end);
      code = before.empty() ? code.substr(1) : before;
    }
    if (code == "$") code = context.dollar;
    return true;
  };
  if (rule.unit == "currency") {
    int shift = 0, shift_max = 0;
    std::string code_max;
    bool has = currency_of(lower(Role::kCurrency), claim.unit, shift);
    bool has_max = currency_of(upper(Role::kCurrency), code_max, shift_max);
    if (!has && !has_max && reason.empty()) {
      // "à 188,7 millions" after "francs": the currency named last, in `window` (this
      // sentence and the two before); further back, a bare sum may count anything.
      // A subject that only sums of money take ("perte de 3 milliards") carries it from
      // anywhere before.
      bool subject = !group_text(groups, lower(Role::kNoun)).empty();
      claim.unit =
          context.currency_before(claim.text.begin, window.end, subject ? 0 : window.begin);
      has = !claim.unit.empty();
    }
    if (!has && !has_max) {
      if (reason.empty()) reason = "no currency in the match or named before it";
      return std::nullopt;
    }
    if (!has) {
      claim.unit = code_max;
      shift = shift_max;
    }
    if (!has_max) shift_max = shift;
    exponent += shift;
    exponent_max += shift_max;
  } else if (rule.unit == "{unit}") {
    std::string_view word = group_text(groups, lower(Role::kUnit));
    if (word.empty()) word = group_text(groups, upper(Role::kUnit));
    auto found = lexicon.units.find(fold_words(word));
    if (found == lexicon.units.end()) {
      reason = "unit \"" + std::string(word) + "\" is not in [units]";
      return std::nullopt;
    }
    claim.unit = found->second;
    // "50 km/ms", "10 meters per second": the unit divided by another.
    if (std::string_view per = group_text(groups, lower(Role::kPer)); !per.empty()) {
      auto divisor = lexicon.units.find(fold_words(per));
      if (divisor == lexicon.units.end()) {
        reason = "unit \"" + std::string(per) + "\" is not in [units]";
        return std::nullopt;
      }
      claim.unit += "/" + divisor->second;
    }
  } else {
    claim.unit = rule.unit;
  }

  // An empty value group that took part: the unit is named without a number.
  if (value_text.empty() && !rule.kind.empty()) {
    for (int index : lower(Role::kValue)) {
      if (groups[index].data() == nullptr) continue;
      claim.has_value = false;
      return claim;
    }
  }
  // "une vingtaine", "a dozen": a word that is a number, approximately.
  std::optional<double> value;
  bool approximate = false;
  if (auto word = lexicon.approximations.find(fold_words(value_text));
      word != lexicon.approximations.end()) {
    value = language.numbers->parse(std::to_string(word->second), exponent);
    approximate = true;
  } else {
    value = language.numbers->parse(value_text, exponent);
  }
  if (!value) {
    reason = "\"" + std::string(value_text) + "\" is not a number";
    return std::nullopt;
  }
  if (rule.kind.empty() && claim.unit == "count" && exponent == 0 && looks_like_year(value_text)) {
    reason = "looks like a year";
    return std::nullopt;
  }
  claim.value = *value;
  // "3 dollars 50 (cents)": hundredths of the currency just named.
  if (std::string_view cents = group_text(groups, lower(Role::kCents)); !cents.empty()) {
    auto hundredths = language.numbers->parse(cents);
    if (hundredths && *hundredths >= 0 && *hundredths < 100 && exponent == 0 &&
        *hundredths == std::floor(*hundredths)) {
      claim.value += *hundredths / 100;
    } else {
      // "three thousand dollars two hundred times": the amount ends with its currency.
      std::string_view currency = group_text(groups, lower(Role::kCurrency));
      claim.text.end = span_in(text, currency).end;
    }
  }
  if (!max_text.empty()) {
    auto max = language.numbers->parse(max_text, exponent_max);
    if (!max) {
      reason = "\"" + std::string(max_text) + "\" is not a number";
      return std::nullopt;
    }
    claim.value_max = *max;
    claim.modifier = "range";
  }

  // A range's bound may be amended after its number ("equal to 5000 or less"): the last
  // modifier written is the one that holds.
  std::string_view modifier_text = rule.kind == "range"
                                       ? last_group_text(groups, lower(Role::kModifier))
                                       : group_text(groups, lower(Role::kModifier));
  if (std::string_view word = modifier_text; !word.empty()) {
    auto found = lexicon.modifiers.find(fold_words(word));
    if (found == lexicon.modifiers.end()) {
      reason = "modifier \"" + std::string(word) + "\" is not in [modifiers]";
      return std::nullopt;
    }
    if (!claim.value_max) claim.modifier = found->second;
  } else if (approximate && !claim.value_max) {
    claim.modifier = "approx";
  }

  int sign = 1;
  if (std::string_view word = group_text(groups, lower(Role::kDirection)); !word.empty()) {
    auto found = lexicon.directions.find(fold_words(word));
    if (found == lexicon.directions.end()) {
      reason = "direction \"" + std::string(word) + "\" is not in [directions]";
      return std::nullopt;
    }
    sign = found->second;
  }
  if (sign < 0) {
    claim.value = -claim.value;
    if (claim.value_max) claim.value_max = -*claim.value_max;
  }
  // A sign is a mark ("-", "−", "–") or a word that [directions] knows ("minus", "moins");
  // it belongs to the number it stands before: "between -10 and -5".
  auto negative = [&](const std::vector<int>& group) {
    std::string_view mark = group_text(groups, group);
    if (mark.empty()) return false;
    auto found = lexicon.directions.find(fold_words(mark));
    if (found != lexicon.directions.end()) return found->second < 0;
    return mark == "-" || mark == "\xE2\x88\x92" || mark == "\xE2\x80\x93";
  };
  if (negative(lower(Role::kSign))) claim.value = -claim.value;
  if (claim.value_max && negative(upper(Role::kSign))) claim.value_max = -*claim.value_max;

  // Two bounds make one range only when one is a lower bound, the other an upper bound,
  // and the lower is below the upper: "more than 10 and less than 40". "More than 40 and
  // less than 10" or "more than 20, above 170" are two ranges: this match keeps the first,
  // and the second is read again from where it ends.
  if (rule.kind == "range" && claim.value_max) {
    std::string_view max_word = group_text(groups, upper(Role::kModifier));
    if (!max_word.empty() && !modifier_text.empty()) {
      auto low = lexicon.modifiers.find(fold_words(modifier_text));
      auto high = lexicon.modifiers.find(fold_words(max_word));
      auto lower_bound = [](const std::string& m) { return m == "over" || m == "at_least"; };
      auto upper_bound = [](const std::string& m) { return m == "under" || m == "at_most"; };
      bool one_range = true;  // bounds that [modifiers] does not know are left as written
      if (low != lexicon.modifiers.end() && high != lexicon.modifiers.end()) {
        one_range = (lower_bound(low->second) && upper_bound(high->second) &&
                     claim.value < *claim.value_max) ||
                    (upper_bound(low->second) && lower_bound(high->second) &&
                     *claim.value_max < claim.value);
      }
      if (!one_range) {
        claim.value_max.reset();
        claim.modifier = low != lexicon.modifiers.end() ? low->second : "";
        std::size_t end = span_in(text, value_text).end;
        if (std::string_view scale = group_text(groups, lower(Role::kScale)); !scale.empty())
          end = std::max(end, span_in(text, scale).end);
        claim.text.end = end;
      }
    }
  }

  claim.key = rule.claim;
  // "{unit}" in a claim stands for the unit read ("1 480 kilomètres" -> "km").
  if (auto at = claim.key.find("{unit}"); at != std::string::npos)
    claim.key.replace(at, 6, key_from_noun(claim.unit));
  if (auto at = claim.key.find("{noun}"); at != std::string::npos) {
    // The noun group holds a short phrase; it is cut at the first function word, and its
    // head (last word in English, first in French) names the key unless [keys] knows a
    // longer part of the phrase.
    std::vector<std::string_view> words = split_words(group_text(groups, lower(Role::kNoun)));
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (lexicon.stopwords.count(fold_words(words[i]))) {
        words.resize(i);
        break;
      }
    }
    if (words.empty()) {
      reason = "no counted noun";
      return std::nullopt;
    }
    std::string key;
    bool head_first = lexicon.noun_head_first;
    auto key_of = [&](std::size_t first, std::size_t n) {
      std::string_view phrase(
          words[first].data(),
          static_cast<std::size_t>(words[first + n - 1].data() + words[first + n - 1].size() -
                                   words[first].data()));
      return rules_.key_for_noun(phrase);
    };
    // The phrases that hold the head first, longest first; then any other part of the
    // phrase, longest first ("217m passengers processed", "neuf premiers mois").
    for (std::size_t n = words.size(); n > 0 && key.empty(); --n)
      key = key_of(head_first ? 0 : words.size() - n, n);
    for (std::size_t n = words.size() - 1; n > 0 && key.empty(); --n)
      for (std::size_t k = 1; k + n <= words.size() && key.empty(); ++k)
        key = key_of(head_first ? k : words.size() - n - k, n);
    std::string_view head = head_first ? words.front() : words.back();
    if (key.empty()) key = key_from_noun(head);
    if (key == "ignore" || key.empty()) {
      reason = "\"" + std::string(head) + "\" is not a counted thing";
      return std::nullopt;
    }
    claim.key.replace(at, 6, key);
    // The claim's text ends with the noun phrase, not with the words cut from it, when
    // the noun follows the number ("9,100 employees"; not "revenue of £5m").
    if (words.front().data() > value_text.data()) claim.text.end = span_in(text, words.back()).end;
  }
  return claim;
}

void Extractor::match_sentence(const Language& language, std::string_view text, Span sentence,
                               Segmenter& segmenter, const Context& context, bool number_layer,
                               std::vector<Match>& matches,
                               std::vector<Rejection>* rejected) const {
  const Lexicon& lexicon = *language.lexicon;
  re2::StringPiece whole(text.data(), text.size());
  const Lexicon::Layer& layer = lexicon.layer(number_layer);
  if (layer.rule_indices.empty()) return;
  // The number layer reads no figure inside a web address ("?q=30%25").
  std::vector<Span> addresses;
  if (number_layer) {
    static const RE2 kAddress(R"((?i)((?:https?://|www\.)[^\s"<>]+))");
    // A sentence may begin inside an address ("...?q=30%25"): look from the word's start.
    std::size_t from = sentence.begin;
    while (from > 0 && text[from - 1] != ' ' && text[from - 1] != '\n' && text[from - 1] != '\t')
      --from;
    re2::StringPiece rest(text.data() + from, sentence.end - from);
    re2::StringPiece address;
    while (RE2::FindAndConsume(&rest, kAddress, &address))
      addresses.push_back(span_in(text, {address.data(), address.size()}));
  }
  auto in_address = [&](Span span) { return overlaps_sorted(addresses, span); };
  std::vector<re2::StringPiece> groups;
  std::vector<Match> found;
  // A bare sum takes a currency named in its sentence or the two before it (blank lines
  // between paragraphs are no sentences).
  Span window{sentence.begin, sentence.end};
  for (int back = 0; back < 2 && window.begin > 0;) {
    std::size_t start = segmenter.previous_sentence_start(window.begin);
    if (start >= window.begin) break;
    std::string_view words = text.substr(start, window.begin - start);
    if (words.find_first_not_of(" \t\r\n") != std::string_view::npos) ++back;
    window.begin = start;
  }
  // Only the rules whose words the sentence holds run (rules/prefilter.h).
  std::vector<std::size_t> runnable;
  layer.prefilter->candidates(text.substr(sentence.begin, sentence.size()), runnable);
  for (std::size_t at : runnable) {
    const Rule& rule = rules_.rules()[layer.rule_indices[at]];
    if (!rule.regex) continue;
    groups.assign(static_cast<std::size_t>(rule.group_count) + 1, {});
    std::size_t position = sentence.begin;
    while (position < sentence.end &&
           rule.regex->Match(whole, position, sentence.end, RE2::UNANCHORED, groups.data(),
                             static_cast<int>(groups.size()))) {
      Span span = span_in(text, whole_match(groups.data()));
      // A match must not start or end inside a word or a number.
      if (span.size() == 0 || !segmenter.is_word_boundary(span.begin) ||
          !segmenter.is_word_boundary(span.end)) {
        position = span.begin + 1;
        while (position < sentence.end &&
               (static_cast<unsigned char>(text[position]) & 0xC0) == 0x80)
          ++position;
        continue;
      }
      // A subject named before the number ("profits after a loss of $7bn"): the nearest
      // one that reaches the same number names it.
      const auto& noun_groups = rule.groups.lower[static_cast<std::size_t>(Role::kNoun)];
      const auto& value_groups = rule.groups.lower[static_cast<std::size_t>(Role::kValue)];
      std::string_view noun = group_text(groups.data(), noun_groups);
      if (!noun.empty() && noun.data() < group_text(groups.data(), value_groups).data()) {
        std::vector<re2::StringPiece> later(groups.size());
        for (std::size_t from = span_in(text, noun).end; from < span.end;) {
          if (!rule.regex->Match(whole, from, span.end, RE2::UNANCHORED, later.data(),
                                 static_cast<int>(later.size())))
            break;
          Span shorter = span_in(text, whole_match(later.data()));
          if (shorter.end != span.end || !segmenter.is_word_boundary(shorter.begin)) {
            from = shorter.begin + 1;
            continue;
          }
          std::string_view nearer = group_text(later.data(), noun_groups);
          if (nearer.empty()) break;
          groups = later;
          span = shorter;
          from = span_in(text, nearer).end;
        }
      }
      position = span.end;
      if (in_address(span)) {
        if (rejected) rejected->push_back({&rule, span, "inside a web address"});
        continue;
      }
      std::string reason;
      auto claim = build_claim(language, rule, groups.data(), text, window, context, reason);
      if (!claim) {
        if (rejected) rejected->push_back({&rule, span, reason});
        continue;
      }
      // Words cut from the end of a noun phrase ("laboratoires et sept") are read again.
      position = std::max(claim->text.end, span.begin + 1);
      constexpr auto kValue = static_cast<std::size_t>(Role::kValue);
      std::string_view max_text = group_text(groups.data(), rule.groups.upper[kValue]);
      // A range cut to its first bound no longer holds the second number.
      Span max_span = max_text.data() && claim->value_max ? span_in(text, max_text) : Span{};
      Match match{std::move(*claim),
                  span_in(text, group_text(groups.data(), rule.groups.lower[kValue])), max_span};
      // Names, dates and times are numbers too, but never claims.
      bool excluded =
          !number_layer && (context.excludes(match.value) ||
                            (match.value_max.size() > 0 && context.excludes(match.value_max)));
      if (excluded) {
        if (rejected)
          rejected->push_back({&rule, span, "part of a name, date or time ({exclude})"});
        continue;
      }
      match.claim.sentence = sentence;
      match.claim.number = match.value;
      found.push_back(std::move(match));
    }
  }
  // Each number is read by one rule: the highest priority, then the longest match.
  // (`matches` may hold earlier sentences' matches; only this sentence's are compared.)
  std::stable_sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
    if (a.claim.rule->priority != b.claim.rule->priority)
      return a.claim.rule->priority > b.claim.rule->priority;
    return a.claim.text.size() > b.claim.text.size();
  });
  // In the number layer a figure is read once per kind: "$20" is an amount and a number.
  std::map<std::string_view, TakenSpans> taken_by_kind;
  for (auto& candidate : found) {
    TakenSpans& kept = taken_by_kind[number_layer ? candidate.claim.rule->kind : ""];
    bool taken = kept.reads_taken(candidate.value, candidate.value_max);
    if (!taken) kept.take(candidate.value, candidate.value_max);
    if (taken) {
      if (rejected)
        rejected->push_back({candidate.claim.rule, candidate.claim.text,
                             "the number is read by a rule of higher priority"});
      continue;
    }
    matches.push_back(std::move(candidate));
  }
}

namespace {

// Which reading of a figure the fallback prefers: the most specific.
int kind_rank(std::string_view kind) {
  static constexpr std::string_view kOrder[] = {"currency", "percent", "dimension", "range"};
  for (int i = 0; i < 4; ++i)
    if (kind == kOrder[i]) return i;
  return 4;
}

// A bare number that reads as a figure: digits, not a year, not a piece of a date, a time,
// a fraction or a code ("06/2011", "2017-18", "10:30", "A-320").
bool plain_number(std::string_view text, Span value) {
  std::string_view digits = text.substr(value.begin, value.size());
  if (std::none_of(digits.begin(), digits.end(), is_digit) || looks_like_year(digits)) return false;
  auto joined = [&](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; };
  std::size_t begin = value.begin, end = value.end;
  while (begin > 0 && joined(text[begin - 1])) --begin;
  while (end < text.size() && joined(text[end])) ++end;
  std::string_view word = text.substr(begin, end - begin);
  if (word.find_first_of("/:") != std::string_view::npos) return false;
  for (std::size_t i = 1; i + 1 < word.size(); ++i)
    if (word[i] == '-' && (is_digit(word[i - 1]) || is_digit(word[i + 1]))) return false;
  return true;
}

}  // namespace

// The word after a bare figure is one that rules/keys.toml files under "ignore": a month
// ("25 November", "le 26 avril"), a period, a unit of time ("12 to 18 months").
bool Extractor::counts_no_claim(std::string_view text, std::size_t end) const {
  std::size_t begin = end;
  while (begin < text.size() && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  std::size_t stop = begin;
  while (stop < text.size() && stop - begin < 40 &&
         (static_cast<unsigned char>(text[stop]) >= 0x80 ||
          std::isalpha(static_cast<unsigned char>(text[stop]))))
    ++stop;
  return stop > begin && rules_.key_for_noun(text.substr(begin, stop - begin)) == "ignore";
}

void Extractor::add_fallback_figures(const Language& language, std::string_view text, Span sentence,
                                     Segmenter& segmenter, const Context& context,
                                     std::vector<Match>& matches, std::size_t first,
                                     std::vector<Rejection>* rejected) const {
  std::vector<Match> figures;
  match_sentence(language, text, sentence, segmenter, context, true, figures, nullptr);
  std::stable_sort(figures.begin(), figures.end(), [](const Match& a, const Match& b) {
    return kind_rank(a.claim.rule->kind) < kind_rank(b.claim.rule->kind);
  });
  TakenSpans taken;
  for (std::size_t i = first; i < matches.size(); ++i)
    taken.take(matches[i].value, matches[i].value_max);
  for (Match& figure : figures) {
    Claim& claim = figure.claim;
    bool has_max = figure.value_max.size() > 0;
    if (!claim.has_value || taken.reads_taken(figure.value, figure.value_max)) continue;
    const std::string& kind = claim.rule->kind;
    bool bare = kind == "number" || kind == "range";
    if (context.excludes(figure.value) || (has_max && context.excludes(figure.value_max)) ||
        (bare && (!plain_number(text, figure.value) ||
                  (has_max && !plain_number(text, figure.value_max))))) {
      if (rejected)
        rejected->push_back({claim.rule, claim.text, "not a figure: a year, date, time or name"});
      continue;
    }
    if (bare && counts_no_claim(text, claim.text.end)) {
      if (rejected) rejected->push_back({claim.rule, claim.text, "counts time or a date"});
      continue;
    }
    if (claim.unit.empty()) claim.unit = "count";
    claim.key = kind == "currency"      ? "amount"
                : kind == "percent"     ? "percent"
                : claim.unit == "count" ? "count"
                                        : key_from_noun(claim.unit);
    taken.take(figure.value, figure.value_max);
    matches.push_back(std::move(figure));
  }
}

std::vector<Claim> Extractor::extract(std::string_view text, const std::string& lang,
                                      const ExtractOptions& options,
                                      std::vector<Rejection>* rejected, std::size_t from) const {
  std::vector<Claim> claims;
  const Language* language = this->language(lang);
  if (language == nullptr || text.empty()) return claims;
  const Lexicon& lexicon = *language->lexicon;
  Context context;
  context.dollar =
      options.currency_default.empty() ? article_dollar(text, lexicon) : options.currency_default;
  if (language->lexicon->exclude) {
    re2::StringPiece all(text.data(), text.size()), hit;
    std::size_t at = 0;
    while (at < text.size() &&
           language->lexicon->exclude->Match(all, at, text.size(), RE2::UNANCHORED, &hit, 1)) {
      Span span = span_in(text, {hit.data(), hit.size()});
      if (span.size() > 0) context.excluded.push_back(span);
      at = std::max(span.end, span.begin + 1);
    }
  }
  if (language->lexicon->money) {
    std::vector<re2::StringPiece> groups(
        static_cast<std::size_t>(language->lexicon->money->NumberOfCapturingGroups()) + 1);
    re2::StringPiece all(text.data(), text.size());
    std::size_t at = 0;
    while (at < text.size() &&
           language->lexicon->money->Match(all, at, text.size(), RE2::UNANCHORED, groups.data(),
                                           static_cast<int>(groups.size()))) {
      auto begin = static_cast<std::size_t>(groups[0].data() - text.data());
      at = std::max(begin + groups[0].size(), begin + 1);
      std::string_view word = group_text(groups.data(), language->money_currency_groups);
      auto found = lexicon.currencies.find(fold_words(word));
      if (word.empty() || found == lexicon.currencies.end()) continue;
      std::string code = found->second;
      if (code.ends_with("/100")) code.resize(code.size() - 4);
      if (code.starts_with("~")) continue;  // a hundredth that takes its currency from context
      if (code == "$") code = context.dollar;
      if (code == "GBX") code = "GBP";  // "12 millions" after pence are pounds
      context.currencies.emplace_back(begin, code);
    }
  }
  Segmenter segmenter(text, lexicon.locale.c_str());
  std::vector<Match> matches;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece hit;
  std::size_t done_until = 0;
  std::size_t position = std::min(from, text.size());
  // The number layer reads every sentence: "a third" or "un demi" has no digit to find.
  if (options.number_layer) {
    while (position < text.size()) {
      Span sentence = segmenter.sentence_at(position);
      // ICU's filtered sentence iterator may hand back a sentence that began earlier.
      sentence.begin = std::max({sentence.begin, position, from});
      match_sentence(*language, text, sentence, segmenter, context, true, matches, rejected);
      position = std::max(sentence.end, position + 1);
    }
    position = text.size();
  }
  while (position < text.size() &&
         lexicon.candidate->Match(input, position, text.size(), RE2::UNANCHORED, &hit, 1)) {
    auto at = static_cast<std::size_t>(hit.data() - text.data());
    position = std::max(at + std::max<std::size_t>(hit.size(), 1), position + 1);
    if (at < done_until) continue;
    Span sentence = segmenter.sentence_at(at);
    sentence.begin = std::max(sentence.begin, from);
    std::size_t first = matches.size();
    match_sentence(*language, text, sentence, segmenter, context, options.number_layer, matches,
                   rejected);
    if (options.fallback && !options.number_layer)
      add_fallback_figures(*language, text, sentence, segmenter, context, matches, first, rejected);
    done_until = sentence.end;
    position = std::max(position, sentence.end);
  }
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return a.claim.text.begin != b.claim.text.begin ? a.claim.text.begin < b.claim.text.begin
                                                    : a.claim.text.end < b.claim.text.end;
  });
  // "$20.5 billion (about €19.1 billion)": an amount in parentheses right after another is
  // the same figure in another currency, and takes its key.
  static const RE2 conversion(
      R"(^[\s\x{A0}\x{202F}]*\([\s\x{A0}\x{202F}]*(?i:soit|ou|or|about|around|roughly|some|environ|près de|approximately|approx\.?|c\.|equivalent to|l'équivalent de)?[\s\x{A0}\x{202F}]*$)");
  auto is_money = [](const Claim& claim) {
    return claim.unit.size() == 3 && claim.unit != "GBX" &&
           std::all_of(claim.unit.begin(), claim.unit.end(),
                       [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  for (std::size_t i = 1; i < matches.size(); ++i) {
    Claim& before = matches[i - 1].claim;
    Claim& after = matches[i].claim;
    if (!is_money(before) || !is_money(after) || before.unit == after.unit ||
        after.text.begin < before.text.end)
      continue;
    std::string_view between = text.substr(before.text.end, after.text.begin - before.text.end);
    if (RE2::FullMatch(re2::StringPiece(between.data(), between.size()), conversion))
      after.key = before.key;
  }
  claims.reserve(matches.size());
  for (auto& match : matches) claims.push_back(std::move(match.claim));
  return claims;
}

}  // namespace claims
