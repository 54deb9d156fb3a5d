#include "output/output_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace claims {
namespace {
constexpr std::size_t kBlock = 1 << 16;
}  // namespace

OutputFile::~OutputFile() { flush(); }

void OutputFile::absorb() {
  held_.append(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(area_, area_ + sizeof area_);
}

OutputFile::int_type OutputFile::overflow(int_type c) {
  absorb();
  if (!traits_type::eq_int_type(c, traits_type::eof())) held_ += traits_type::to_char_type(c);
  return traits_type::not_eof(c);
}

void OutputFile::end_row() {
  absorb();
  if (held_.size() >= kBlock) flush();
}

bool OutputFile::flush() {
  absorb();
  std::size_t done = 0;
  while (!failed_ && done < held_.size()) {
    ssize_t n = ::write(fd_, held_.data() + done, held_.size() - done);
    if (n >= 0) {
      done += static_cast<std::size_t>(n);
    } else if (errno != EINTR) {
      failed_ = true;
      reader_gone_ = errno == EPIPE;
      error_ = std::strerror(errno);
    }
  }
  held_.clear();
  return !failed_;
}

}  // namespace claims
