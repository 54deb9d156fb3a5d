#include "rules/rule_compiler.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "rules/sub_patterns.h"

namespace claims {
namespace {

// RE2's budget for one compiled pattern (named in re2_problem()).
constexpr int64_t kMaxRegexMemory = 64 << 20;

// The first capture-group name that `pattern` uses twice, or "".
std::string duplicate_group(std::string_view pattern) {
  static constexpr std::string_view kOpen = "(?P<";
  std::set<std::string_view> names;
  for (std::size_t at = pattern.find(kOpen); at != std::string_view::npos;
       at = pattern.find(kOpen, at + 1)) {
    std::size_t close = pattern.find('>', at);
    if (close == std::string_view::npos) break;
    std::string_view name = pattern.substr(at + kOpen.size(), close - at - kOpen.size());
    if (!names.insert(name).second) return std::string(name);
  }
  return {};
}

// What makes an expanded pattern use a group name twice, to follow the pattern's name in a
// message; "" when it does not.
std::string duplicate_group_problem(std::string_view expanded) {
  std::string duplicate = duplicate_group(expanded);
  if (duplicate.empty()) return {};
  return "uses the group name " + duplicate + " twice; give one use a suffix, e.g. {money:after}";
}

// RE2 quotes the whole pattern after some errors ("missing ): ..."); its start is enough.
std::string shortened(std::string text) {
  constexpr std::size_t kLimit = 160;
  if (text.size() <= kLimit) return text;
  std::size_t cut = kLimit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  text.resize(cut);
  return text + "...";
}

// Why RE2 refused a pattern, to follow the pattern's name in a message.
std::string re2_problem(const RE2& regex) {
  if (regex.error_code() == RE2::ErrorPatternTooLarge)
    return "is over RE2's memory budget (64 MiB): bound its repetitions or split it";
  return "does not compile: " + shortened(regex.error());
}

// Matches any of `words` where it stands alone, not inside another word.
std::unique_ptr<RE2> dollar_marker_regex(const std::vector<std::string>& words,
                                         const RE2::Options& options) {
  // Appended piece by piece: "|" + QuoteMeta(word) makes g++ 12 at -O3 warn (-Wrestrict).
  std::string pattern = "(?:^|[^\\pL])(?:";
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += RE2::QuoteMeta(words[i]);
  }
  pattern += ")(?:[^\\pL]|$)";
  return std::make_unique<RE2>(pattern, options);
}

// The roles of a compiled rule's named groups, each role's groups in pattern order.
RuleGroups read_groups(const RE2& regex) {
  RuleGroups groups;
  for (const auto& [name, group_index] : regex.NamedCapturingGroups()) {
    std::string_view base(name);
    base = base.substr(0, base.find('_'));
    bool upper = (name + "_").find("_max_") != std::string::npos;
    auto role = std::find(std::begin(kRoleNames), std::end(kRoleNames), base);
    if (role == std::end(kRoleNames)) {
      groups.unknown.push_back(name);
      continue;
    }
    auto r = static_cast<std::size_t>(role - std::begin(kRoleNames));
    (upper ? groups.upper : groups.lower)[r].push_back(group_index);
  }
  for (auto* side : {&groups.lower, &groups.upper})
    for (auto& indices : *side) std::sort(indices.begin(), indices.end());
  return groups;
}

// Whether a pattern that fails does so through a sub-pattern it refers to: the innermost
// one that fails on its own. That one is reported at its definition (once: it is marked
// unusable) and true returned; false when every sub-pattern it uses compiles alone.
bool blame_sub_pattern(Lexicon& lexicon, std::string_view pattern, const RE2::Options& options,
                       std::vector<Diagnostic>& errors) {
  for (const auto& name : sub_pattern_references(pattern)) {
    if (!lexicon.patterns.count(name)) continue;  // the fault of the text that refers to it
    if (lexicon.unusable_patterns.count(name)) return true;  // reported already
    std::string expanded, error;
    if (expand_sub_patterns(lexicon, "{" + name + "}", expanded, error)) {
      error = duplicate_group_problem(expanded);
      if (error.empty()) {
        RE2 regex(expanded, options);
        if (regex.ok()) continue;
        error = re2_problem(regex);
      }
    }
    // Those it refers to first: the fault is in the innermost that fails.
    if (!blame_sub_pattern(lexicon, lexicon.patterns.at(name), options, errors))
      errors.push_back(lexicon.at_pattern(name, "{" + name + "} " + error));
    lexicon.unusable_patterns.insert(name);
    return true;
  }
  return false;
}

// Compiles the sub-pattern `name` on its own; null when the lexicon does not define it or
// it cannot be used (then the reason is in `errors`, with its file and line).
std::unique_ptr<RE2> compile_sub_pattern(Lexicon& lexicon, const std::string& name,
                                         const RE2::Options& options,
                                         std::vector<Diagnostic>& errors) {
  if (!lexicon.patterns.count(name) || lexicon.unusable_patterns.count(name)) return nullptr;
  std::string pattern, error;
  if (expand_sub_patterns(lexicon, "{" + name + "}", pattern, error)) {
    auto regex = std::make_unique<RE2>(pattern, options);
    if (regex->ok()) return regex;
  }
  blame_sub_pattern(lexicon, "{" + name + "}", options, errors);
  return nullptr;
}

}  // namespace

RE2::Options base_regex_options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(kMaxRegexMemory);
  return options;
}

void compile_engine_patterns(Lexicon& lexicon, const RE2::Options& options,
                             std::vector<Diagnostic>& errors) {
  RE2::Options scan = options;
  scan.set_case_sensitive(false);
  scan.set_never_capture(true);
  lexicon.candidate = compile_sub_pattern(lexicon, "candidate", scan, errors);
  if (!lexicon.candidate) lexicon.candidate = std::make_unique<RE2>("\\d", scan);
  lexicon.numbers = compile_sub_pattern(lexicon, "number", scan, errors);
  lexicon.clause_break = compile_sub_pattern(lexicon, "clause_break", scan, errors);
  lexicon.conversion = compile_sub_pattern(lexicon, "conversion", scan, errors);
  lexicon.coordination = compile_sub_pattern(lexicon, "coordination", scan, errors);
  lexicon.range_join = compile_sub_pattern(lexicon, "range_join", scan, errors);
  lexicon.action = compile_sub_pattern(lexicon, "action", scan, errors);
  RE2::Options exact = scan;
  exact.set_case_sensitive(true);
  lexicon.exclude = compile_sub_pattern(lexicon, "exclude", exact, errors);
  RE2::Options groups = options;  // the currency groups are read
  groups.set_case_sensitive(false);
  lexicon.money = compile_sub_pattern(lexicon, "money", groups, errors);
  lexicon.as_of = compile_sub_pattern(lexicon, "as_of", groups, errors);
  lexicon.dollar_regexes.clear();
  for (const auto& [code, words] : lexicon.dollar_markers)
    lexicon.dollar_regexes.emplace_back(code, dollar_marker_regex(words, options));
}

bool compile_rule(Rule& rule, Lexicon& lexicon, const RE2::Options& options, RulePrefilter* filter,
                  std::vector<Diagnostic>& errors) {
  rule.regex = nullptr;
  rule.own_regex.reset();
  if (rule.pattern.empty()) return false;  // reported when the rule was read
  for (const auto& name : sub_pattern_references(rule.pattern))
    if (lexicon.unusable_patterns.count(name)) return false;  // reported where it is defined
  RE2::Options rule_options = options;
  rule_options.set_case_sensitive(rule.case_sensitive);
  // A fault in a sub-pattern is reported where the sub-pattern is, not at each rule.
  auto problem = [&](std::size_t line, const std::string& message) {
    if (!blame_sub_pattern(lexicon, rule.pattern, rule_options, errors))
      errors.push_back({rule.file, line, "rule " + rule.id + ": " + message});
    return false;
  };
  std::string error;
  if (!expand_sub_patterns(lexicon, rule.pattern, rule.expanded, error))
    return problem(rule.pattern_line, error);
  if (std::string twice = duplicate_group_problem(rule.expanded); !twice.empty())
    return problem(rule.pattern_line, "pattern " + twice);
  if (filter) rule.regex = filter->add(rule.expanded, rule_options);
  if (!rule.regex) {
    // Without a filter, or refused by it: compiled alone, to run or to say why it cannot.
    rule.own_regex = std::make_unique<RE2>(rule.expanded, rule_options);
    if (!rule.own_regex->ok() || filter) {
      std::string why = re2_problem(*rule.own_regex);
      rule.own_regex.reset();
      return problem(rule.pattern_line, "pattern " + why);
    }
    rule.regex = rule.own_regex.get();
  }
  rule.group_count = rule.regex->NumberOfCapturingGroups();
  rule.groups = read_groups(*rule.regex);
  if (rule.groups.lower[static_cast<std::size_t>(Role::kValue)].empty())
    errors.push_back(
        {rule.file, rule.line, "rule " + rule.id + ": pattern has no (?P<value>...) group"});
  return true;
}

}  // namespace claims
