// Stage 0: where an input's bytes come from: a file, standard input, or memory.
//
// Reads are plain read(2) calls into the caller's buffer: no stream library in the way,
// and a pipe's bytes are handed on as they arrive.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace claims {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `size` bytes into `buffer`: how many were read, 0 at the end of the input,
  // or -1 on an error (then error() says why).
  virtual std::ptrdiff_t read(char* buffer, std::size_t size) = 0;
  // False when no byte arrives within `milliseconds`: a pipe or terminal whose writer is
  // slow (tail -f). Files and memory always have their next byte ready.
  virtual bool ready_within(int milliseconds) = 0;
  virtual std::string error() const = 0;
};

// A file by path; "-" and "/dev/stdin" are standard input. Null, with `error` set ("No such
// file or directory", "is a directory"), when it cannot be opened for reading.
std::unique_ptr<ByteSource> open_file(const std::string& path, std::string& error);

// Bytes already in memory; they must outlive the source.
std::unique_ptr<ByteSource> memory_source(std::string_view bytes);

}  // namespace claims
