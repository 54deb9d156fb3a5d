#include "pipeline/number_layer.h"

#include "numbers/number_parser.h"

namespace claims {
namespace {

NumberLayerResult collect_mentions(ByteSource& bytes, const Extractor& extractor,
                                   const InputOptions& options) {
  NumberLayerResult result;
  InputStatus status = stream_input(
      bytes, extractor, options,
      [&](const TextChunk& chunk, const std::string& lang) {
        auto found = chunk_mentions(chunk, lang, extractor, options.extract);
        result.mentions.insert(result.mentions.end(), found.begin(), found.end());
        return true;
      },
      [](const std::string&) {});
  result.ok = status.ok;
  result.error = status.error;
  result.lang = status.lang;
  return result;
}

}  // namespace

std::vector<NumberMention> chunk_mentions(const TextChunk& chunk, const std::string& lang,
                                          const Extractor& extractor, ExtractOptions options) {
  options.number_layer = true;
  std::vector<Claim> found = extractor.extract(chunk.text, lang, options, nullptr, chunk.from);
  std::vector<NumberMention> mentions;
  mentions.reserve(found.size());
  PositionCounter positions(chunk.text.substr(chunk.from), chunk.start);
  for (const Claim& claim : found) {
    if (claim.text.begin < chunk.from) continue;  // the lead-in's: reported with its chunk
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
    mention.text = chunk.text.substr(claim.text.begin, claim.text.size());
    Position at = positions.at(claim.text.begin - chunk.from);
    mention.line = at.line;
    mention.column = at.column;
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

NumberLayerResult find_numbers(const std::string& path, const Extractor& extractor,
                               const InputOptions& options) {
  std::string error;
  std::unique_ptr<ByteSource> bytes = open_file(path, error);
  if (!bytes) return {false, error, {}, {}};
  return collect_mentions(*bytes, extractor, options);
}

NumberLayerResult find_numbers_in(const std::string&, std::string_view bytes,
                                  const Extractor& extractor, const InputOptions& options) {
  std::unique_ptr<ByteSource> memory = memory_source(bytes);
  return collect_mentions(*memory, extractor, options);
}

void write_number_header(std::ostream& out) {
  out << "source\tline\tcolumn\tkind\tvalue\tvalue_max\tunit\ttext\n";
}

void write_number_row(std::ostream& out, const std::string& source, const NumberMention& row) {
  write_tsv_field(out, source);
  out << '\t' << row.line << '\t' << row.column << '\t' << row.kind << '\t';
  if (row.value) out << format_number(*row.value);
  out << '\t';
  if (row.value_max) out << format_number(*row.value_max);
  out << '\t';
  write_tsv_field(out, row.unit);
  out << '\t';
  write_tsv_field(out, row.text);
  out << '\n';
}

}  // namespace claims
