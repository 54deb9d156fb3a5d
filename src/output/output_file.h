// Stage 7b: rows to a file descriptor, whole rows at a time.
//
// A std::streambuf that keeps what it is given until the writer says a row is complete
// (end_row()), then writes in large blocks; so a row is never cut by a flush, and a write
// error is caught where it happens instead of being lost in a stream's state. A reader
// that went away (EPIPE: `claims ... | head -1`) is told apart from a real failure such as
// a full disk, which the caller reports.
//
//   OutputFile file(STDOUT_FILENO);
//   std::ostream out(&file);
//   writer->write(row);  file.end_row();
//   ...
//   if (!file.flush()) report(file.error());
#pragma once

#include <streambuf>
#include <string>

namespace claims {

class OutputFile : public std::streambuf {
 public:
  explicit OutputFile(int fd) : fd_(fd) { setp(area_, area_ + sizeof area_); }
  ~OutputFile() override;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // A row (or another whole unit of output) is complete; written once enough are held.
  void end_row();
  // Writes everything held now; false once any write has failed.
  bool flush();
  // A write has failed; nothing more is written.
  bool failed() const { return failed_; }
  // The reader has gone away (a closed pipe): stop quietly.
  bool reader_gone() const { return reader_gone_; }
  // Why a write failed ("No space left on device").
  const std::string& error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override { return flush() ? 0 : -1; }

 private:
  void absorb();  // moves the put area's bytes to held_

  int fd_;
  char area_[4096];
  std::string held_;
  bool failed_ = false;
  bool reader_gone_ = false;
  std::string error_;
};

}  // namespace claims
