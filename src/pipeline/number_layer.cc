#include "pipeline/number_layer.h"

#include "numbers/number_parser.h"

namespace claims {
namespace {

NumberLayerResult find_in_document(const Document& doc, const Extractor& extractor,
                                   ExtractOptions options) {
  NumberLayerResult result;
  result.ok = true;
  options.number_layer = true;
  result.lang = extractor.language_of(doc.text, options);
  result.mentions = mentions_for(doc, extractor.extract(doc.text, result.lang, options));
  return result;
}

void write_field(std::ostream& out, std::string_view field) {
  for (char c : field) out.put(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

std::vector<NumberMention> mentions_for(const Document& doc, const std::vector<Claim>& found) {
  std::vector<NumberMention> mentions;
  mentions.reserve(found.size());
  LineIndex lines(doc.text);
  for (const Claim& claim : found) {
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
    mention.text = doc.text.substr(claim.text.begin, claim.text.size());
    Position at = lines.position(claim.text.begin);
    mention.line = at.line;
    mention.column = at.column;
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

NumberLayerResult find_numbers(const std::string& path, const Extractor& extractor,
                               ExtractOptions options) {
  Document doc;
  DecodeResult decoded = read_document(path, doc);
  if (!decoded.ok) return {false, decoded.error, {}, {}};
  return find_in_document(doc, extractor, std::move(options));
}

NumberLayerResult find_numbers_in(const std::string& source, std::string_view bytes,
                                  const Extractor& extractor, ExtractOptions options) {
  Document doc;
  doc.source = source;
  DecodeResult decoded = decode(bytes, doc);
  if (!decoded.ok) return {false, decoded.error, {}, {}};
  return find_in_document(doc, extractor, std::move(options));
}

void write_number_header(std::ostream& out) {
  out << "source\tline\tcolumn\tkind\tvalue\tvalue_max\tunit\ttext\n";
}

void write_number_row(std::ostream& out, const std::string& source, const NumberMention& row) {
  write_field(out, source);
  out << '\t' << row.line << '\t' << row.column << '\t' << row.kind << '\t';
  if (row.value) out << format_number(*row.value);
  out << '\t';
  if (row.value_max) out << format_number(*row.value_max);
  out << '\t';
  write_field(out, row.unit);
  out << '\t';
  write_field(out, row.text);
  out << '\n';
}

}  // namespace claims
