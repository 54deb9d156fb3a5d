// The number layer as a command: every number, percentage, range, amount of money and
// measure in a text, found by the rules that have a `kind` (rules/<lang>/numbers.toml) with
// the same matching, scales, currencies and units as the claim rules.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "output/fields.h"
#include "pipeline/pipeline.h"

namespace claims {

struct NumberMention {
  std::string kind;  // number, percent, range, currency, dimension
  // A range open at one end ("more than 20", "less than 30") has only that end.
  std::optional<double> value, value_max;
  std::string unit;  // "%", an ISO 4217 code, a unit symbol; empty for a bare number
  std::string text;  // as written
  std::size_t line = 0, column = 0;
};

// One whole input's figures, and how reading it went.
struct NumberLayerResult : InputStatus {
  std::vector<NumberMention> mentions;
};

// The number-layer figures of a chunk's new text (its lead-in is context only).
std::vector<NumberMention> chunk_mentions(const TextChunk& chunk, const std::string& lang,
                                          const Extractor& extractor,
                                          const ExtractOptions& options);

// Reads `path` ("-" for standard input) and finds its numbers; `options.lang` as for claims.
NumberLayerResult find_numbers(const std::string& path, const Extractor& extractor,
                               const InputOptions& options);
// The same for text in memory.
NumberLayerResult find_numbers_in(const std::string& source, std::string_view bytes,
                                  const Extractor& extractor, const InputOptions& options);

// TSV through the one table writer (output/fields.h): source line column kind value
// value_max unit text; an open end of a range is an empty cell.
//
//   write_number_header(out, TableFormat::kTsv);  //
//   source\tline\tcolumn\tkind\tvalue\tvalue_max\tunit\ttext write_number_row(out,
//   TableFormat::kTsv, "a.txt", mention);  // a.txt\t1\t9\tcurrency\t1200000000\t\tGBP\t£1.2bn
void write_number_header(std::ostream& out, TableFormat format);
void write_number_row(std::ostream& out, TableFormat format, const std::string& source,
                      const NumberMention& row);

}  // namespace claims
