#include "input/articles.h"

#include <memory>
#include <utility>

namespace claims {

bool input_format(const std::string& name, InputFormat& format) {
  if (name == "text")
    format = InputFormat::kText;
  else if (name == "jsonl")
    format = InputFormat::kJsonLines;
  else
    return false;
  return true;
}

bool read_articles(const std::string& path, const ArticleInputOptions& options,
                   const ArticleHandler& on_article, const ArticleNote& on_note,
                   std::string& error) {
  std::unique_ptr<ByteSource> source = open_file(path, error);
  if (!source) return false;
  if (options.format == InputFormat::kText) {
    on_article(path, *source, false);
    return true;
  }
  auto on_record = [&](JsonRecord&& record) {
    std::string name =
        record.id.empty() ? path + ":" + std::to_string(record.line) : std::move(record.id);
    std::unique_ptr<ByteSource> text = memory_source(record.text);
    return on_article(name, *text, !source->ready_within(0));
  };
  auto on_bad = [&](std::size_t line, const std::string& why) {
    on_note("line " + std::to_string(line) + ": " + why + "; record skipped");
  };
  return read_json_records(*source, options.fields, options.max_record_bytes, on_record, on_bad,
                           error);
}

}  // namespace claims
