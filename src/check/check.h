// `claims check`: run the extraction on a corpus and compare it with the expected claims.
#pragma once

#include <string>
#include <vector>

#include "check/report.h"
#include "extract/extractor.h"

namespace claims {

struct CheckOptions {
  std::string expected_path = "corpus/expected.tsv";
  std::vector<std::string> inputs;  // empty: the sources the expected file names
  bool strict = false;
  ExtractOptions extract;
};

// Fills `result` and `actual` (the rows the inputs yield now). Returns false, with the
// reasons in `errors`, when the expected file or an input cannot be read; `result` then
// holds what could be compared.
bool run_check(const RuleSet& rules, const Extractor& extractor, const CheckOptions& options,
               CheckResult& result, std::vector<Row>& actual, std::vector<std::string>& errors);

}  // namespace claims
