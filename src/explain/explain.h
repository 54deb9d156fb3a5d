// `claims --explain`: for every number in a text, the claim it became or why it became none.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "output/fields.h"
#include "pipeline/text_stream.h"

namespace claims {

struct Explanation {
  Span number;                 // the number as written
  std::string outcome;         // "claim", "fallback" (generic key), "dropped" or "no rule"
  const Rule* rule = nullptr;  // the rule that made the claim or dropped it
  std::string detail;          // "staff 9100 count", "looks like a year", ...
};

// One explanation per number the language's {number} sub-pattern finds, in text order,
// from `from` on (the text before it is context, as in Extractor::extract). O(n log n) in
// the numbers, claims and rejections of the text.
std::vector<Explanation> explain(const Extractor& extractor, const RuleSet& rules,
                                 std::string_view text, const std::string& lang,
                                 const ExtractOptions& options, std::size_t from = 0);

// `claims --explain` as TSV through the one table writer (output/fields.h): source, line,
// column, number, outcome, rule, detail. The rows are those of explain(chunk.text, ...,
// chunk.from), placed from the chunk's start.
//
//   write_explanation_header(out, TableFormat::kTsv);
//   // source\tline\tcolumn\tnumber\toutcome\trule\tdetail
//   write_explanations(out, TableFormat::kTsv, "a.txt", chunk,
//                      explain(extractor, rules, chunk.text, "en", options, chunk.from));
//   // a.txt\t2\t52\t2023\tdropped\ten.numbers.number\tnot a figure: a year, ...
void write_explanation_header(std::ostream& out, TableFormat format);
void write_explanations(std::ostream& out, TableFormat format, const std::string& source,
                        const TextChunk& chunk, const std::vector<Explanation>& explanations);

}  // namespace claims
