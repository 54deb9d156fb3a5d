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

// The bilingual noun lexicon (lang/noun_lexicon.h), written at build time from FreeDict's
// dictionaries: one file, "noun_lexicon.tsv", or none when they were not installed.
std::span<const EmbeddedFile> embedded_lexicon_files();

}  // namespace claims
