// Stage 0: articles given as JSON Lines (jsonlines.org), one JSON object a line, as
// scrapers and archive dumps write them:
//
//   {"id": "lemonde-2024-118", "text": "Le chiffre d'affaires a atteint 3,2 milliards..."}
//   {"id": 42, "text": "Revenue rose 4% to $1.2bn...", "url": "https://..."}
//
// Each record gives the text of one article and, optionally, an id to name it by; the other
// members are ignored. The names of both fields are the caller's (--text-field, --id-field).
//
// The input is read as a stream, a block at a time, and each line is parsed (with
// nlohmann/json) and handed on as soon as its line break arrives: a live pipe's records come
// out as they are written, and an input of any size is read in memory bounded by the longest
// record allowed. A line that is not a usable record is reported with its line number and
// skipped; the stream goes on.
//
// Example:
//
//   std::string error;
//   std::unique_ptr<ByteSource> source = open_file(path, error);
//   if (!source) fail(path, error);
//   bool ok = read_json_records(
//       *source, {.text = "body", .id = "url"}, 64 << 20,
//       [&](JsonRecord&& record) {
//         process(record.id.empty() ? path + ":" + std::to_string(record.line) : record.id,
//                 record.text);
//         return true;  // false stops the reading, e.g. on a closed output
//       },
//       [&](std::size_t line, const std::string& why) { warn(path, line, why); }, error);
//   if (!ok) fail(path, error);
//
// Lines:
//   - end with LF; a CR before it is dropped (CRLF files), and the last line may lack one;
//   - that are empty or white space only are skipped without a word, but counted, so that
//     the line numbers of records and reports are those an editor shows;
//   - a UTF-8 byte order mark at the start of a line is ignored: at the start of the input,
//     or where files written with one were joined by `cat`.
//
// A line is a bad record, reported to the bad-record handler with why, when it is
//   - not JSON (a syntax error, or a string that is not valid UTF-8): "not JSON: <reason>";
//   - JSON but not an object (an array, a bare string): "not an object";
//   - an object without a string under the text field: "no string field \"<name>\"";
//   - longer than `max_record_bytes`, line end and mark not counted: "longer than N bytes".
//
// The id is the id field's string, or the JSON text of its number (42, -7, 1.5; a number
// written with an exponent comes out as nlohmann/json writes it: 1e3 as 1000.0). An id of
// any other type (null, true, an object), or none at all, is NOT a bad record: the record
// comes with an empty id, and the caller names it (by its line number, say).
//
// Costs: one pass over the bytes, read(2) in blocks of 64 KiB; a line that lies whole in a
// block is parsed where it is, others are gathered into one buffer that grows to the longest
// line read. Memory is that buffer plus the parsed object of the current line (a few times
// its size, for a record full of small members); a line over the limit is dropped as soon as
// it is over, and the rest of it read and discarded up to its line break. The text is moved
// out of the parsed object, not copied.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "input/byte_source.h"

namespace claims {

// The names of the members that hold a record's text and its id.
struct JsonRecordFields {
  std::string text = "text";
  std::string id = "id";
};

struct JsonRecord {
  std::string id;        // empty when the record has no id, or one neither string nor number
  std::string text;      // the text field's string, JSON escapes decoded (UTF-8)
  std::size_t line = 0;  // the record's line in the input, from 1
};

// Called with each good record, in input order; returning false stops the reading.
using JsonRecordHandler = std::function<bool(JsonRecord&& record)>;

// Called with each line that is not a usable record: its line number, from 1, and why.
using BadRecordHandler = std::function<void(std::size_t line, const std::string& why)>;

// Reads `bytes` to its end, line by line, calling `on_record` with each good record and
// `on_bad` with each bad one (see above). `max_record_bytes` bounds a line, and so the memory
// used; SIZE_MAX sets no bound. True at the end of the input, or when `on_record` returned
// false; false, with `error` set, only when `bytes` fails to read (the records before the
// failure were handed on). Bad records are not errors of the stream.
bool read_json_records(ByteSource& bytes, const JsonRecordFields& fields,
                       std::size_t max_record_bytes, const JsonRecordHandler& on_record,
                       const BadRecordHandler& on_bad, std::string& error);

}  // namespace claims
