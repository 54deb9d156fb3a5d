// `claims check`: the claims a corpus yields, compared with the claims it is expected to
// yield (a TSV file in the output format, usually corpus/expected.tsv).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "output/writer.h"

namespace claims {

// Reads an expected-claims TSV (header row first; columns found by name). Returns false
// with `error` set ("FILE:LINE: message") when the file cannot be used.
bool read_expected(const std::string& path, std::vector<Row>& rows, std::string& error);

// Writes rows as TSV with the header, sorted by source, line, column, claim.
void write_expected(std::vector<Row> rows, std::ostream& out);

enum class DifferenceKind { kMissing, kUnexpected, kChanged, kMoved };
const char* to_string(DifferenceKind kind);

struct Difference {
  DifferenceKind kind;
  std::optional<Row> expected;  // missing, changed, moved
  std::optional<Row> actual;    // unexpected, changed, moved
  const Row& where() const { return actual ? *actual : *expected; }
  std::string message() const;  // one line: what differs, with values
};

struct Comparison {
  std::size_t expected = 0;
  std::size_t actual = 0;
  std::vector<Row> identical;           // expected rows found exactly as they were
  std::vector<Difference> differences;  // missing, changed, unexpected, moved; by position
  std::size_t count(DifferenceKind kind) const;
  // Equal when nothing is missing, unexpected or changed; moved rows count only if strict.
  bool equal(bool strict) const;
};

// Rows are the same claim when source, claim, value, value_max, unit and modifier agree;
// a claim whose text, line or column differ is "moved". A "changed" row keeps the source
// and claim key of an expected row but has another value, range, unit or modifier.
Comparison compare(const std::vector<Row>& expected, const std::vector<Row>& actual);

}  // namespace claims
