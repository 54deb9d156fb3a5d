#include "extract/extractor.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "extract/article_context.h"
#include "extract/claim_builder.h"
#include "extract/resolver.h"
#include "extract/rule_match.h"
#include "extract/time_qualifier.h"
#include "lang/language.h"

namespace claims {

struct Extractor::Language {
  const Lexicon* lexicon = nullptr;
  std::unique_ptr<NumberParser> numbers;
};

// What reading one text needs at every sentence.
struct Extractor::Pass {
  const Language& language;
  std::string_view text;
  Segmenter& segmenter;
  const ArticleContext& context;
  ClaimBuilder builder;
  std::vector<Rejection>* rejected;  // null: nobody asks
  void reject(const Rule* rule, Span span, std::string reason) const {
    if (rejected) rejected->push_back({rule, span, std::move(reason)});
  }
};

// One sentence as the rules see it.
struct Extractor::Scope {
  Span sentence;
  Span window;                  // the sentence and the two before it: where currencies count
  std::vector<Span> addresses;  // web addresses in it (number layer only), in order
  bool number_layer = false;
};

namespace {

// Web addresses in `sentence`: the number layer reads no figure inside one ("?q=30%25").
std::vector<Span> web_addresses(std::string_view text, Span sentence) {
  static const RE2 kAddress(R"((?i)((?:https?://|www\.)[^\s"<>]+))");
  // A sentence may begin inside an address ("...?q=30%25"): look from the word's start.
  std::size_t from = sentence.begin;
  while (from > 0 && text[from - 1] != ' ' && text[from - 1] != '\n' && text[from - 1] != '\t')
    --from;
  std::vector<Span> addresses;
  re2::StringPiece rest(text.data() + from, sentence.end - from);
  re2::StringPiece address;
  while (RE2::FindAndConsume(&rest, kAddress, &address))
    addresses.push_back(span_in(text, {address.data(), address.size()}));
  return addresses;
}

// A bare sum takes a currency named in its sentence or the two before it (blank lines
// between paragraphs are no sentences).
Span evidence_window(std::string_view text, Segmenter& segmenter, Span sentence) {
  Span window = sentence;
  for (int back = 0; back < 2 && window.begin > 0;) {
    std::size_t start = segmenter.previous_sentence_start(window.begin);
    if (start >= window.begin) break;
    std::string_view words = text.substr(start, window.begin - start);
    if (words.find_first_not_of(" \t\r\n") != std::string_view::npos) ++back;
    window.begin = start;
  }
  return window;
}

// The next place from `at` to `end` that the language's {candidate} finds, or nothing.
std::optional<Span> next_candidate(const RE2& candidate, std::string_view text, std::size_t at,
                                   std::size_t end) {
  re2::StringPiece input(text.data(), text.size()), hit;
  if (at >= end || !candidate.Match(input, at, end, RE2::UNANCHORED, &hit, 1)) return {};
  return span_in(text, {hit.data(), hit.size()});
}

// The first character boundary after `at`.
std::size_t next_character(std::string_view text, std::size_t at, std::size_t end) {
  ++at;
  while (at < end && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  return at;
}

// A subject named before the number ("profits after a loss of $7bn"): the nearest one that
// reaches the same number names it. Replaces `groups` and `span` with that shorter match.
void prefer_nearest_subject(const Rule& rule, std::string_view text, Segmenter& segmenter,
                            std::vector<re2::StringPiece>& groups, Span& span) {
  RuleMatch match{rule, groups.data(), text};
  std::string_view noun = match.first(Role::kNoun);
  if (noun.empty() || noun.data() >= match.first(Role::kValue).data()) return;
  re2::StringPiece whole(text.data(), text.size());
  std::vector<re2::StringPiece> later(groups.size());
  for (std::size_t from = span_in(text, noun).end; from < span.end;) {
    if (!rule.regex->Match(whole, from, span.end, RE2::UNANCHORED, later.data(),
                           static_cast<int>(later.size())))
      break;
    RuleMatch shorter{rule, later.data(), text};
    if (shorter.span().end != span.end || !segmenter.is_word_boundary(shorter.span().begin)) {
      from = shorter.span().begin + 1;
      continue;
    }
    std::string_view nearer = shorter.first(Role::kNoun);
    if (nearer.empty()) break;
    span = shorter.span();
    groups = later;
    from = span_in(text, nearer).end;
  }
}

}  // namespace

Extractor::Extractor(const RuleSet& rules) : rules_(rules) {
  for (const auto& code : rules.languages()) {
    auto language = std::make_unique<Language>();
    language->lexicon = rules.lexicon(code);
    language->numbers = std::make_unique<NumberParser>(language->lexicon->spellout_locales,
                                                       language->lexicon->decimal_mark,
                                                       language->lexicon->number_words);
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

void Extractor::match_sentence(const Pass& pass, Span sentence, bool number_layer,
                               std::vector<Candidate>& kept) const {
  const Lexicon::Layer& layer = pass.language.lexicon->layer(number_layer);
  if (layer.rule_indices.empty()) return;
  Scope scope{sentence, evidence_window(pass.text, pass.segmenter, sentence), {}, number_layer};
  if (number_layer) scope.addresses = web_addresses(pass.text, sentence);
  // Only the rules whose words the sentence holds run (rules/prefilter.h).
  std::vector<std::size_t> runnable;
  layer.prefilter->candidates(pass.text.substr(sentence.begin, sentence.size()), runnable);
  std::vector<Candidate> found;
  for (std::size_t at : runnable) {
    const Rule& rule = rules_.rules()[layer.rule_indices[at]];
    if (rule.regex) match_rule(pass, rule, scope, found);
  }
  resolve(found, number_layer, kept, pass.rejected);
}

void Extractor::match_rule(const Pass& pass, const Rule& rule, const Scope& scope,
                           std::vector<Candidate>& found) const {
  std::string_view text = pass.text;
  re2::StringPiece whole(text.data(), text.size());
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(rule.group_count) + 1);
  std::size_t position = scope.sentence.begin;
  while (position < scope.sentence.end &&
         rule.regex->Match(whole, position, scope.sentence.end, RE2::UNANCHORED, groups.data(),
                           static_cast<int>(groups.size()))) {
    Span span = span_in(text, {groups[0].data(), groups[0].size()});
    // A match must not start or end inside a word or a number.
    if (span.size() == 0 || !pass.segmenter.is_word_boundary(span.begin) ||
        !pass.segmenter.is_word_boundary(span.end)) {
      position = next_character(text, span.begin, scope.sentence.end);
      continue;
    }
    prefer_nearest_subject(rule, text, pass.segmenter, groups, span);
    position = take_match(pass, RuleMatch{rule, groups.data(), text}, span, scope, found);
  }
}

std::size_t Extractor::take_match(const Pass& pass, const RuleMatch& match, Span span,
                                  const Scope& scope, std::vector<Candidate>& found) const {
  const Rule& rule = match.rule;
  if (overlaps_sorted(scope.addresses, span)) {
    pass.reject(&rule, span, "inside a web address");
    return span.end;
  }
  std::string reason;
  auto claim = pass.builder.build(match, scope.window, reason);
  if (!claim) {
    pass.reject(&rule, span, reason);
    return span.end;
  }
  // Words cut from the end of a noun phrase ("laboratoires et sept") are read again.
  std::size_t next = std::max(claim->text.end, span.begin + 1);
  std::string_view max_text = match.first(Role::kValue, kUpper);
  // A range cut to its first bound no longer holds the second number.
  Span max_span = max_text.data() && claim->value_max ? match.span_of(max_text) : Span{};
  Candidate candidate{std::move(*claim), match.span_of(match.first(Role::kValue)), max_span};
  // Names, dates and times are numbers too, but never claims.
  const ArticleContext& context = pass.context;
  if (!scope.number_layer &&
      (context.excludes(candidate.value) ||
       (candidate.value_max.size() > 0 && context.excludes(candidate.value_max)))) {
    pass.reject(&rule, span, "part of a name, date or time ({exclude})");
    return next;
  }
  candidate.claim.sentence = scope.sentence;
  candidate.claim.number = candidate.value;
  found.push_back(std::move(candidate));
  return next;
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

// A key that names no counted thing: a coordinated figure may give it one.
bool is_generic_key(const std::string& key) { return key == "count" || key == "amount"; }

// The generic key of a figure no claim rule read.
std::string generic_key(const Claim& claim) {
  const std::string& kind = claim.rule->kind;
  if (kind == "currency") return "amount";
  if (kind == "percent") return "percent";
  if (claim.unit == "count") return "count";
  return key_from_noun(claim.unit);
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

// Whether the claims of the sentence read every place {candidate} finds in it, or the place
// is part of a name, date or time ({exclude}), where the number layer keeps no figure
// either: then the number layer has nothing left to add, and is not run.
bool Extractor::every_candidate_taken(const Pass& pass, Span sentence,
                                      const TakenSpans& taken) const {
  const RE2& candidate = *pass.language.lexicon->candidate;
  for (std::size_t at = sentence.begin;;) {
    std::optional<Span> hit = next_candidate(candidate, pass.text, at, sentence.end);
    if (!hit) return true;
    Span place{hit->begin, std::max(hit->end, hit->begin + 1)};
    if (!taken.reads_taken(place, {}) && !pass.context.excludes(place)) return false;
    at = place.end;
  }
}

void Extractor::add_fallback_figures(const Pass& pass, Span sentence, std::vector<Candidate>& kept,
                                     std::size_t first) const {
  TakenSpans taken;
  for (std::size_t i = first; i < kept.size(); ++i) taken.take(kept[i].value, kept[i].value_max);
  if (!pass.rejected && every_candidate_taken(pass, sentence, taken)) return;
  Pass quiet = pass;  // the number layer's own rejections are no news to the reader
  quiet.rejected = nullptr;
  std::vector<Candidate> figures;
  match_sentence(quiet, sentence, true, figures);
  std::stable_sort(figures.begin(), figures.end(), [](const Candidate& a, const Candidate& b) {
    return kind_rank(a.claim.rule->kind) < kind_rank(b.claim.rule->kind);
  });
  std::string_view text = pass.text;
  for (Candidate& figure : figures) {
    Claim& claim = figure.claim;
    bool has_max = figure.value_max.size() > 0;
    if (!claim.has_value || taken.reads_taken(figure.value, figure.value_max)) continue;
    bool bare = claim.rule->kind == "number" || claim.rule->kind == "range";
    if (pass.context.excludes(figure.value) ||
        (has_max && pass.context.excludes(figure.value_max)) ||
        (bare && (!plain_number(text, figure.value) ||
                  (has_max && !plain_number(text, figure.value_max))))) {
      pass.reject(claim.rule, claim.text, "not a figure: a year, date, time or name");
      continue;
    }
    if (bare && counts_no_claim(text, claim.text.end)) {
      pass.reject(claim.rule, claim.text, "counts time or a date");
      continue;
    }
    if (claim.unit.empty()) claim.unit = "count";
    claim.key = generic_key(claim);
    if (is_generic_key(claim.key))
      if (const Claim* head = coordinated_head(pass, kept, first, claim)) claim.key = head->key;
    taken.take(figure.value, figure.value_max);
    kept.push_back(std::move(figure));
  }
}

namespace {

// Whether all of `text` from `begin` to `end` matches `pattern` (absent: never).
bool joins(std::string_view text, std::size_t begin, std::size_t end, const RE2* pattern) {
  if (pattern == nullptr || end < begin) return false;
  return RE2::FullMatch(re2::StringPiece(text.data() + begin, end - begin), *pattern);
}

}  // namespace

// "8,000 jobs, including 1,200 in Germany" ({coordination} between them), "300 to 400
// jobs" ({range_join}): a figure of the same unit that a rule keyed, just before or just
// after a bare figure, names what the bare figure counts too.
const Claim* Extractor::coordinated_head(const Pass& pass, const std::vector<Candidate>& kept,
                                         std::size_t first, const Claim& figure) const {
  const Lexicon& lexicon = *pass.language.lexicon;
  const Claim* before = nullptr;
  const Claim* after = nullptr;
  for (std::size_t i = first; i < kept.size(); ++i) {
    const Claim& other = kept[i].claim;
    if (other.unit != figure.unit || is_generic_key(other.key)) continue;
    if (other.text.end <= figure.text.begin && (!before || other.text.end > before->text.end))
      before = &other;
    if (other.text.begin >= figure.text.end && (!after || other.text.begin < after->text.begin))
      after = &other;
  }
  if (before && joins(pass.text, before->text.end, figure.text.begin, lexicon.coordination.get()))
    return before;
  if (after && joins(pass.text, figure.text.end, after->text.begin, lexicon.range_join.get()))
    return after;
  return nullptr;
}

// The number layer reads every sentence: "a third" or "un demi" has no digit to find.
void Extractor::read_every_sentence(const Pass& pass, std::size_t from, bool,
                                    std::vector<Candidate>& kept) const {
  std::size_t position = from;
  while (position < pass.text.size()) {
    Span sentence = pass.segmenter.sentence_at(position);
    // ICU's filtered sentence iterator may hand back a sentence that began earlier.
    sentence.begin = std::max({sentence.begin, position, from});
    match_sentence(pass, sentence, true, kept);
    position = std::max(sentence.end, position + 1);
  }
}

// The claim rules read the sentences where {candidate} matches, each once.
void Extractor::read_candidate_sentences(const Pass& pass, std::size_t from, bool fallback,
                                         std::vector<Candidate>& kept) const {
  std::string_view text = pass.text;
  const RE2& candidate = *pass.language.lexicon->candidate;
  std::size_t done_until = 0;
  std::size_t position = from;
  while (std::optional<Span> hit = next_candidate(candidate, text, position, text.size())) {
    std::size_t at = hit->begin;
    position = std::max(at + std::max<std::size_t>(hit->size(), 1), position + 1);
    if (at < done_until) continue;
    Span sentence = pass.segmenter.sentence_at(at);
    sentence.begin = std::max(sentence.begin, from);
    std::size_t first = kept.size();
    match_sentence(pass, sentence, false, kept);
    if (fallback) add_fallback_figures(pass, sentence, kept, first);
    done_until = sentence.end;
    position = std::max(position, sentence.end);
  }
}

namespace {

// Each claim takes the date its sentence gives nearest to it (extract/time_qualifier.h).
void date_claims(std::string_view text, const Lexicon& lexicon, std::vector<Claim>& claims) {
  std::vector<DateMention> dates;
  Span dated{1, 0};  // the sentence `dates` are of; none yet
  for (Claim& claim : claims) {
    if (claim.sentence.begin != dated.begin || claim.sentence.end != dated.end) {
      dates = dates_in(text, claim.sentence, lexicon);
      dated = claim.sentence;
    }
    claim.as_of = nearest_date(text, dates, claim.text);
  }
}

}  // namespace

std::vector<Claim> Extractor::extract(std::string_view text, const std::string& lang,
                                      const ExtractOptions& options,
                                      std::vector<Rejection>* rejected, std::size_t from) const {
  std::vector<Claim> claims =
      read(text, lang, options, rejected, from, &Extractor::read_candidate_sentences);
  // The number layer's figures (figures()) are no claims and go undated.
  if (const Language* language = this->language(lang))
    date_claims(text, *language->lexicon, claims);
  return claims;
}

std::vector<Claim> Extractor::figures(std::string_view text, const std::string& lang,
                                      const ExtractOptions& options,
                                      std::vector<Rejection>* rejected, std::size_t from) const {
  return read(text, lang, options, rejected, from, &Extractor::read_every_sentence);
}

std::vector<Claim> Extractor::read(std::string_view text, const std::string& lang,
                                   const ExtractOptions& options, std::vector<Rejection>* rejected,
                                   std::size_t from, Reader reader) const {
  std::vector<Claim> claims;
  const Language* language = this->language(lang);
  if (language == nullptr || text.empty()) return claims;
  const Lexicon& lexicon = *language->lexicon;
  ArticleContext context = read_article_context(text, lexicon, options.currency_default);
  Segmenter segmenter(text, lexicon.locale.c_str(), &lexicon.elisions);
  Pass pass{*language,
            text,
            segmenter,
            context,
            ClaimBuilder(lexicon, *language->numbers, rules_, context),
            rejected};
  std::vector<Candidate> kept;
  from = std::min(from, text.size());
  (this->*reader)(pass, from, options.fallback, kept);
  order_and_link_conversions(text, lexicon.conversion.get(), kept);
  claims.reserve(kept.size());
  for (auto& candidate : kept) claims.push_back(std::move(candidate.claim));
  return claims;
}

}  // namespace claims
