#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <ostream>
#include <string>

#include "output/output_file.h"

TEST_CASE("rows are held until a whole block of them is ready", "[output]") {
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  {
    claims::OutputFile file(ends[1]);
    std::ostream out(&file);
    out << "a\t1\n";
    file.end_row();
    char buffer[16];
    ::fcntl(ends[0], F_SETFL, O_NONBLOCK);
    CHECK(::read(ends[0], buffer, sizeof buffer) < 0);  // nothing written yet
    CHECK(file.flush());
    CHECK(::read(ends[0], buffer, sizeof buffer) == 4);
    CHECK(std::string(buffer, 4) == "a\t1\n");
  }
  ::close(ends[0]);
  ::close(ends[1]);
}

TEST_CASE("a reader that went away is told apart from a failed write", "[output]") {
  std::signal(SIGPIPE, SIG_IGN);
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  ::close(ends[0]);
  claims::OutputFile gone(ends[1]);
  std::ostream(&gone) << "row\n";
  CHECK_FALSE(gone.flush());
  CHECK(gone.reader_gone());
  ::close(ends[1]);

  int full = ::open("/dev/full", O_WRONLY);
  if (full < 0) return;  // no /dev/full here: nothing to test
  claims::OutputFile disk(full);
  std::ostream(&disk) << "row\n";
  CHECK_FALSE(disk.flush());
  CHECK(disk.failed());
  CHECK_FALSE(disk.reader_gone());
  CHECK(disk.error().find("No space") != std::string::npos);
  ::close(full);
}
