// The default rule files, compiled into the binary from the project's rules/ folder.
#pragma once

#include <span>
#include <string_view>

namespace claims {

struct EmbeddedFile {
  std::string_view path;  // relative to the project root, e.g. "rules/en/counts.toml"
  std::string_view text;
};

std::span<const EmbeddedFile> embedded_rule_files();

}  // namespace claims
