// The macro language of rule patterns: {name} and {name:suffix} references to a
// lexicon's sub-patterns.
//
// A reference is a lower-case name in braces; "\{", "\x{A0}" and "\p{Lu}" stay regex
// syntax, and "{3}" or "{A0}" is never one. Expanding a reference writes the sub-pattern,
// itself expanded, as a non-capturing group; a suffix renames every named group inside it,
// so "{money:max}" yields value_max, scale_max.
//
// Costs: at load time, one pass over a pattern per level of nesting, and a copy of each
// sub-pattern it expands to (at most 1 MiB in all); nothing at match time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace claims {

// Writes `pattern` into `out` with every reference replaced by its sub-pattern; false when
// one is undefined, they refer to each other in a cycle or the result is over 1 MiB (then
// `error` says why).
bool expand_sub_patterns(const Lexicon& lexicon, std::string_view pattern, std::string& out,
                         std::string& error);

// Marks the sub-patterns of `lexicon` that cannot be expanded (in unusable_patterns): one
// that refers to an undefined sub-pattern or takes part in a cycle. Each fault is reported
// once, at the sub-pattern that holds it; one that only refers to a faulty one is unusable
// too, without a report of its own.
void check_sub_pattern_references(Lexicon& lexicon, std::vector<Diagnostic>& errors);

}  // namespace claims
