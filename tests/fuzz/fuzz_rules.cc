// libFuzzer target: rule files as `--rules` reads them, on arbitrary bytes. Parsing and
// compiling must never crash or throw, and every problem must come back as a diagnostic
// naming its file, with a message. A NUL byte (never valid in TOML) splits the input into
// several files, so that files of one language are merged as they are from a folder.
//
// Inputs are capped with -max_len (4096 in CI): a legal rule file may be slow to compile
// just by being long (RE2 compiles every pattern), and that is not what this looks for.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace {

void check(bool ok) {
  if (!ok) __builtin_trap();
}

void check_diagnostics(const std::vector<claims::Diagnostic>& errors) {
  for (const auto& error : errors) check(!error.file.empty() && !error.message.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  try {
    claims::RuleSet rules;
    std::vector<claims::Diagnostic> errors;
    for (int file = 0;; ++file) {
      std::size_t end = input.find('\0');
      rules.add_text("fuzz" + std::to_string(file) + ".toml", input.substr(0, end), errors);
      if (end == std::string_view::npos) break;
      input.remove_prefix(end + 1);
    }
    check_diagnostics(errors);
    rules.compile(errors);
    check_diagnostics(errors);
    // A rule without a compiled pattern must have been reported.
    if (errors.empty())
      for (const auto& rule : rules.rules()) check(rule.regex != nullptr);
  } catch (...) {
    __builtin_trap();  // loading promises never to throw
  }
  return 0;
}
