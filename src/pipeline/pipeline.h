// The whole pipeline for one input: bytes -> document -> language -> claims -> rows.
// The CLI's subcommands and the tests all go through here.
#pragma once

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "output/writer.h"
#include "text/document.h"

namespace claims {

struct FileResult {
  bool ok = false;
  std::string error;  // when !ok: why the input could not be read
  std::string lang;
  std::vector<Row> rows;
};

// Output rows for claims found in `doc`, with lines and columns.
std::vector<Row> rows_for(const Document& doc, const std::string& lang,
                          const std::vector<Claim>& claims);

// Reads `path` ("-" for standard input) and extracts its claims.
FileResult process_file(const std::string& path, const Extractor& extractor,
                        const ExtractOptions& options);

// The same for text already in memory (UTF-8 or any encoding decode() reads).
FileResult process_bytes(const std::string& source, std::string_view bytes,
                         const Extractor& extractor, const ExtractOptions& options);

}  // namespace claims
