// `claims check` reports: readable text, GitHub workflow commands, JUnit XML and TAP.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "check/compare.h"
#include "check/rule_tests.h"

namespace claims {

struct CheckResult {
  std::string expected_path;
  Comparison comparison;
  RuleTestReport rule_tests;
  std::vector<const Rule*> dead_rules;  // no claim in the corpus and no passing example
  std::size_t rule_count = 0;
  bool strict = false;

  // Passes when the claims are equal (moved rows count under strict), every rule example
  // passes, and (under strict) no rule is dead.
  // Inputs (or the expected file) that could not be read: the check cannot pass with any.
  std::size_t unreadable = 0;
  bool passed() const;
  std::string summary() const;  // one line
};

enum class ReportFormat { kText, kGithub, kJunit, kTap };

// `color` adds ANSI colours to the text report (for terminals without NO_COLOR).
void write_report(const CheckResult& result, ReportFormat format, bool color, std::ostream& out);

// Escaping for GitHub workflow commands: the message part, and a property value.
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);

// Escapes text for XML attribute values and content; drops characters XML 1.0 forbids.
std::string xml_escape(std::string_view text);

}  // namespace claims
