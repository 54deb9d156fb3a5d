// Stage 0: the articles an input holds: a text file is one article, named by its path; a
// JSON Lines file (--input jsonl) holds one article a record, named by the record's id.
//
// Costs: a text file is opened and handed on as it is; a JSON Lines file is read one record
// at a time (input/json_records.h), so memory is bounded by the longest record allowed.
//
//   ArticleInputOptions options{.format = InputFormat::kJsonLines};
//   std::string error;
//   bool ok = read_articles("archive.jsonl", options,
//       [&](const std::string& name, ByteSource& bytes, bool) { process(name, bytes); return true;
//       },
//       [&](const std::string& note) { warn("archive.jsonl", note); }, error);
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "input/byte_source.h"
#include "input/json_records.h"

namespace claims {

enum class InputFormat { kText, kJsonLines };

// "text" or "jsonl"; false for another name.
bool input_format(const std::string& name, InputFormat& format);

struct ArticleInputOptions {
  InputFormat format = InputFormat::kText;
  JsonRecordFields fields;                    // the record's text and id members
  std::size_t max_record_bytes = 256u << 20;  // a longer record is reported and skipped
};

// Handles one article; returning false stops the input (a closed output, say). `waiting` is
// true when the input has no more bytes ready (a live pipe between records): the time to
// write out what was found so far.
using ArticleHandler =
    std::function<bool(const std::string& name, ByteSource& bytes, bool waiting)>;
using ArticleNote = std::function<void(const std::string& note)>;

// Opens `path` ("-" for standard input) and hands each of its articles to `on_article`. A
// record without an id is named PATH:LINE (lines counted in this input: give records ids
// when an archive is split between workers); a malformed record is a note ("line 7: not
// JSON: ...") and the records after it are still read. A record's text is UTF-8 already. False,
// with `error` set, when the input cannot be opened or read.
bool read_articles(const std::string& path, const ArticleInputOptions& options,
                   const ArticleHandler& on_article, const ArticleNote& on_note,
                   std::string& error);

}  // namespace claims
