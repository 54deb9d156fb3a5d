// libFuzzer target: any bytes through decoding, language detection and extraction with the
// built-in rules, in both languages and in the number layer. Besides crashes and sanitizer
// reports, it checks what every row must hold: a position that points at its text, valid
// UTF-8, finite values. Build and run: see the README's "Development" section.
#include <unicode/utf8.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "compare/clusters.h"
#include "pipeline/number_layer.h"
#include "pipeline/pipeline.h"
#include "rules/rule_set.h"
#include "text/document.h"

namespace {

using StreamDefaults = claims::StreamOptions;

const claims::Extractor& extractor() {
  static const claims::RuleSet rules = [] {
    claims::RuleSet set;
    std::vector<claims::Diagnostic> errors;
    set.add_defaults(errors);
    set.compile(errors);
    if (!errors.empty()) std::abort();  // the built-in rules are broken: nothing to fuzz
    return set;
  }();
  static const claims::Extractor instance(rules);
  return instance;
}

void check(bool ok) {
  if (!ok) __builtin_trap();
}

bool valid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size()), i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

bool finite_number(const std::string& value) {
  if (value.empty()) return false;
  char* end = nullptr;
  double parsed = std::strtod(value.c_str(), &end);
  return end == value.c_str() + value.size() && std::isfinite(parsed);
}

// Where `line` and `column` (1-based, columns in code points, CRs not counted, as the
// README says) point in `text`, found again here independently of PositionCounter.
bool points_at(std::string_view text, std::size_t line, std::size_t column,
               std::string_view expected) {
  std::size_t at = 0;
  for (std::size_t l = 1; l < line; ++l) {
    at = text.find('\n', at);
    if (at == std::string_view::npos) return false;
    ++at;
  }
  for (std::size_t counted = 1; counted < column; ++at) {
    if (at >= text.size() || text[at] == '\n') return false;
    auto byte = static_cast<unsigned char>(text[at]);
    if ((byte & 0xC0) != 0x80 && byte != '\r') ++counted;
  }
  while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  // A CR just before the text is not counted either.
  for (;; ++at) {
    if (text.substr(at).starts_with(expected)) return true;
    if (at >= text.size() || text[at] != '\r') return false;
  }
}

void check_result(const claims::FileResult& result, std::string_view text, bool decoded) {
  check(result.ok == decoded);
  if (!result.ok) {
    check(!result.error.empty() && result.rows.empty());
    return;
  }
  check(result.lang == "en" || result.lang == "fr");
  for (const auto& row : result.rows) {
    check(row.source == "fuzz" && row.lang == result.lang);
    check(!row.rule.empty() && !row.claim.empty());
    check(row.line >= 1 && row.column >= 1);
    check(!row.text.empty() && valid_utf8(row.text));
    check(points_at(text, row.line, row.column, row.text));
    check(finite_number(row.value));
    check(row.value_max.empty() || finite_number(row.value_max));
  }
}

// Every row with a number falls in exactly one cluster, whose sources are its rows'.
void check_clusters(const std::vector<claims::Row>& rows) {
  auto clusters = claims::cluster_claims(rows, extractor().rules().key_families(), {});
  std::vector<int> seen(rows.size(), 0);
  for (const auto& cluster : clusters) {
    check(!cluster.members.empty() && !cluster.sources.empty());
    for (std::size_t member : cluster.members) {
      check(member < rows.size() && rows[member].unit == cluster.unit);
      ++seen[member];
    }
  }
  for (std::size_t i = 0; i < rows.size(); ++i) check(seen[i] <= 1);
}

void check_numbers(const claims::NumberLayerResult& result, std::string_view text, bool decoded) {
  check(result.ok == decoded);
  if (!result.ok) return check(result.mentions.empty());
  for (const auto& mention : result.mentions) {
    check(!mention.kind.empty() && mention.line >= 1 && mention.column >= 1);
    check(!mention.text.empty() && valid_utf8(mention.text));
    check(points_at(text, mention.line, mention.column, mention.text));
    check(!mention.value || std::isfinite(*mention.value));
    check(!mention.value_max || std::isfinite(*mention.value_max));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The same decoding the pipeline does, to check positions against its text.
  claims::Document doc;
  bool decoded = claims::decode(bytes, doc, extractor().rules().languages()).ok;
  check(!decoded || valid_utf8(doc.text));

  claims::InputOptions options;  // detected language
  claims::FileResult detected = claims::process_bytes("fuzz", bytes, extractor(), options);
  check_result(detected, doc.text, decoded);
  if (!decoded) return 0;
  check_clusters(detected.rows);

  options.extract.lang = detected.lang == "fr" ? "en" : "fr";  // the other language's rules too
  check_result(claims::process_bytes("fuzz", bytes, extractor(), options), doc.text, decoded);

  options.extract.lang = "auto";
  options.stream.block_size = 64;  // many chunks: cuts, lead-ins, positions carried over
  check_result(claims::process_bytes("fuzz", bytes, extractor(), options), doc.text, decoded);

  // Every number, as `claims numbers` reads them.
  options.stream.block_size = StreamDefaults().block_size;
  check_numbers(claims::find_numbers_in("fuzz", bytes, extractor(), options), doc.text, decoded);
  return 0;
}
