#include "input/articles.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace {

// The articles read_articles() hands on: (name, text) pairs, and its notes.
struct Read {
  bool ok = false;
  std::string error;
  std::vector<std::pair<std::string, std::string>> articles;
  std::vector<std::string> notes;
};

Read read(const std::string& path, claims::InputFormat format) {
  Read result;
  claims::ArticleInputOptions options;
  options.format = format;
  auto on_article = [&](const std::string& name, claims::ByteSource& bytes, bool) {
    std::string text;
    char buffer[7];  // small reads: the whole source must still come through
    for (std::ptrdiff_t n; (n = bytes.read(buffer, sizeof buffer)) > 0;)
      text.append(buffer, static_cast<std::size_t>(n));
    result.articles.emplace_back(name, text);
    return true;
  };
  auto on_note = [&](const std::string& note) { result.notes.push_back(note); };
  result.ok = claims::read_articles(path, options, on_article, on_note, result.error);
  return result;
}

std::string write_file(const std::string& name, const std::string& content) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace

TEST_CASE("a text file is one article named by its path", "[articles]") {
  std::string path = write_file("claims_articles_test.txt", "{\"id\": 1}\nnot a record\n");
  Read result = read(path, claims::InputFormat::kText);
  REQUIRE(result.ok);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].first == path);
  CHECK(result.articles[0].second == "{\"id\": 1}\nnot a record\n");
}

TEST_CASE("a JSON Lines file is one article a record, named by its id", "[articles]") {
  std::string path = write_file("claims_articles_test.jsonl",
                                "{\"id\": \"a-1\", \"text\": \"Acme employs 500 staff.\"}\n"
                                "{\"id\": \"a-2\", \"text\": [1]}\n"
                                "{\"text\": \"Le groupe emploie 9\\u00a0100 personnes.\"}\n");
  Read result = read(path, claims::InputFormat::kJsonLines);
  REQUIRE(result.ok);
  REQUIRE(result.articles.size() == 2);
  CHECK(result.articles[0] ==
        std::pair<std::string, std::string>("a-1", "Acme employs 500 staff."));
  CHECK(result.articles[1].first == path + ":3");  // no id: INPUT:LINE
  CHECK(result.articles[1].second == "Le groupe emploie 9\u00a0100 personnes.");
  REQUIRE(result.notes.size() == 1);
  CHECK(result.notes[0].rfind("line 2: ", 0) == 0);
}

TEST_CASE("an input that cannot be opened is an error", "[articles]") {
  Read result = read("/nonexistent/claims.jsonl", claims::InputFormat::kJsonLines);
  CHECK_FALSE(result.ok);
  CHECK_FALSE(result.error.empty());
}
