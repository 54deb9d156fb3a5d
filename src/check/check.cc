#include "check/check.h"

#include <algorithm>
#include <set>

#include "pipeline/pipeline.h"

namespace claims {

bool run_check(const RuleSet& rules, const Extractor& extractor, const CheckOptions& options,
               CheckResult& result, std::vector<Row>& actual, std::vector<std::string>& errors) {
  result.expected_path = options.expected_path;
  result.strict = options.strict;
  result.rule_count = rules.rules().size();
  std::vector<Row> expected;
  std::string error;
  bool ok = read_expected(options.expected_path, expected, error);
  if (!ok) errors.push_back(error);

  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) {
    std::set<std::string> seen;
    for (const Row& row : expected)
      if (seen.insert(row.source).second) inputs.push_back(row.source);
  } else {
    // Only the expected rows of the files being checked take part.
    std::set<std::string> wanted(inputs.begin(), inputs.end());
    std::erase_if(expected, [&](const Row& row) { return !wanted.count(row.source); });
  }
  for (const std::string& input : inputs) {
    FileResult file = process_file(input, extractor, InputOptions{options.extract, {}});
    if (!file.ok) {
      errors.push_back(input + ": " + file.error);
      ok = false;
      continue;
    }
    actual.insert(actual.end(), file.rows.begin(), file.rows.end());
  }
  result.unreadable = errors.size();
  result.comparison = compare(expected, actual);
  result.rule_tests = run_rule_tests(rules, extractor);

  std::set<std::string> producing;
  for (const Row& row : actual) producing.insert(row.rule);
  for (const Rule* rule : result.rule_tests.rules) {
    bool exercised =
        std::find(result.rule_tests.exercised.begin(), result.rule_tests.exercised.end(), rule) !=
        result.rule_tests.exercised.end();
    if (!exercised && !producing.count(rule->id)) result.dead_rules.push_back(rule);
  }
  return ok;
}

}  // namespace claims
