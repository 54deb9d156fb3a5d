#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "input/byte_source.h"
#include "input/input_list.h"

namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary one, removed at the end of the test.
struct TempFolder {
  fs::path path;
  explicit TempFolder(const std::string& name)
      : path(fs::temp_directory_path() / ("claims_test_" + name + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() { fs::remove_all(path); }
  std::string file(const std::string& relative, const std::string& text = "x") const {
    fs::path at = path / relative;
    fs::create_directories(at.parent_path());
    std::ofstream(at) << text;
    return at.string();
  }
};

struct Expanded {
  std::vector<std::string> visited;
  std::vector<std::string> problems;
};

Expanded expand(const std::vector<std::string>& paths, const claims::InputListOptions& options) {
  Expanded out;
  claims::expand_inputs(
      paths, options, [&](const std::string& path) { out.visited.push_back(path); },
      [&](const std::string& path, const std::string& message) {
        out.problems.push_back(path + ": " + message);
      });
  return out;
}

}  // namespace

TEST_CASE("a folder is refused without --recursive, the other inputs go on", "[input]") {
  TempFolder folder("refuse");
  std::string file = folder.file("a.txt");
  Expanded out = expand({folder.path.string(), file}, {});
  CHECK(out.visited == std::vector<std::string>{file});
  REQUIRE(out.problems.size() == 1);
  CHECK(out.problems[0].find("is a directory") != std::string::npos);
}

TEST_CASE("recursion reads *.txt and *.md below a folder, in name order", "[input]") {
  TempFolder folder("walk");
  std::string b = folder.file("b.txt"), a = folder.file("sub/a.md"), c = folder.file("c.txt");
  folder.file("image.png");
  fs::create_directory_symlink(folder.path / "sub", folder.path / "zlink");
  claims::InputListOptions options;
  options.recursive = true;
  CHECK(expand({folder.path.string()}, options).visited == std::vector<std::string>{b, c, a});
  options.globs = {"*.md", "*.png"};
  Expanded chosen = expand({folder.path.string()}, options);
  REQUIRE(chosen.visited.size() == 2);
  CHECK(chosen.visited[0].ends_with("image.png"));
  CHECK(chosen.visited[1] == a);
  CHECK(chosen.problems.empty());
}

TEST_CASE("lists of paths: one a line, or NUL-separated", "[input]") {
  TempFolder folder("list");
  std::string lines = folder.file("list.txt", "a.txt\r\n\nb c.txt\n");
  std::vector<std::string> paths;
  std::string error;
  REQUIRE(claims::read_path_list(lines, false, paths, error));
  CHECK(paths == std::vector<std::string>{"a.txt", "b c.txt"});
  std::string nul = folder.file("list0", std::string("a\nb.txt\0c.txt\0", 13));
  paths.clear();
  REQUIRE(claims::read_path_list(nul, true, paths, error));
  CHECK(paths == std::vector<std::string>{"a\nb.txt", "c.txt"});
  CHECK_FALSE(claims::read_path_list((folder.path / "missing").string(), false, paths, error));
  CHECK(error.find("No such file") != std::string::npos);
}

TEST_CASE("opening a file says why it cannot be read", "[input]") {
  TempFolder folder("open");
  std::string error;
  CHECK_FALSE(claims::open_file((folder.path / "missing.txt").string(), error));
  CHECK(error.find("No such file") != std::string::npos);
  CHECK_FALSE(claims::open_file(folder.path.string(), error));
  CHECK(error == "is a directory");
  auto source = claims::open_file(folder.file("a.txt", "500 staff"), error);
  REQUIRE(source);
  char buffer[64];
  CHECK(source->read(buffer, sizeof buffer) == 9);
  CHECK(source->read(buffer, sizeof buffer) == 0);
  CHECK(source->ready_within(0));
}
