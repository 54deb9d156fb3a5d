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

// What the reports say of each kind: its name ("missing") and its ANSI colour.
struct DifferenceTraits {
  const char* name;
  const char* color;
};
constexpr DifferenceTraits kind_traits(DifferenceKind kind) {
  constexpr DifferenceTraits kTraits[] = {{"missing", "\033[31m"},
                                          {"unexpected", "\033[33m"},
                                          {"changed", "\033[35m"},
                                          {"moved", "\033[36m"}};
  return kTraits[static_cast<int>(kind)];
}
const char* to_string(DifferenceKind kind);  // kind_traits(kind).name

struct Difference {
  DifferenceKind kind;
  std::optional<Row> expected;  // missing, changed, moved
  std::optional<Row> actual;    // unexpected, changed, moved
  const Row& where() const { return actual ? *actual : *expected; }
  std::string message() const;  // one line: what differs, with values
  // Whether it fails a check: every kind does but a moved claim, which fails only if strict.
  bool fails(bool strict) const { return kind != DifferenceKind::kMoved || strict; }
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
