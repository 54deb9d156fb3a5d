#include "rules/sub_patterns.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <utility>

namespace claims {
namespace {

// Far beyond any real rule; it stops sub-patterns that double at every level from filling
// memory before RE2 could refuse them (named in expand_into()).
constexpr std::size_t kMaxExpansion = 1 << 20;

// Sub-pattern names are lower case, so "{A0}" in "\x{A0}" or "{3}" is never one.
bool is_identifier_start(char c) { return c >= 'a' && c <= 'z'; }
bool is_identifier_char(char c) {
  return is_identifier_start(c) || (c >= '0' && c <= '9') || c == '_';
}

std::size_t identifier_end(std::string_view text, std::size_t from) {
  while (from < text.size() && is_identifier_char(text[from])) ++from;
  return from;
}

// A {name} or {name:suffix} reference to a sub-pattern, at [begin, end) of a pattern.
struct Reference {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string name;
  std::string suffix;
};

// Where the escape at `backslash` ends: "\{", "\x{A0}" and "\p{Lu}" are regex syntax.
std::size_t escape_end(std::string_view pattern, std::size_t backslash) {
  std::size_t end = std::min(backslash + 2, pattern.size());
  char letter = end == backslash + 2 ? pattern[backslash + 1] : '\0';
  bool braced = letter == 'x' || letter == 'p' || letter == 'P';
  if (!braced || end >= pattern.size() || pattern[end] != '{') return end;
  std::size_t close = pattern.find('}', end);
  return close == std::string_view::npos ? pattern.size() : close + 1;
}

std::optional<Reference> reference_at(std::string_view pattern, std::size_t open) {
  if (pattern[open] != '{' || open + 1 >= pattern.size() || !is_identifier_start(pattern[open + 1]))
    return std::nullopt;
  Reference reference;
  reference.begin = open;
  std::size_t end = identifier_end(pattern, open + 1);
  reference.name = pattern.substr(open + 1, end - open - 1);
  if (end < pattern.size() && pattern[end] == ':') {
    std::size_t suffix_end = identifier_end(pattern, end + 1);
    reference.suffix = pattern.substr(end + 1, suffix_end - end - 1);
    end = suffix_end;
  }
  if (end >= pattern.size() || pattern[end] != '}') return std::nullopt;
  reference.end = end + 1;
  return reference;
}

// The first reference at or after `from`.
std::optional<Reference> next_reference(std::string_view pattern, std::size_t from) {
  for (std::size_t i = from; i < pattern.size();) {
    if (pattern[i] == '\\') {
      i = escape_end(pattern, i);
      continue;
    }
    if (auto reference = reference_at(pattern, i)) return reference;
    ++i;
  }
  return std::nullopt;
}

// Renames every named group "(?P<x>" in `pattern` to "(?P<x_suffix>".
std::string rename_groups(std::string pattern, std::string_view suffix) {
  static constexpr std::string_view kOpen = "(?P<";
  for (std::size_t at = pattern.find(kOpen); at != std::string::npos;
       at = pattern.find(kOpen, at + 1)) {
    std::size_t close = pattern.find('>', at);
    if (close == std::string::npos) break;
    pattern.insert(close, suffix);
    pattern.insert(close, 1, '_');
  }
  return pattern;
}

// `path` (outermost first) holds `name` already: from there on it is a cycle.
std::string cycle_message(const std::vector<std::string>& path, const std::string& name) {
  std::string message = "sub-patterns refer to each other in a cycle: ";
  for (auto at = std::find(path.begin(), path.end(), name); at != path.end(); ++at)
    message += "{" + *at + "} -> ";
  return message + "{" + name + "}";
}

// The walk behind check_sub_pattern_references(): depth first through the references
// between the sub-patterns of one lexicon, each visited once.
class ReferenceCheck {
 public:
  ReferenceCheck(Lexicon& lexicon, std::vector<Diagnostic>& errors)
      : lexicon_(lexicon), errors_(errors) {}

  void run() {
    for (const auto& entry : lexicon_.patterns) usable(entry.first);
  }

 private:
  enum class State { kVisiting, kUsable, kUnusable };

  bool usable(const std::string& name) {
    auto [state, first_visit] = states_.try_emplace(name, State::kVisiting);
    if (!first_visit) {
      if (state->second == State::kVisiting) report_cycle(name);
      return state->second == State::kUsable;
    }
    path_.push_back(name);
    bool ok = references_usable(name);
    path_.pop_back();
    state->second = ok ? State::kUsable : State::kUnusable;
    if (!ok) lexicon_.unusable_patterns.insert(name);
    return ok;
  }

  bool references_usable(const std::string& name) {
    for (const auto& reference : sub_pattern_references(lexicon_.patterns.at(name))) {
      if (!lexicon_.patterns.count(reference)) {
        report(name, "{" + name + "} refers to an undefined sub-pattern {" + reference +
                         "} (language " + lexicon_.code + ")");
        return false;
      }
      if (!usable(reference)) return false;
    }
    return true;
  }

  void report_cycle(const std::string& name) { report(name, cycle_message(path_, name)); }

  void report(const std::string& name, std::string message) {
    errors_.push_back(lexicon_.at_pattern(name, std::move(message)));
  }

  Lexicon& lexicon_;
  std::vector<Diagnostic>& errors_;
  std::map<std::string, State> states_;
  std::vector<std::string> path_;  // the sub-patterns being visited, outermost first
};

// `chain`: the sub-patterns being expanded, outermost first, to tell a cycle.
bool expand_into(const Lexicon& lexicon, std::string_view pattern, std::string& out,
                 std::string& error, std::vector<std::string>& chain) {
  std::size_t at = 0;
  for (auto reference = next_reference(pattern, at); reference;
       reference = next_reference(pattern, at)) {
    out += pattern.substr(at, reference->begin - at);
    at = reference->end;
    auto found = lexicon.patterns.find(reference->name);
    if (found == lexicon.patterns.end()) {
      error = "undefined sub-pattern {" + reference->name + "} (language " + lexicon.code + ")";
      return false;
    }
    if (std::find(chain.begin(), chain.end(), reference->name) != chain.end()) {
      error = cycle_message(chain, reference->name);
      return false;
    }
    // Expanded fully before renaming, so a suffix reaches the groups of nested references.
    std::string body;
    chain.push_back(reference->name);
    bool expanded = expand_into(lexicon, found->second, body, error, chain);
    chain.pop_back();
    if (!expanded) return false;
    out += "(?:";
    out += reference->suffix.empty() ? body : rename_groups(std::move(body), reference->suffix);
    out += ")";
    if (out.size() > kMaxExpansion) {
      error = "expands to more than 1 MiB of regex";
      return false;
    }
  }
  out += pattern.substr(at);
  return true;
}

}  // namespace

std::vector<std::string> sub_pattern_references(std::string_view pattern) {
  std::vector<std::string> names;
  for (auto reference = next_reference(pattern, 0); reference;
       reference = next_reference(pattern, reference->end))
    names.push_back(std::move(reference->name));
  return names;
}

bool expand_sub_patterns(const Lexicon& lexicon, std::string_view pattern, std::string& out,
                         std::string& error) {
  out.clear();
  std::vector<std::string> chain;
  return expand_into(lexicon, pattern, out, error, chain);
}

void check_sub_pattern_references(Lexicon& lexicon, std::vector<Diagnostic>& errors) {
  ReferenceCheck(lexicon, errors).run();
}

}  // namespace claims
