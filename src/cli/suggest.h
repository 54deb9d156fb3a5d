// "Did you mean": the name a mistyped option or command was closest to.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claims::cli {

// The candidate nearest to `word` by edit distance (insertions, deletions, substitutions and
// swaps of two neighbours each count one), when it is near enough to be what was meant: at
// most a third of the word's length, and at least 1. Ties go to the first candidate.
//
//   closest_name("--fromat", {"--format", "--files-from"})  // "--format"
//   closest_name("--xyz", {"--format"})                       // nothing
std::optional<std::string> closest_name(std::string_view word,
                                        const std::vector<std::string>& candidates);

}  // namespace claims::cli
