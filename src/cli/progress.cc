#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace claims::cli {
namespace {

constexpr std::chrono::milliseconds kFirstDraw{1000}, kRedraw{100};

// 10345 -> "10,345": the count as a reader of a terminal reads it.
std::string grouped(std::size_t number) {
  std::string digits = std::to_string(number), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

bool progress_wanted(bool quiet) {
  return !quiet && isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO) && std::getenv("CI") == nullptr;
}

Progress::Progress(std::ostream& err, bool enabled)
    : err_(err), enabled_(enabled), start_(Clock::now()), last_drawn_(start_) {}

std::string Progress::line(double seconds) const {
  char megabytes[64];
  std::snprintf(megabytes, sizeof megabytes, "%.1f MB, ", static_cast<double>(bytes_) / 1e6);
  char rate[32];
  std::snprintf(rate, sizeof rate, "%.1f MB/s", static_cast<double>(bytes_) / 1e6 / seconds);
  return "claims: " + grouped(files_) + (files_ == 1 ? " file, " : " files, ") + megabytes +
         grouped(claims_) + " claims, " + rate;
}

void Progress::update() {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  if (now - start_ < kFirstDraw || (shown_ && now - last_drawn_ < kRedraw)) return;
  last_drawn_ = now;
  // \r and "erase to the end of the line": the line is drawn over itself.
  err_ << '\r' << line(std::chrono::duration<double>(now - start_).count()) << "\033[K"
       << std::flush;
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  err_ << "\r\033[K" << std::flush;
  shown_ = false;
  last_drawn_ = Clock::time_point{};  // redraw at the next update
}

}  // namespace claims::cli
