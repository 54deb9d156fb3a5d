#include "output/fields.h"

#include <cstdio>

#include "numbers/number_parser.h"

namespace claims {
namespace {

// How JSON writes a character of a string, or nullptr where the character stands as it is.
const char* json_escape(char c) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      return nullptr;
  }
}

}  // namespace

std::optional<TableFormat> table_format(std::string_view name) {
  if (name == "tsv") return TableFormat::kTsv;
  if (name == "csv") return TableFormat::kCsv;
  if (name == "jsonl") return TableFormat::kJsonLines;
  return std::nullopt;
}

void write_tsv_field(std::ostream& out, std::string_view field) {
  for (char c : field) out.put(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

void write_csv_field(std::ostream& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << field;
    return;
  }
  out.put('"');
  for (char c : field) {
    if (c == '"') out.put('"');
    out.put(c);
  }
  out.put('"');
}

void write_json_string(std::ostream& out, std::string_view text) {
  out.put('"');
  for (char c : text) {
    if (const char* escaped = json_escape(c)) {
      out << escaped;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char code[8];
      std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(c));
      out << code;
    } else {
      out.put(c);
    }
  }
  out.put('"');
}

std::string number_field(std::optional<double> value) {
  return value ? format_number(*value) : std::string();
}

std::string figure_text(std::string_view value, std::string_view value_max, std::string_view unit) {
  std::string out(value);
  if (!value_max.empty()) (out += "..") += value_max;
  (out += ' ') += unit;
  return out;
}

void TableWriter::header() {
  if (format_ == TableFormat::kJsonLines) return;
  for (std::size_t i = 0; i < columns_.size(); ++i) field(i, columns_[i]);
  end_row();
}

void TableWriter::row(std::span<const Cell> cells) {
  if (format_ != TableFormat::kJsonLines) {
    for (std::size_t i = 0; i < cells.size(); ++i) field(i, cells[i].text);
    end_row();
    return;
  }
  out_.put('{');
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out_.put(',');
    write_json_string(out_, columns_[i]);
    out_.put(':');
    if (cells[i].kind == kText)
      write_json_string(out_, cells[i].text);
    else
      out_ << (cells[i].text.empty() ? std::string_view("null") : cells[i].text);
  }
  out_.put('}');
  end_row();
}

void TableWriter::field(std::size_t column, std::string_view text) {
  bool tsv = format_ == TableFormat::kTsv;
  if (column > 0) out_.put(tsv ? '\t' : ',');
  if (tsv)
    write_tsv_field(out_, text);
  else
    write_csv_field(out_, text);
}

void TableWriter::end_row() { out_ << (format_ == TableFormat::kCsv ? "\r\n" : "\n"); }

}  // namespace claims
