#include "input/byte_source.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace claims {
namespace {

class FileSource : public ByteSource {
 public:
  FileSource(int fd, bool owned, bool regular) : fd_(fd), owned_(owned), regular_(regular) {}
  ~FileSource() override {
    if (owned_) ::close(fd_);
  }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  std::ptrdiff_t read(char* buffer, std::size_t size) override {
    for (;;) {
      ssize_t n = ::read(fd_, buffer, size);
      if (n >= 0) return n;
      if (errno == EINTR) continue;
      error_ = std::strerror(errno);
      return -1;
    }
  }

  bool ready_within(int milliseconds) override {
    if (regular_) return true;
    pollfd wanted{fd_, POLLIN, 0};
    for (;;) {
      int n = ::poll(&wanted, 1, milliseconds);
      if (n >= 0) return n > 0;
      if (errno != EINTR) return true;  // let the next read() report the problem
    }
  }

  std::string error() const override { return error_; }

 private:
  int fd_;
  bool owned_;
  bool regular_;
  std::string error_;
};

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : rest_(bytes) {}
  std::ptrdiff_t read(char* buffer, std::size_t size) override {
    std::size_t n = std::min(size, rest_.size());
    std::memcpy(buffer, rest_.data(), n);
    rest_.remove_prefix(n);
    return static_cast<std::ptrdiff_t>(n);
  }
  bool ready_within(int) override { return true; }
  std::string error() const override { return {}; }

 private:
  std::string_view rest_;
};

}  // namespace

std::unique_ptr<ByteSource> open_file(const std::string& path, std::string& error) {
  bool standard_input = path == "-" || path == "/dev/stdin";
  int fd = standard_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return nullptr;
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
    error = S_ISDIR(info.st_mode) ? "is a directory" : std::strerror(errno);
    if (!standard_input) ::close(fd);
    return nullptr;
  }
  return std::make_unique<FileSource>(fd, !standard_input, S_ISREG(info.st_mode));
}

std::unique_ptr<ByteSource> memory_source(std::string_view bytes) {
  return std::make_unique<MemorySource>(bytes);
}

}  // namespace claims
