#include "extract/time_qualifier.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "extract/rule_match.h"
#include "numbers/number_parser.h"
#include "text/folding.h"

namespace claims {
namespace {

// The parts of one date as the {as_of} groups give them; 0 or "" when absent.
struct DateParts {
  std::string year;
  int month = 0, quarter = 0, half = 0;
  std::string relative;
};

// A digit ("3") or a word of `table` ("third"); 0 for neither.
int number_word(std::string_view text, const std::unordered_map<std::string, int>& table) {
  if (text.size() == 1 && is_digit(text[0])) return text[0] - '0';
  auto found = table.find(fold_words(text));
  return found == table.end() ? 0 : found->second;
}

// Reads each group that took part by the role its name starts with.
DateParts read_parts(const RE2& pattern, const std::vector<re2::StringPiece>& groups,
                     const Lexicon& lexicon) {
  DateParts parts;
  for (const auto& [name, index] : pattern.NamedCapturingGroups()) {
    const re2::StringPiece& group = groups[static_cast<std::size_t>(index)];
    if (group.data() == nullptr) continue;
    std::string_view words(group.data(), group.size());
    if (name.starts_with("year")) {
      parts.year = std::string(words);
    } else if (name.starts_with("month")) {
      parts.month = number_word(words, lexicon.months);
    } else if (name.starts_with("quarter")) {
      parts.quarter = number_word(words, lexicon.ordinals);
    } else if (name.starts_with("half")) {
      parts.half = number_word(words, lexicon.ordinals);
    } else if (name.starts_with("relative")) {
      auto found = lexicon.relative_dates.find(fold_words(words));
      if (found != lexicon.relative_dates.end()) parts.relative = found->second;
    }
  }
  return parts;
}

// "2022-02", "--02", "2023-Q3", "Q3", "2024-H1", "2023", "previous_year"; "" for nothing.
std::string normalised(const DateParts& parts, const std::string& sentence_year) {
  if (!parts.relative.empty()) return parts.relative;
  const std::string& year = parts.year.empty() ? sentence_year : parts.year;
  char buffer[16];
  if (parts.month >= 1 && parts.month <= 12) {
    std::snprintf(buffer, sizeof buffer, "%02d", parts.month);
    return (year.empty() ? "-" : year) + "-" + buffer;
  }
  if (parts.quarter >= 1 && parts.quarter <= 4)
    return (year.empty() ? "" : year + "-") + "Q" + std::to_string(parts.quarter);
  if (parts.half >= 1 && parts.half <= 2)
    return (year.empty() ? "" : year + "-") + "H" + std::to_string(parts.half);
  return parts.year;
}

// Whether `words` between a figure and a date end a clause: ", ", "; ", a parenthesis
// (not the comma inside "9,100").
bool crosses_clause(std::string_view words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    char c = words[i];
    if (c == '(' || c == ')') return true;
    if ((c == ',' || c == ';') && (i + 1 == words.size() || space_width(words.substr(i + 1)) > 0))
      return true;
  }
  return false;
}

}  // namespace

std::vector<DateMention> dates_in(std::string_view text, Span sentence, const Lexicon& lexicon) {
  std::vector<DateMention> dates;
  if (!lexicon.as_of) return dates;
  const RE2& pattern = *lexicon.as_of;
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(pattern.NumberOfCapturingGroups()) +
                                       1);
  re2::StringPiece whole(text.data(), text.size());
  std::vector<std::pair<Span, DateParts>> found;
  std::set<std::string> years;
  for (std::size_t at = sentence.begin; at < sentence.end;) {
    if (!pattern.Match(whole, at, sentence.end, RE2::UNANCHORED, groups.data(),
                       static_cast<int>(groups.size())))
      break;
    Span span = span_in(text, {groups[0].data(), groups[0].size()});
    at = std::max(span.end, span.begin + 1);
    DateParts parts = read_parts(pattern, groups, lexicon);
    if (!parts.year.empty()) years.insert(parts.year);
    found.emplace_back(span, std::move(parts));
  }
  std::string sentence_year = years.size() == 1 ? *years.begin() : std::string();
  for (auto& [span, parts] : found)
    if (std::string as_of = normalised(parts, sentence_year); !as_of.empty())
      dates.push_back({span, std::move(as_of)});
  return dates;
}

std::string nearest_date(std::string_view text, const std::vector<DateMention>& dates,
                         Span figure) {
  const DateMention* nearest = nullptr;
  std::size_t best = 0;
  bool best_in_clause = false;
  for (const DateMention& date : dates) {
    if (date.span.begin < figure.end && figure.begin < date.span.end) continue;
    bool after = date.span.begin >= figure.end;
    Span between = after ? Span{figure.end, date.span.begin} : Span{date.span.end, figure.begin};
    bool in_clause = !crosses_clause(text.substr(between.begin, between.size()));
    std::size_t distance = between.size();
    bool better = nearest == nullptr || (in_clause && !best_in_clause) ||
                  (in_clause == best_in_clause && (distance < best || (distance == best && after)));
    if (better) {
      nearest = &date;
      best = distance;
      best_in_clause = in_clause;
    }
  }
  return nearest ? nearest->as_of : std::string();
}

}  // namespace claims
