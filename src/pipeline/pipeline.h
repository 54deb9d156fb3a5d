// The whole pipeline for one input: bytes -> text chunks -> language -> claims -> rows.
// The CLI's subcommands, `claims check` and the tests all go through here.
//
// An input is read a chunk at a time (pipeline/text_stream.h), so memory stays bounded
// whatever its size, and the rows of each chunk can be written before the next is read.
#pragma once

#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "input/byte_source.h"
#include "output/writer.h"
#include "pipeline/text_stream.h"

namespace claims {

struct InputOptions {
  ExtractOptions extract;
  StreamOptions stream;
};

struct InputStatus {
  bool ok = false;
  std::string error;  // when !ok: why the input could not be read (from where it stopped)
  std::string lang;   // the language read, detected from the first block unless named
};

// Handles one chunk in the language read; returning false stops the input (the output
// has gone away).
using ChunkHandler = std::function<bool(const TextChunk& chunk, const std::string& lang)>;
// Hears what the user should know about an input: the charset detected, an invalid byte.
using NoteHandler = std::function<void(const std::string& note)>;

// Reads `bytes` chunk by chunk and hands each chunk to `on_chunk`, and each note to
// `on_note` as it arises.
InputStatus stream_input(ByteSource& bytes, const Extractor& extractor, const InputOptions& options,
                         const ChunkHandler& on_chunk, const NoteHandler& on_note);

// What `of_chunk(chunk, lang)` makes of each chunk of `bytes`, appended to `items` in input
// order: how process_bytes() and find_numbers_in() gather a whole input. Memory grows with
// the items, not with the input.
//
//   std::vector<Row> rows;
//   InputStatus status = collect_chunks(bytes, extractor, options, [&](auto& chunk, auto& lang) {
//     return chunk_rows("a.txt", lang, chunk, extractor, options.extract);
//   }, rows, [](const std::string&) {});
template <typename Item, typename OfChunk>
InputStatus collect_chunks(ByteSource& bytes, const Extractor& extractor,
                           const InputOptions& options, const OfChunk& of_chunk,
                           std::vector<Item>& items, const NoteHandler& on_note) {
  auto gather = [&](const TextChunk& chunk, const std::string& lang) {
    std::vector<Item> found = of_chunk(chunk, lang);
    items.insert(items.end(), std::make_move_iterator(found.begin()),
                 std::make_move_iterator(found.end()));
    return true;
  };
  return stream_input(bytes, extractor, options, gather, on_note);
}

// Opens `path` ("-" for standard input) and returns what `collect(bytes)` makes of it; when
// it cannot be opened, a Result (an InputStatus) that says why. process_file() and
// find_numbers() in one.
template <typename Result, typename Collect>
Result collect_file(const std::string& path, const Collect& collect) {
  Result failed;
  std::unique_ptr<ByteSource> bytes = open_file(path, failed.error);
  return bytes ? collect(*bytes) : failed;
}

// A claim of a chunk's new text and where it stands in the input.
struct PlacedClaim {
  Claim claim;
  Position at;  // of the claim's first byte
};

// The claims of a chunk's new text, in text order; the lead-in is context only (its claims
// are reported with the chunk before).
// Costs: one Extractor::extract() over the chunk, one walk over its new text for positions.
std::vector<PlacedClaim> chunk_claims(const TextChunk& chunk, const std::string& lang,
                                      const Extractor& extractor, const ExtractOptions& options);

// `claims` read from the whole of `chunk.text`, placed: those of the lead-in are dropped,
// the others get their line and column. The claims and the number layer both end here.
std::vector<PlacedClaim> place_claims(const TextChunk& chunk, std::vector<Claim> claims);

// The claims of a chunk's new text, as rows of `source`.
std::vector<Row> chunk_rows(const std::string& source, const std::string& lang,
                            const TextChunk& chunk, const Extractor& extractor,
                            const ExtractOptions& options);

// One whole input's rows, in memory: for `claims check`, tests and fuzzing. `error`, when
// not ok: why the input could not be read.
struct FileResult : InputStatus {
  std::vector<Row> rows;
  std::vector<std::string> notes;
};

// Reads `path` ("-" for standard input) and extracts its claims.
FileResult process_file(const std::string& path, const Extractor& extractor,
                        const InputOptions& options);

// The same for bytes already in memory.
FileResult process_bytes(const std::string& source, std::string_view bytes,
                         const Extractor& extractor, const InputOptions& options);

}  // namespace claims
