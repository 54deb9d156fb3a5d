#include "explain/explain.h"

#include <algorithm>
#include <functional>
#include <queue>

#include "output/fields.h"
#include "text/document.h"

namespace claims {
namespace {

// Answers, for spans asked in text order, which of a list of spans is the first in the
// list's own order to overlap it: a sweep that holds the spans begun so far in a heap by
// list order, and drops those that ended before the span asked.
class FirstOverlap {
 public:
  explicit FirstOverlap(std::vector<Span> spans) : spans_(std::move(spans)) {
    by_begin_.resize(spans_.size());
    for (std::size_t i = 0; i < spans_.size(); ++i) by_begin_[i] = i;
    std::stable_sort(by_begin_.begin(), by_begin_.end(), [&](std::size_t a, std::size_t b) {
      return spans_[a].begin < spans_[b].begin;
    });
  }
  // The index of the first span that overlaps `span`, or -1. `span`s come in text order.
  long find(Span span) {
    while (next_ < by_begin_.size() && spans_[by_begin_[next_]].begin < span.end)
      open_.push(by_begin_[next_++]);
    while (!open_.empty() && spans_[open_.top()].end <= span.begin) open_.pop();
    return open_.empty() ? -1 : static_cast<long>(open_.top());
  }

 private:
  std::vector<Span> spans_;
  std::vector<std::size_t> by_begin_;
  std::size_t next_ = 0;
  std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> open_;
};

template <typename T, typename Field>
std::vector<Span> spans_of(const std::vector<T>& items, Field field) {
  std::vector<Span> spans;
  spans.reserve(items.size());
  for (const T& item : items) spans.push_back(item.*field);
  return spans;
}

void describe_claim(const Claim& claim, Explanation& e) {
  // A number-layer rule made it: no claim rule read the figure, the fallback keyed it.
  e.outcome = claim.rule->kind.empty() ? "claim" : "fallback";
  e.rule = claim.rule;
  e.detail = claim.key + " " +
             figure_text(number_field(claim.value), number_field(claim.value_max), claim.unit);
  if (!claim.modifier.empty()) e.detail += " " + claim.modifier;
}

// A claim whose number the scan above passed over (the "3" of "£3m" is inside a word for
// ICU) is explained all the same: what the extractor read is what is explained.
void add_unscanned_claims(const std::vector<Claim>& claims, std::vector<Explanation>& out) {
  std::vector<Explanation> merged;
  merged.reserve(out.size());
  std::size_t next = 0;  // into `out`, in text order like `claims`
  for (const Claim& claim : claims) {
    while (next < out.size() && out[next].number.end <= claim.number.begin)
      merged.push_back(std::move(out[next++]));
    bool explained = next < out.size() && out[next].number.begin < claim.number.end;
    if (explained || claim.number.size() == 0) continue;
    Explanation e{claim.number, {}, nullptr, {}};
    describe_claim(claim, e);
    merged.push_back(std::move(e));
  }
  while (next < out.size()) merged.push_back(std::move(out[next++]));
  out = std::move(merged);
}

constexpr std::string_view kExplanationColumns[] = {"source",  "line", "column", "number",
                                                    "outcome", "rule", "detail"};

}  // namespace

void write_explanation_header(std::ostream& out, TableFormat format) {
  TableWriter(out, format, kExplanationColumns).header();
}

void write_explanations(std::ostream& out, TableFormat format, const std::string& source,
                        const TextChunk& chunk, const std::vector<Explanation>& explanations) {
  TableWriter table(out, format, kExplanationColumns);
  PositionCounter positions(chunk.text.substr(chunk.from), chunk.start);
  for (const Explanation& e : explanations) {
    Position at = positions.at(e.number.begin - chunk.from);
    std::string line = std::to_string(at.line), column = std::to_string(at.column);
    table.row({{source},
               {line, kNumber},
               {column, kNumber},
               {chunk.text.substr(e.number.begin, e.number.size())},
               {e.outcome},
               {e.rule ? std::string_view(e.rule->id) : std::string_view()},
               {e.detail}});
  }
}

std::vector<Explanation> explain(const Extractor& extractor, const RuleSet& rules,
                                 std::string_view text, const std::string& lang,
                                 const ExtractOptions& options, std::size_t from) {
  std::vector<Explanation> out;
  const Lexicon* lexicon = rules.lexicon(lang);
  if (lexicon == nullptr || !lexicon->numbers) return out;
  std::vector<Rejection> rejected;
  std::vector<Claim> claims = extractor.extract(text, lang, options, &rejected, from);
  Segmenter segmenter(text, lexicon->locale.c_str(), &lexicon->elisions);
  // The claim that reads a number, else a rule that dropped it, else a claim whose words
  // include it (the upper end of a range).
  FirstOverlap claim_numbers(spans_of(claims, &Claim::number));
  FirstOverlap rejections(spans_of(rejected, &Rejection::text));
  FirstOverlap claim_texts(spans_of(claims, &Claim::text));

  re2::StringPiece input(text.data(), text.size()), hit;
  std::size_t position = std::min(from, text.size());
  while (position < text.size() &&
         lexicon->numbers->Match(input, position, text.size(), RE2::UNANCHORED, &hit, 1)) {
    Span number{static_cast<std::size_t>(hit.data() - text.data()), 0};
    number.end = number.begin + hit.size();
    position = number.end > number.begin ? number.end : number.begin + 1;
    if (number.size() == 0 || !segmenter.is_word_boundary(number.begin) ||
        !segmenter.is_word_boundary(number.end))
      continue;
    Explanation e{number, "no rule", nullptr, "no rule matched around this number"};
    if (long i = claim_numbers.find(number); i >= 0) {
      describe_claim(claims[static_cast<std::size_t>(i)], e);
    } else if (long r = rejections.find(number); r >= 0) {
      e.outcome = "dropped";
      e.rule = rejected[static_cast<std::size_t>(r)].rule;
      e.detail = rejected[static_cast<std::size_t>(r)].reason;
    } else if (long c = claim_texts.find(number); c >= 0) {
      describe_claim(claims[static_cast<std::size_t>(c)], e);
    }
    out.push_back(std::move(e));
  }
  add_unscanned_claims(claims, out);
  return out;
}

}  // namespace claims
