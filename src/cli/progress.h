// The one updating progress line on standard error of a long run on a terminal:
//
//   claims: 14 files, 35.2 MB, 10,345 claims, 2.6 MB/s
//
// It appears only after the first second (a short run never shows it), is redrawn at most
// ten times a second, and is wiped before any message and at the end, so that standard
// error keeps only the messages. Not thread-safe: one thread (the one writing the output)
// reports to it.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

namespace claims::cli {

// Whether a run shows progress: standard error is a terminal and standard output is not
// (rows on the terminal are their own progress), --quiet was not given, and the
// environment is no CI's (CI set, as CI services set it).
bool progress_wanted(bool quiet);

class Progress {
 public:
  // A progress line on `err` when `enabled`; else every call does nothing.
  Progress(std::ostream& err, bool enabled);
  ~Progress() { clear(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void add_file() {
    ++files_;
    update();
  }
  void add_bytes(std::size_t bytes) {
    bytes_ += bytes;
    update();
  }
  void add_claims(std::size_t claims) {
    claims_ += claims;
    update();
  }
  // Wipes the line, if it is shown, before a message; the next update draws it again.
  void clear();

 private:
  using Clock = std::chrono::steady_clock;
  void update();
  std::string line(double seconds) const;

  std::ostream& err_;
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_, last_drawn_;
  std::size_t files_ = 0, bytes_ = 0, claims_ = 0;
};

}  // namespace claims::cli
