#include "check/report.h"

#include <map>

namespace claims {
namespace {

std::string location(const Row& row) {
  return row.source + ":" + std::to_string(row.line) + ":" + std::to_string(row.column);
}

std::string rule_location(const Rule& rule) { return rule.file + ":" + std::to_string(rule.line); }

// A claim as test names give it: "staff 9100 count".
std::string claim_name(const Row& row) { return row.claim + " " + row.value + " " + row.unit; }

void write_text(const CheckResult& result, bool color, std::ostream& out) {
  const char* reset = color ? "\033[0m" : "";
  for (const Difference& d : result.comparison.differences)
    out << location(d.where()) << ": " << (color ? kind_traits(d.kind).color : "") << d.message()
        << reset << '\n';
  for (const RuleTestFailure& f : result.rule_tests.failures) out << f.str() << '\n';
  for (const Rule* rule : result.dead_rules)
    out << rule_location(*rule) << ": " << (result.strict ? "error" : "warning") << ": rule "
        << rule->id << " is dead: no claim in the corpus and no example exercises it\n";
  out << (color ? (result.passed() ? "\033[32m" : "\033[31m") : "") << result.summary() << reset
      << '\n';
}

void write_github(const CheckResult& result, std::ostream& out) {
  for (const Difference& d : result.comparison.differences) {
    const Row& row = d.where();
    out << "::" << (d.fails(result.strict) ? "error" : "warning")
        << " file=" << github_escape_property(row.source) << ",line=" << row.line
        << ",col=" << row.column
        << ",title=" << github_escape_property(std::string("claims check: ") + to_string(d.kind))
        << "::" << github_escape_data(d.message()) << '\n';
  }
  for (const RuleTestFailure& f : result.rule_tests.failures)
    out << "::error file=" << github_escape_property(f.rule->file) << ",line=" << f.line
        << ",title=" << github_escape_property("claims rule test: " + f.rule->id)
        << "::" << github_escape_data(f.message) << '\n';
  for (const Rule* rule : result.dead_rules)
    out << "::" << (result.strict ? "error" : "warning")
        << " file=" << github_escape_property(rule->file) << ",line=" << rule->line
        << ",title=" << github_escape_property("claims dead rule: " + rule->id)
        << "::" << github_escape_data("no claim in the corpus and no example exercises it") << '\n';
  out << result.summary() << '\n';
}

// One test case per expected claim (and per unexpected one), and one per rule.
void write_junit(const CheckResult& result, std::ostream& out) {
  struct Case {
    std::string classname, name, failure;
  };
  std::vector<Case> corpus;
  auto add = [&](const Row& row, std::string failure) {
    corpus.push_back(
        {"corpus." + row.source,
         claim_name(row) + " at " + std::to_string(row.line) + ":" + std::to_string(row.column),
         std::move(failure)});
  };
  for (const Row& row : result.comparison.identical) add(row, "");
  for (const Difference& d : result.comparison.differences)
    add(d.expected ? *d.expected : *d.actual, d.fails(result.strict) ? d.message() : "");
  std::map<const Rule*, std::string> rule_failures;
  for (const RuleTestFailure& f : result.rule_tests.failures)
    rule_failures[f.rule] += f.str() + "\n";
  for (const Rule* rule : result.dead_rules)
    if (result.strict) rule_failures[rule] += "dead rule: no claim in the corpus\n";
  std::vector<Case> rules;
  for (const Rule* rule : result.rule_tests.rules)
    rules.push_back({"rules." + rule->lang, rule->id, rule_failures[rule]});

  auto failures = [](const std::vector<Case>& cases) {
    std::size_t n = 0;
    for (const Case& c : cases) n += !c.failure.empty();
    return n;
  };
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"claims check\" tests=\"" << corpus.size() + rules.size()
      << "\" failures=\"" << failures(corpus) + failures(rules) << "\">\n";
  for (const auto& [name, cases] : {std::pair{"corpus", &corpus}, std::pair{"rules", &rules}}) {
    out << "  <testsuite name=\"" << name << "\" tests=\"" << cases->size() << "\" failures=\""
        << failures(*cases) << "\">\n";
    for (const Case& c : *cases) {
      out << "    <testcase classname=\"" << xml_escape(c.classname) << "\" name=\""
          << xml_escape(c.name) << "\"";
      if (c.failure.empty()) {
        out << "/>\n";
      } else {
        out << ">\n      <failure message=\""
            << xml_escape(c.failure.substr(0, c.failure.find('\n'))) << "\">"
            << xml_escape(c.failure) << "</failure>\n    </testcase>\n";
      }
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

void write_tap(const CheckResult& result, std::ostream& out) {
  std::vector<std::pair<bool, std::string>> tests;
  for (const Row& row : result.comparison.identical)
    tests.emplace_back(true, location(row) + " " + claim_name(row));
  for (const Difference& d : result.comparison.differences)
    tests.emplace_back(!d.fails(result.strict), location(d.where()) + " " + d.message());
  std::map<const Rule*, std::size_t> failed_examples;
  for (const RuleTestFailure& f : result.rule_tests.failures) ++failed_examples[f.rule];
  for (const Rule* rule : result.rule_tests.rules) {
    bool dead = false;
    for (const Rule* d : result.dead_rules) dead = dead || d == rule;
    std::string name = "rule " + rule->id;
    if (failed_examples[rule] > 0)
      name += ": " + std::to_string(failed_examples[rule]) + " examples fail";
    if (dead) name += " # dead rule";
    tests.emplace_back(failed_examples[rule] == 0 && !(dead && result.strict), name);
  }
  out << "TAP version 13\n1.." << tests.size() << '\n';
  std::size_t number = 0;
  for (const auto& [ok, name] : tests) {
    std::string line = name;
    for (char& c : line)
      if (c == '\n' || c == '\r') c = ' ';
    out << (ok ? "ok " : "not ok ") << ++number << " - " << line << '\n';
  }
  out << "# " << result.summary() << '\n';
}

// Each byte of `text` that is one of `bytes` as %XX (upper-case hex), as GitHub's workflow
// commands escape them.
std::string percent_encode(std::string_view text, std::string_view bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    if (bytes.find(c) == std::string_view::npos) {
      out += c;
      continue;
    }
    auto byte = static_cast<unsigned char>(c);
    out += '%';
    out += kHex[byte >> 4];
    out += kHex[byte & 0xF];
  }
  return out;
}

}  // namespace

bool CheckResult::passed() const {
  return unreadable == 0 && comparison.equal(strict) && rule_tests.failures.empty() &&
         (!strict || dead_rules.empty());
}

std::string CheckResult::summary() const {
  const Comparison& c = comparison;
  std::size_t examples = rule_tests.examples + rule_tests.counterexamples;
  return std::string(passed() ? "check passed: " : "check FAILED: ") + std::to_string(c.actual) +
         " claims against " + std::to_string(c.expected) + " expected in " + expected_path + " (" +
         std::to_string(c.count(DifferenceKind::kMissing)) + " missing, " +
         std::to_string(c.count(DifferenceKind::kUnexpected)) + " unexpected, " +
         std::to_string(c.count(DifferenceKind::kChanged)) + " changed, " +
         std::to_string(c.count(DifferenceKind::kMoved)) + " moved); " +
         std::to_string(rule_count) + " rules, " +
         std::to_string(examples - rule_tests.failures.size()) + "/" + std::to_string(examples) +
         " rule examples pass, " + std::to_string(dead_rules.size()) + " dead" +
         (unreadable ? "; " + std::to_string(unreadable) + " unreadable (see the errors)" : "");
}

void write_report(const CheckResult& result, ReportFormat format, bool color, std::ostream& out) {
  switch (format) {
    case ReportFormat::kText:
      write_text(result, color, out);
      break;
    case ReportFormat::kGithub:
      write_github(result, out);
      break;
    case ReportFormat::kJunit:
      write_junit(result, out);
      break;
    case ReportFormat::kTap:
      write_tap(result, out);
      break;
  }
}

std::string github_escape_data(std::string_view text) { return percent_encode(text, "%\r\n"); }

std::string github_escape_property(std::string_view text) {
  return percent_encode(text, "%\r\n:,");
}

std::string xml_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;  // not allowed in XML 1.0
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\n':
        out += "&#10;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace claims
