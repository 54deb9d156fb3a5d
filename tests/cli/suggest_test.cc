#include "cli/suggest.h"

#include <catch2/catch.hpp>

using claims::cli::closest_name;

TEST_CASE("a mistyped option is matched to the one meant", "[suggest]") {
  std::vector<std::string> options = {"--format", "--files-from", "--no-header", "--lang"};
  CHECK(closest_name("--fromat", options) == "--format");       // two letters swapped
  CHECK(closest_name("--no-heder", options) == "--no-header");  // one letter left out
  CHECK(closest_name("--lnag", options) == "--lang");
  CHECK(closest_name("--langs", options) == "--lang");
}

TEST_CASE("a word near nothing suggests nothing", "[suggest]") {
  std::vector<std::string> commands = {"rules", "check", "numbers", "compare"};
  CHECK(closest_name("compar", commands) == "compare");
  CHECK(closest_name("chekc", commands) == "check");
  CHECK_FALSE(closest_name("report.txt", commands));
  CHECK_FALSE(closest_name("x", commands));
  CHECK_FALSE(closest_name("", commands));
}
