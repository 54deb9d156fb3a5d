#include "pipeline/pipeline.h"

#include "numbers/number_parser.h"

namespace claims {
namespace {

FileResult process_document(const Document& doc, const Extractor& extractor,
                            const ExtractOptions& options) {
  FileResult result;
  result.ok = true;
  result.lang = extractor.language_of(doc.text, options);
  result.rows = rows_for(doc, result.lang, extractor.extract(doc.text, result.lang, options));
  return result;
}

}  // namespace

std::vector<Row> rows_for(const Document& doc, const std::string& lang,
                          const std::vector<Claim>& claims) {
  std::vector<Row> rows;
  rows.reserve(claims.size());
  LineIndex lines(doc.text);
  for (const Claim& claim : claims) {
    Position at = lines.position(claim.text.begin);
    rows.push_back({doc.source, lang, claim.key, format_number(claim.value),
                    claim.value_max ? format_number(*claim.value_max) : std::string(), claim.unit,
                    claim.modifier, doc.text.substr(claim.text.begin, claim.text.size()), at.line,
                    at.column, claim.rule->id});
  }
  return rows;
}

FileResult process_file(const std::string& path, const Extractor& extractor,
                        const ExtractOptions& options) {
  Document doc;
  DecodeResult decoded = read_document(path, doc);
  if (!decoded.ok) return {false, decoded.error, {}, {}};
  return process_document(doc, extractor, options);
}

FileResult process_bytes(const std::string& source, std::string_view bytes,
                         const Extractor& extractor, const ExtractOptions& options) {
  Document doc;
  doc.source = source;
  DecodeResult decoded = decode(bytes, doc);
  if (!decoded.ok) return {false, decoded.error, {}, {}};
  return process_document(doc, extractor, options);
}

}  // namespace claims
