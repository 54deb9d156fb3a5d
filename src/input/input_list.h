// Stage 0: which files to read: paths as given, folders walked with --recursive (like
// grep -r), and lists of paths read from a file (--files-from).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace claims {

struct InputListOptions {
  bool recursive = false;          // read the files below a folder instead of refusing it
  std::vector<std::string> globs;  // names of files to read in folders; empty: *.txt, *.md
};

// Calls `visit(path)` for each input in order: a file (or "-") as given; for a folder with
// `recursive`, every file below it whose name matches a glob, sorted by name at each level,
// without following links to folders. A folder without `recursive`, or one that cannot be
// listed, goes to `problem(path, message)` instead; the other inputs go on.
void expand_inputs(const std::vector<std::string>& paths, const InputListOptions& options,
                   const std::function<void(const std::string&)>& visit,
                   const std::function<void(const std::string&, const std::string&)>& problem);

// Reads the paths listed in `list` ("-": standard input), one a line (a CR before the LF is
// dropped) or, with `null_separated`, separated by NUL bytes; empty entries are skipped.
bool read_path_list(const std::string& list, bool null_separated, std::vector<std::string>& paths,
                    std::string& error);

}  // namespace claims
