#include "check/compare.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

namespace claims {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(
        line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

auto claim_key(const Row& r) {
  return std::tie(r.source, r.claim, r.value, r.value_max, r.unit, r.modifier, r.as_of);
}
auto full_key(const Row& r) {
  return std::tie(r.source, r.claim, r.value, r.value_max, r.unit, r.modifier, r.as_of, r.text,
                  r.line, r.column);
}
bool by_position(const Row& a, const Row& b) {
  return std::tie(a.source, a.line, a.column, a.claim, a.value) <
         std::tie(b.source, b.line, b.column, b.claim, b.value);
}

// Pairs rows of `left` and `right` that `same` deems equal, in order; removes them from
// both and returns the pairs.
template <typename Same>
std::vector<std::pair<Row, Row>> pair_off(std::vector<Row>& left, std::vector<Row>& right,
                                          Same same) {
  std::vector<std::pair<Row, Row>> pairs;
  std::vector<bool> used(right.size(), false);
  std::vector<Row> left_rest;
  for (auto& l : left) {
    bool matched = false;
    for (std::size_t i = 0; i < right.size() && !matched; ++i) {
      if (used[i] || !same(l, right[i])) continue;
      used[i] = true;
      pairs.emplace_back(std::move(l), right[i]);
      matched = true;
    }
    if (!matched) left_rest.push_back(std::move(l));
  }
  std::vector<Row> right_rest;
  for (std::size_t i = 0; i < right.size(); ++i)
    if (!used[i]) right_rest.push_back(std::move(right[i]));
  left = std::move(left_rest);
  right = std::move(right_rest);
  return pairs;
}

std::string describe(const Row& r) {
  std::string out = r.claim + " " + figure_text(r.value, r.value_max, r.unit);
  if (!r.modifier.empty()) out += " (" + r.modifier + ")";
  if (!r.as_of.empty()) out += " as of " + r.as_of;
  return out;
}

}  // namespace

bool read_expected(const std::string& path, std::vector<Row>& rows, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot open the expected-claims file";
    return false;
  }
  std::string line;
  if (!std::getline(in, line)) {
    error = path + ":1: empty file; expected a header row";
    return false;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::vector<std::string> header = split_tabs(line);
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < header.size(); ++i) column[header[i]] = i;
  for (const char* required : {"source", "claim", "value", "unit"}) {
    if (!column.count(required)) {
      error = path + ":1: the header has no \"" + required + "\" column";
      return false;
    }
  }
  std::size_t number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> fields = split_tabs(line);
    auto field = [&](const char* name) -> std::string {
      auto found = column.find(name);
      return found != column.end() && found->second < fields.size() ? fields[found->second] : "";
    };
    Row row{field("source"),
            field("lang"),
            field("claim"),
            field("value"),
            field("value_max"),
            field("unit"),
            field("modifier"),
            field("text"),
            0,
            0,
            field("rule"),
            field("as_of"),
            "",
            false};
    try {
      if (!field("line").empty()) row.line = std::stoul(field("line"));
      if (!field("column").empty()) row.column = std::stoul(field("column"));
    } catch (const std::exception&) {
      error = path + ":" + std::to_string(number) + ": line and column must be numbers";
      return false;
    }
    rows.push_back(std::move(row));
  }
  return true;
}

void write_expected(std::vector<Row> rows, std::ostream& out) {
  std::stable_sort(rows.begin(), rows.end(), by_position);
  auto writer = make_writer("tsv", out);
  writer->header();
  for (const Row& row : rows) writer->write(row);
}

const char* to_string(DifferenceKind kind) { return kind_traits(kind).name; }

std::string Difference::message() const {
  switch (kind) {
    case DifferenceKind::kMissing:
      return "missing " + describe(*expected) + " \"" + expected->text + "\" (expected from rule " +
             expected->rule + ")";
    case DifferenceKind::kUnexpected:
      return "unexpected " + describe(*actual) + " \"" + actual->text + "\" (from rule " +
             actual->rule + ")";
    case DifferenceKind::kChanged:
      return "changed " + describe(*expected) + " -> " + describe(*actual) + " \"" + actual->text +
             "\" (rule " + actual->rule + ")";
    case DifferenceKind::kMoved:
      return "moved " + describe(*actual) + " from " + std::to_string(expected->line) + ":" +
             std::to_string(expected->column) + " \"" + expected->text + "\" to " +
             std::to_string(actual->line) + ":" + std::to_string(actual->column) + " \"" +
             actual->text + "\"";
  }
  return {};
}

std::size_t Comparison::count(DifferenceKind kind) const {
  return static_cast<std::size_t>(
      std::count_if(differences.begin(), differences.end(),
                    [kind](const Difference& d) { return d.kind == kind; }));
}

bool Comparison::equal(bool strict) const {
  for (const Difference& d : differences)
    if (d.fails(strict)) return false;
  return true;
}

Comparison compare(const std::vector<Row>& expected, const std::vector<Row>& actual) {
  Comparison result;
  result.expected = expected.size();
  result.actual = actual.size();
  std::vector<Row> left = expected, right = actual;
  for (auto& [e, a] :
       pair_off(left, right, [](const Row&x, const Row&y) { return full_key(x) == full_key(y); }))
    result.identical.push_back(std::move(e));
  for (auto& [e, a] :
       pair_off(left, right, [](const Row&x, const Row&y) { return claim_key(x) == claim_key(y); }))
    result.differences.push_back({DifferenceKind::kMoved, std::move(e), std::move(a)});
  // A changed claim: same source and key, and the nearest position still free.
  for (auto& [e, a] : pair_off(left, right, [](const Row&x, const Row&y) {
         return x.source == y.source && x.claim == y.claim && x.line == y.line;
       }))
    result.differences.push_back({DifferenceKind::kChanged, std::move(e), std::move(a)});
  for (auto& [e, a] : pair_off(left, right, [](const Row&x, const Row&y) {
         return x.source == y.source && x.claim == y.claim;
       }))
    result.differences.push_back({DifferenceKind::kChanged, std::move(e), std::move(a)});
  for (auto& e : left) result.differences.push_back({DifferenceKind::kMissing, std::move(e), {}});
  for (auto& a : right)
    result.differences.push_back({DifferenceKind::kUnexpected, {}, std::move(a)});
  std::stable_sort(
      result.differences.begin(), result.differences.end(),
      [](const Difference& a, const Difference& b) { return by_position(a.where(), b.where()); });
  return result;
}

}  // namespace claims
