#include "pipeline/pipeline.h"
#include "text/folding.h"

namespace claims {
namespace {

FileResult collect_rows(const std::string& source, ByteSource& bytes, const Extractor& extractor,
                        const InputOptions& options) {
  FileResult result;
  auto rows = [&](const TextChunk& chunk, const std::string& lang) {
    return chunk_rows(source, lang, chunk, extractor, options.extract);
  };
  static_cast<InputStatus&>(result) =
      collect_chunks(bytes, extractor, options, rows, result.rows,
                     [&](const std::string& note) { result.notes.push_back(note); });
  return result;
}

}  // namespace

InputStatus stream_input(ByteSource& bytes, const Extractor& extractor, const InputOptions& options,
                         const ChunkHandler& on_chunk, const NoteHandler& on_note) {
  InputStatus status;
  StreamOptions stream_options = options.stream;
  if (stream_options.languages.empty()) stream_options.languages = extractor.rules().languages();
  TextStream stream(bytes, stream_options);
  auto tell = [&] {
    for (const std::string& note : stream.take_notes()) on_note(note);
  };
  if (!stream.open()) {
    tell();
    status.error = stream.error();
    return status;
  }
  status.lang = extractor.language_of(stream.pending(), options.extract);
  if (const Lexicon* lexicon = extractor.rules().lexicon(status.lang))
    stream.set_locale(lexicon->locale);
  tell();
  TextChunk chunk;
  bool going = true;
  while (going && stream.next(chunk)) {
    tell();
    going = on_chunk(chunk, status.lang);
  }
  tell();
  status.error = stream.error();
  status.ok = status.error.empty();
  return status;
}

std::vector<PlacedClaim> chunk_claims(const TextChunk& chunk, const std::string& lang,
                                      const Extractor& extractor, const ExtractOptions& options) {
  return place_claims(chunk, extractor.extract(chunk.text, lang, options, nullptr, chunk.from));
}

std::vector<PlacedClaim> place_claims(const TextChunk& chunk, std::vector<Claim> claims) {
  std::vector<PlacedClaim> placed;
  placed.reserve(claims.size());
  PositionCounter positions(chunk.text.substr(chunk.from), chunk.start);
  for (Claim& claim : claims) {
    if (claim.text.begin < chunk.from) continue;  // the lead-in's: reported with its chunk
    Position at = positions.at(claim.text.begin - chunk.from);
    placed.push_back({std::move(claim), at});
  }
  return placed;
}

std::vector<Row> chunk_rows(const std::string& source, const std::string& lang,
                            const TextChunk& chunk, const Extractor& extractor,
                            const ExtractOptions& options) {
  std::vector<PlacedClaim> claims = chunk_claims(chunk, lang, extractor, options);
  std::vector<Row> rows;
  rows.reserve(claims.size());
  for (const auto& [claim, at] : claims)
    rows.push_back({source, lang, claim.key, number_field(claim.value),
                    number_field(claim.value_max), claim.unit, claim.modifier,
                    std::string(chunk.text.substr(claim.text.begin, claim.text.size())), at.line,
                    at.column, claim.rule->id, claim.as_of,
                    options.keep_sentences ? squeeze_spaces(chunk.text.substr(
                                                 claim.sentence.begin, claim.sentence.size()))
                                           : std::string(),
                    claim.unit_from_context});
  return rows;
}

FileResult process_file(const std::string& path, const Extractor& extractor,
                        const InputOptions& options) {
  return collect_file<FileResult>(
      path, [&](ByteSource& bytes) { return collect_rows(path, bytes, extractor, options); });
}

FileResult process_bytes(const std::string& source, std::string_view bytes,
                         const Extractor& extractor, const InputOptions& options) {
  std::unique_ptr<ByteSource> memory = memory_source(bytes);
  return collect_rows(source, *memory, extractor, options);
}

}  // namespace claims
