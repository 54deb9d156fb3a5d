#include "pipeline/number_layer.h"

namespace claims {
namespace {

// The columns of `claims numbers`.
constexpr std::string_view kNumberColumns[] = {"source", "line",      "column", "kind",
                                               "value",  "value_max", "unit",   "text"};

NumberLayerResult collect_mentions(ByteSource& bytes, const Extractor& extractor,
                                   const InputOptions& options) {
  NumberLayerResult result;
  auto mentions = [&](const TextChunk& chunk, const std::string& lang) {
    return chunk_mentions(chunk, lang, extractor, options.extract);
  };
  static_cast<InputStatus&>(result) = collect_chunks(bytes, extractor, options, mentions,
                                                     result.mentions, [](const std::string&) {});
  return result;
}

// A number-layer claim as a mention: a range bounded on one side has only that end.
NumberMention mention_of(const Claim& claim, std::string_view text, Position at) {
  NumberMention mention;
  mention.kind = claim.rule->kind;
  if (claim.has_value) mention.value = claim.value;
  mention.value_max = claim.value_max;
  mention.unit = claim.unit;
  // A range bounded on one side: "more than 20" is [20, ...), "up to 30" is (..., 30].
  if (mention.kind == "range" && !claim.value_max &&
      (claim.modifier == "under" || claim.modifier == "at_most")) {
    mention.value_max = claim.value;
    mention.value.reset();
  }
  if (mention.kind == "range" && claim.modifier == "equal") mention.value_max = claim.value;
  // "at most 100 and at least 20": the ends in order.
  if (mention.value && mention.value_max && *mention.value > *mention.value_max)
    std::swap(mention.value, mention.value_max);
  mention.text = text.substr(claim.text.begin, claim.text.size());
  mention.line = at.line;
  mention.column = at.column;
  return mention;
}

}  // namespace

std::vector<NumberMention> chunk_mentions(const TextChunk& chunk, const std::string& lang,
                                          const Extractor& extractor,
                                          const ExtractOptions& options) {
  std::vector<PlacedClaim> claims =
      place_claims(chunk, extractor.figures(chunk.text, lang, options, nullptr, chunk.from));
  std::vector<NumberMention> mentions;
  mentions.reserve(claims.size());
  for (const auto& [claim, at] : claims) mentions.push_back(mention_of(claim, chunk.text, at));
  return mentions;
}

NumberLayerResult find_numbers(const std::string& path, const Extractor& extractor,
                               const InputOptions& options) {
  return collect_file<NumberLayerResult>(
      path, [&](ByteSource& bytes) { return collect_mentions(bytes, extractor, options); });
}

NumberLayerResult find_numbers_in(const std::string&, std::string_view bytes,
                                  const Extractor& extractor, const InputOptions& options) {
  std::unique_ptr<ByteSource> memory = memory_source(bytes);
  return collect_mentions(*memory, extractor, options);
}

void write_number_header(std::ostream& out, TableFormat format) {
  TableWriter(out, format, kNumberColumns).header();
}

void write_number_row(std::ostream& out, TableFormat format, const std::string& source,
                      const NumberMention& row) {
  std::string line = std::to_string(row.line), column = std::to_string(row.column);
  TableWriter(out, format, kNumberColumns)
      .row({{source},
            {line, kNumber},
            {column, kNumber},
            {row.kind},
            {number_field(row.value), kNumber},
            {number_field(row.value_max), kNumber},
            {row.unit},
            {row.text}});
}

}  // namespace claims
