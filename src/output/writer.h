// Stage 7: claims -> TSV, CSV or JSON Lines.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claims {

// One output row, in text form (numbers as format_number() writes them).
struct Row {
  std::string source, lang, claim, value, value_max, unit, modifier, text;
  std::size_t line = 0, column = 0;
  std::string rule;
};

// The column names, in output order.
const std::vector<std::string_view>& column_names();

class Writer {
 public:
  virtual ~Writer() = default;
  virtual void header() = 0;
  virtual void write(const Row& row) = 0;
};

// Writes `field` as a TSV field: TSV has no quoting, so a tab, CR or LF becomes a space.
// Every table the tool prints goes through here.
void write_tsv_field(std::ostream& out, std::string_view field);

// "tsv", "csv" or "jsonl"; nullptr for another name.
std::unique_ptr<Writer> make_writer(std::string_view format, std::ostream& out);

}  // namespace claims
