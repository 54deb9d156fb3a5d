// Which rules of a layer can match a sentence, before any of them runs.
//
// Most rules need some literal word to match ("pence", "%", "employees", "hausse"); a
// sentence that holds none of a rule's words cannot match it. RE2's FilteredRE2 works out
// those words ("atoms") from each pattern; one RE2::Set over all of them finds, in one
// pass over a sentence, which atoms it holds, and so which rules are worth running. A rule
// with no such word (a bare number grammar) is always a candidate.
//
// The filter compiles each pattern it is given and keeps it: the rule runs that compiled
// regex, so a rule is compiled once (most of start-up is RE2 compiling).
//
// Costs: add() is one RE2 compile (at load time); candidates() is one DFA pass over the
// text, plus a look-up in the atoms' tree.
//
//   RulePrefilter filter;
//   const RE2* regex = filter.add(rule.expanded, options);  // once per rule, in order
//   filter.compile();
//   filter.candidates(sentence, positions);  // the positions of the rules worth running
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

namespace claims {

class RulePrefilter {
 public:
  RulePrefilter();
  ~RulePrefilter();
  RulePrefilter(const RulePrefilter&) = delete;
  RulePrefilter& operator=(const RulePrefilter&) = delete;

  // Adds the next rule's pattern and returns it compiled, owned by the filter; null when
  // RE2 refuses it, and then nothing is added.
  const RE2* add(const std::string& pattern, const RE2::Options& options);
  // Adds the next rule as one that is always a candidate.
  void add_unfiltered();
  // Settles the atoms; call once, after the last add().
  void compile();
  // The positions (in add order, ascending) of the rules that may match within `text`.
  void candidates(std::string_view text, std::vector<std::size_t>& positions) const;

 private:
  re2::FilteredRE2 filter_;
  std::unique_ptr<RE2::Set> atoms_;          // null: no rule needs a word, or no Set could be built
  std::size_t rules_ = 0;                    // how many were added
  std::vector<std::size_t> position_of_id_;  // filter_'s id -> the rule's position
  std::vector<std::size_t> always_;          // positions of the rules added unfiltered
  bool usable_ = false;                      // false: every rule is a candidate
};

}  // namespace claims
