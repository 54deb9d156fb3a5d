#include "input/json_records.h"

#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace claims {
namespace {

using nlohmann::json;

constexpr std::size_t kBlockBytes = 64 * 1024;
constexpr std::string_view kBom = "\xEF\xBB\xBF";
// What a line may hold beyond the limit while it is gathered: a byte order mark and a CR,
// which do not count. The limit is checked exactly once the line is whole.
constexpr std::size_t kLineEndSlack = kBom.size() + 1;

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// nlohmann/json's message may quote the token it read last, which can be most of the line
// and holds the very bytes that are not UTF-8: keep the reason and what was expected, not that.
std::string parse_error_reason(const json::parse_error& e) {
  std::string_view what = e.what();
  std::string at = " (column " + std::to_string(e.byte) + ")";
  std::size_t from = what.find("syntax error");
  if (from == std::string_view::npos) return "syntax error" + at;
  std::size_t quote = what.find("; last read: '", from);
  if (quote == std::string_view::npos) return std::string(what.substr(from)) + at;
  std::string reason(what.substr(from, quote - from));
  std::size_t expected = what.rfind("'; expected ");
  if (expected != std::string_view::npos && expected > quote) reason += what.substr(expected + 1);
  return reason + at;
}

// A string id as it is, a number as JSON writes it; other types give no id.
std::string id_text(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return value.dump();
  return {};
}

// Fills `record` from one line; empty when it is a record, else why it is not.
std::string parse_record(std::string_view line, const JsonRecordFields& fields,
                         JsonRecord& record) {
  try {
    json object = json::parse(line);
    if (!object.is_object()) return "not an object";
    auto text = object.find(fields.text);
    if (text == object.end() || !text->is_string())
      return "no string field \"" + fields.text + "\"";
    auto id = object.find(fields.id);
    if (id != object.end()) record.id = id_text(*id);  // before the text moves: same field?
    record.text = std::move(text->get_ref<std::string&>());
    return {};
  } catch (const json::parse_error& e) {
    return "not JSON: " + parse_error_reason(e);
  } catch (const json::exception& e) {  // none expected after the type checks above
    return std::string("not usable: ") + e.what();
  }
}

// Splits blocks of input into lines and lines into records. A line that lies whole in a
// block is parsed in place; only one that spans blocks is gathered, up to the limit.
class RecordReader {
 public:
  RecordReader(const JsonRecordFields& fields, std::size_t max_record_bytes,
               const JsonRecordHandler& on_record, const BadRecordHandler& on_bad)
      : fields_(fields),
        max_(max_record_bytes),
        gather_limit_(max_record_bytes > std::numeric_limits<std::size_t>::max() - kLineEndSlack
                          ? std::numeric_limits<std::size_t>::max()
                          : max_record_bytes + kLineEndSlack),
        on_record_(on_record),
        on_bad_(on_bad) {}

  // False when the record handler asked to stop.
  bool feed(std::string_view block) {
    for (std::size_t end; (end = block.find('\n')) != std::string_view::npos;) {
      if (!end_piece(block.substr(0, end))) return false;
      block.remove_prefix(end + 1);
    }
    gather(block);
    return true;
  }

  // The end of the input: its last line, when no line break ends it.
  bool finish() {
    if (!overlong_ && pending_.empty()) return true;
    return end_piece({});
  }

 private:
  // `piece` ends the current line, whose start may be pending from earlier blocks.
  bool end_piece(std::string_view piece) {
    if (pending_.empty() && !overlong_) return end_line(piece);
    gather(piece);
    if (overlong_) {  // reported when it went over
      overlong_ = false;
      ++line_;
      return true;
    }
    bool go_on = end_line(pending_);
    pending_.clear();  // keeps its capacity for the next long line
    return go_on;
  }

  void gather(std::string_view piece) {
    if (overlong_) return;
    if (pending_.size() + piece.size() <= gather_limit_) {
      pending_.append(piece);
      return;
    }
    overlong_ = true;
    pending_.clear();
    on_bad_(line_ + 1, too_long());
  }

  // A whole line, without its LF.
  bool end_line(std::string_view line) {
    std::size_t number = ++line_;
    if (line.starts_with(kBom)) line.remove_prefix(kBom.size());
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (blank(line)) return true;
    if (line.size() > max_) {
      on_bad_(number, too_long());
      return true;
    }
    JsonRecord record;
    record.line = number;
    std::string why = parse_record(line, fields_, record);
    if (why.empty()) return on_record_(std::move(record));
    on_bad_(number, why);
    return true;
  }

  std::string too_long() const { return "longer than " + std::to_string(max_) + " bytes"; }

  const JsonRecordFields& fields_;
  std::size_t max_;
  std::size_t gather_limit_;
  const JsonRecordHandler& on_record_;
  const BadRecordHandler& on_bad_;
  std::string pending_;    // the start of a line that spans blocks
  bool overlong_ = false;  // the current line went over the limit: drop it up to its LF
  std::size_t line_ = 0;   // lines ended so far
};

}  // namespace

bool read_json_records(ByteSource& bytes, const JsonRecordFields& fields,
                       std::size_t max_record_bytes, const JsonRecordHandler& on_record,
                       const BadRecordHandler& on_bad, std::string& error) {
  RecordReader reader(fields, max_record_bytes, on_record, on_bad);
  std::vector<char> block(kBlockBytes);
  for (;;) {
    std::ptrdiff_t n = bytes.read(block.data(), block.size());
    if (n < 0) {
      error = bytes.error();
      return false;
    }
    if (n == 0) {
      reader.finish();
      return true;
    }
    if (!reader.feed({block.data(), static_cast<std::size_t>(n)})) return true;
  }
}

}  // namespace claims
