// claims_candidate_floor: the time of one RE2 pass of a language's {candidate} pattern over a
// file, each match searched for after the previous one. Every claim begins at a candidate,
// so no scan of the text that finds them can be faster than this: it is the floor that
// tests/bench/benchmark.py compares claims with.
//
//   claims_candidate_floor --lang en big.txt
//   -> 0.048213 s, 1234567 matches, 64000000 bytes
//
// The rules are the ones claims loads: those compiled into the library, then any --rules.
#include <CLI/CLI.hpp>

#include <re2/re2.h>
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "rules/rule_set.h"

namespace {

// The whole file in one read, so that the timed pass does no I/O and no copying.
bool read_whole_file(const std::string& path, std::string& text) {
  std::error_code ec;
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return false;
  std::ifstream in(path, std::ios::binary);
  text.resize(static_cast<std::size_t>(size));
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  return in.gcount() == static_cast<std::streamsize>(text.size());
}

// Unanchored matches from the start of `text` to its end, each search starting where the
// previous match ended (one byte further on after an empty match, so that the pass ends).
std::size_t count_candidates(const RE2& candidate, std::string_view text) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece hit;
  std::size_t count = 0;
  std::size_t position = 0;
  while (position < text.size() &&
         candidate.Match(input, position, text.size(), RE2::UNANCHORED, &hit, 1)) {
    ++count;
    auto end = static_cast<std::size_t>(hit.data() + hit.size() - text.data());
    position = hit.empty() ? end + 1 : end;
  }
  return count;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"The time of one RE2 pass of a language's candidate pattern over FILE",
               "claims_candidate_floor"};
  std::string lang;
  std::string path;
  std::vector<std::string> rule_paths;
  int runs = 3;
  app.add_option("--lang", lang, "Language whose rules give the pattern")
      ->required()
      ->check(CLI::IsMember({"en", "fr"}));
  app.add_option("--rules", rule_paths, "More rule files, as claims --rules takes them")
      ->type_name("PATH")
      ->allow_extra_args(false);
  app.add_option("--runs", runs, "Passes timed; the fastest is reported")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  app.add_option("file", path, "The text to scan")->required()->type_name("FILE");
  CLI11_PARSE(app, argc, argv);

  claims::RuleSet rules;
  std::vector<claims::Diagnostic> errors;
  rules.add_defaults(errors);
  for (const auto& rule_path : rule_paths) rules.add_path(rule_path, errors);
  if (errors.empty()) rules.compile(errors);
  for (const auto& error : errors) std::cerr << error.str() << '\n';
  if (!errors.empty()) return 2;
  // Once compiled, a language's lexicon always has a candidate pattern (\d by default).
  const claims::Lexicon* lexicon = rules.lexicon(lang);
  if (lexicon == nullptr) {
    std::cerr << "claims_candidate_floor: --lang " << lang << ": no rules for this language\n";
    return 2;
  }
  std::string text;
  if (!read_whole_file(path, text)) {
    std::cerr << "claims_candidate_floor: " << path << ": cannot be read\n";
    return 2;
  }

  // The fastest of a few passes, as benchmark.py takes the best of three runs of claims.
  std::chrono::steady_clock::duration best = std::chrono::steady_clock::duration::max();
  std::size_t matches = 0;
  for (int run = 0; run < runs; ++run) {
    auto start = std::chrono::steady_clock::now();
    matches = count_candidates(*lexicon->candidate, text);
    best = std::min(best, std::chrono::steady_clock::now() - start);
  }
  std::cout << std::fixed << std::setprecision(6) << std::chrono::duration<double>(best).count()
            << " s, " << matches << " matches, " << text.size() << " bytes\n";
  return 0;
}
