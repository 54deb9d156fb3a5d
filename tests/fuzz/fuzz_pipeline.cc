// libFuzzer target: any bytes through decoding, language detection and extraction with the
// built-in rules must neither crash nor trip a sanitizer. Build with clang:
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCLAIMS_FUZZ=ON
//   cmake --build build-fuzz --target fuzz_pipeline
//   build-fuzz/tests/fuzz_pipeline -max_total_time=300 -max_len=4096 corpus/
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline/pipeline.h"
#include "rules/rule_set.h"

namespace {
const claims::Extractor& extractor() {
  static const claims::RuleSet rules = [] {
    claims::RuleSet set;
    std::vector<claims::Diagnostic> errors;
    set.add_defaults(errors);
    set.compile(errors);
    return set;
  }();
  static const claims::Extractor instance(rules);
  return instance;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* lang : {"auto", "fr"}) {
    claims::ExtractOptions options;
    options.lang = lang;
    claims::FileResult result = claims::process_bytes("fuzz", bytes, extractor(), options);
    for (const auto& row : result.rows)
      if (row.line == 0 || row.column == 0) __builtin_trap();
  }
  return 0;
}
