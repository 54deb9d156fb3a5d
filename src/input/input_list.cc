#include "input/input_list.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "input/byte_source.h"

namespace claims {
namespace fs = std::filesystem;
namespace {

bool wanted(const fs::path& file, const std::vector<std::string>& globs) {
  static const std::vector<std::string> kDefaults = {"*.txt", "*.md"};
  std::string name = file.filename().string();
  for (const auto& glob : globs.empty() ? kDefaults : globs)
    if (fnmatch(glob.c_str(), name.c_str(), 0) == 0) return true;
  return false;
}

void walk(const fs::path& folder, const InputListOptions& options,
          const std::function<void(const std::string&)>& visit,
          const std::function<void(const std::string&, const std::string&)>& problem) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    entries.push_back(*it);
  if (ec) {
    problem(folder.string(), ec.message());
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& entry : entries) {
    std::error_code type_error;
    if (entry.is_symlink(type_error) && entry.is_directory(type_error)) continue;
    if (entry.is_directory(type_error))
      walk(entry.path(), options, visit, problem);
    else if (entry.is_regular_file(type_error) && wanted(entry.path(), options.globs))
      visit(entry.path().string());
  }
}

}  // namespace

void expand_inputs(const std::vector<std::string>& paths, const InputListOptions& options,
                   const std::function<void(const std::string&)>& visit,
                   const std::function<void(const std::string&, const std::string&)>& problem) {
  for (const auto& path : paths) {
    std::error_code ec;
    bool folder = path != "-" && fs::is_directory(path, ec);
    if (!folder)
      visit(path);
    else if (options.recursive)
      walk(path, options, visit, problem);
    else
      problem(path, "is a directory (--recursive reads the files in it)");
  }
}

bool read_path_list(const std::string& list, bool null_separated, std::vector<std::string>& paths,
                    std::string& error) {
  std::unique_ptr<ByteSource> source = open_file(list, error);
  if (!source) return false;
  char separator = null_separated ? '\0' : '\n';
  std::string entry;
  auto finish = [&] {
    if (!null_separated && entry.ends_with('\r')) entry.pop_back();
    if (!entry.empty()) paths.push_back(std::move(entry));
    entry.clear();
  };
  char buffer[65536];
  for (;;) {
    std::ptrdiff_t n = source->read(buffer, sizeof buffer);
    if (n < 0) {
      error = source->error();
      return false;
    }
    if (n == 0) break;
    for (std::ptrdiff_t i = 0; i < n; ++i) {
      if (buffer[i] == separator)
        finish();
      else
        entry += buffer[i];
    }
  }
  finish();
  return true;
}

}  // namespace claims
