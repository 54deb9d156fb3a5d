#include "extract/article_context.h"

#include <algorithm>

#include "extract/rule_match.h"

namespace claims {
namespace {

std::vector<Span> excluded_spans(std::string_view text, const RE2& exclude) {
  std::vector<Span> spans;
  re2::StringPiece all(text.data(), text.size()), hit;
  std::size_t at = 0;
  while (at < text.size() && exclude.Match(all, at, text.size(), RE2::UNANCHORED, &hit, 1)) {
    Span span = span_in(text, {hit.data(), hit.size()});
    if (span.size() > 0) spans.push_back(span);
    at = std::max(span.end, span.begin + 1);
  }
  return spans;
}

// The groups of {money} that name a currency ("currency", "currency_after", ...).
std::vector<int> currency_groups(const RE2& money) {
  std::vector<int> indices;
  for (const auto& [name, index] : money.NamedCapturingGroups())
    if (name.starts_with("currency")) indices.push_back(index);
  std::sort(indices.begin(), indices.end());
  return indices;
}

// The currency a sum names, as later sums without one inherit it; "" for none.
std::string inherited_code(std::string_view word, const Lexicon& lexicon,
                           const std::string& dollar) {
  auto found = lexicon.currencies.find(fold_words(word));
  if (word.empty() || found == lexicon.currencies.end()) return {};
  CurrencyEntry entry = read_currency_entry(found->second);
  if (entry.from_context) return {};  // a hundredth that takes its currency from context
  if (entry.code == "$") return dollar;
  if (entry.code == "GBX") return "GBP";  // "12 millions" after pence are pounds
  return std::string(entry.code);
}

std::vector<std::pair<std::size_t, std::string>> named_currencies(std::string_view text,
                                                                  const Lexicon& lexicon,
                                                                  const std::string& dollar) {
  std::vector<std::pair<std::size_t, std::string>> named;
  const RE2& money = *lexicon.money;
  std::vector<int> indices = currency_groups(money);
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(money.NumberOfCapturingGroups()) +
                                       1);
  re2::StringPiece all(text.data(), text.size());
  std::size_t at = 0;
  while (at < text.size() && money.Match(all, at, text.size(), RE2::UNANCHORED, groups.data(),
                                         static_cast<int>(groups.size()))) {
    auto begin = static_cast<std::size_t>(groups[0].data() - text.data());
    at = std::max(begin + groups[0].size(), begin + 1);
    std::string code = inherited_code(first_group(groups.data(), indices), lexicon, dollar);
    if (!code.empty()) named.emplace_back(begin, std::move(code));
  }
  return named;
}

}  // namespace

CurrencyEntry read_currency_entry(std::string_view value) {
  CurrencyEntry entry;
  entry.hundredth = value.ends_with("/100");
  if (entry.hundredth) value.remove_suffix(4);
  entry.from_context = value.starts_with("~");
  if (entry.from_context) value.remove_prefix(1);
  entry.code = value;
  return entry;
}

bool overlaps_sorted(const std::vector<Span>& spans, Span span) {
  auto first = std::lower_bound(spans.begin(), spans.end(), span.begin,
                                [](Span e, std::size_t at) { return e.end <= at; });
  return first != spans.end() && overlaps(*first, span);
}

bool ArticleContext::excludes(Span span) const { return overlaps_sorted(excluded, span); }

std::string ArticleContext::currency_before(std::size_t offset, std::size_t until,
                                            std::size_t since) const {
  // The first currency named at or after `offset`, and the one before it.
  auto after = std::lower_bound(currencies.begin(), currencies.end(), offset,
                                [](const auto& named, std::size_t at) { return named.first < at; });
  if (after != currencies.begin() && std::prev(after)->first >= since)
    return std::prev(after)->second;
  if (after != currencies.end() && after->first < until) return after->second;
  return {};
}

std::string article_dollar(std::string_view text, const Lexicon& lexicon) {
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

ArticleContext read_article_context(std::string_view text, const Lexicon& lexicon,
                                    const std::string& dollar) {
  ArticleContext context;
  context.dollar = dollar.empty() ? article_dollar(text, lexicon) : dollar;
  if (lexicon.exclude) context.excluded = excluded_spans(text, *lexicon.exclude);
  if (lexicon.money) context.currencies = named_currencies(text, lexicon, context.dollar);
  return context;
}

}  // namespace claims
