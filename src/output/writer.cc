#include "output/writer.h"

#include <array>
#include <cstdio>

namespace claims {
namespace {

void write_header(std::ostream& out, char separator, std::string_view end) {
  bool first = true;
  for (auto name : column_names()) {
    if (!first) out.put(separator);
    out << name;
    first = false;
  }
  out << end;
}

std::array<std::string_view, 8> text_fields(const Row& row) {
  return {row.source,    row.lang, row.claim,    row.value,
          row.value_max, row.unit, row.modifier, row.text};
}

// TSV has no quoting: a tab, CR or LF inside a field becomes a space.
class TsvWriter : public Writer {
 public:
  explicit TsvWriter(std::ostream& out) : out_(out) {}
  void header() override { write_header(out_, '\t', "\n"); }
  void write(const Row& row) override {
    for (auto field : text_fields(row)) {
      write_tsv_field(out_, field);
      out_.put('\t');
    }
    out_ << row.line << '\t' << row.column << '\t';
    write_tsv_field(out_, row.rule);
    out_.put('\n');
  }

 private:
  std::ostream& out_;
};

// RFC 4180: fields holding a comma, quote, CR or LF are quoted, quotes doubled; CRLF ends rows.
class CsvWriter : public Writer {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}
  void header() override { write_header(out_, ',', "\r\n"); }
  void write(const Row& row) override {
    for (auto field : text_fields(row)) {
      field_(field);
      out_.put(',');
    }
    out_ << row.line << ',' << row.column << ',';
    field_(row.rule);
    out_ << "\r\n";
  }

 private:
  void field_(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
      out_ << field;
      return;
    }
    out_.put('"');
    for (char c : field) {
      if (c == '"') out_.put('"');
      out_.put(c);
    }
    out_.put('"');
  }
  std::ostream& out_;
};

// One JSON object per line; value and value_max are JSON numbers (null when empty).
class JsonLinesWriter : public Writer {
 public:
  explicit JsonLinesWriter(std::ostream& out) : out_(out) {}
  void header() override {}
  void write(const Row& row) override {
    out_ << "{\"source\":";
    string_(row.source);
    out_ << ",\"lang\":";
    string_(row.lang);
    out_ << ",\"claim\":";
    string_(row.claim);
    out_ << ",\"value\":" << row.value << ",\"value_max\":";
    if (row.value_max.empty())
      out_ << "null";
    else
      out_ << row.value_max;
    out_ << ",\"unit\":";
    string_(row.unit);
    out_ << ",\"modifier\":";
    string_(row.modifier);
    out_ << ",\"text\":";
    string_(row.text);
    out_ << ",\"line\":" << row.line << ",\"column\":" << row.column << ",\"rule\":";
    string_(row.rule);
    out_ << "}\n";
  }

 private:
  void string_(std::string_view s) {
    out_.put('"');
    for (char c : s) {
      switch (c) {
        case '"':
          out_ << "\\\"";
          break;
        case '\\':
          out_ << "\\\\";
          break;
        case '\n':
          out_ << "\\n";
          break;
        case '\r':
          out_ << "\\r";
          break;
        case '\t':
          out_ << "\\t";
          break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out_ << escaped;
          } else {
            out_.put(c);
          }
      }
    }
    out_.put('"');
  }
  std::ostream& out_;
};

}  // namespace

void write_tsv_field(std::ostream& out, std::string_view field) {
  for (char c : field) out.put(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

const std::vector<std::string_view>& column_names() {
  static const std::vector<std::string_view> names = {"source",    "lang",   "claim",    "value",
                                                      "value_max", "unit",   "modifier", "text",
                                                      "line",      "column", "rule"};
  return names;
}

std::unique_ptr<Writer> make_writer(std::string_view format, std::ostream& out) {
  if (format == "tsv") return std::make_unique<TsvWriter>(out);
  if (format == "csv") return std::make_unique<CsvWriter>(out);
  if (format == "jsonl") return std::make_unique<JsonLinesWriter>(out);
  return nullptr;
}

}  // namespace claims
