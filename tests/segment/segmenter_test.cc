#include <catch2/catch.hpp>

#include <string>
#include <unordered_set>

#include "segment/segmenter.h"

using claims::Segmenter;

TEST_CASE("numbers with grouping are one word", "[segment]") {
  std::string text = "a workforce of 9,100 employees";
  Segmenter segmenter(text, "en");
  auto at = text.find("9,100");
  CHECK(segmenter.is_word_boundary(at));
  CHECK_FALSE(segmenter.is_word_boundary(at + 2));  // inside "9,100"
  CHECK(segmenter.is_word_boundary(at + 5));
  CHECK_FALSE(segmenter.is_word_boundary(text.find("ployees")));
}

TEST_CASE("a sentence ends at a full stop and at a line break", "[segment]") {
  std::string text = "Headline with 37 stores\nShares rose 2.3% to 966p. Revenue was $5m.";
  Segmenter segmenter(text, "en");
  auto headline = segmenter.sentence_at(text.find("37"));
  CHECK(text.substr(headline.begin, headline.size()) == "Headline with 37 stores\n");
  auto second = segmenter.sentence_at(text.find("966p"));
  CHECK(text.substr(second.begin, second.size()) == "Shares rose 2.3% to 966p. ");
  auto third = segmenter.sentence_at(text.find("$5m"));
  CHECK(text.substr(third.begin, third.size()) == "Revenue was $5m.");
}

TEST_CASE("decimal points and abbreviations do not end a sentence", "[segment]") {
  std::string text = "Mr. Smith said revenue rose 4.7 per cent to 1.2bn.";
  Segmenter segmenter(text, "en");
  auto sentence = segmenter.sentence_at(text.find("1.2bn"));
  CHECK(sentence.begin == 0);
  CHECK(sentence.end == text.size());
}

TEST_CASE("in French a word begins after an elision", "[segment]") {
  std::string text =
      "une offre d'une yen, jusqu'\xE2\x80\x99"
      "a quelqu'un et l\xE2\x80\x99"
      "euro";
  std::unordered_set<std::string> elisions = {"d", "l", "qu", "jusqu"};  // as in French
  Segmenter french(text, "fr", &elisions);
  CHECK(french.is_word_boundary(text.find("une yen")));
  CHECK(french.is_word_boundary(text.find("euro")));
  CHECK_FALSE(french.is_word_boundary(text.find("un et")));  // "quelqu'un" stays one word
  Segmenter english(text, "en");
  CHECK_FALSE(english.is_word_boundary(text.find("une yen")));
}

TEST_CASE("a word begins after an elision the language lists", "[segment]") {
  std::string text = "Hausse d'une part, jusqu'au bout.";
  std::unordered_set<std::string> french = {"d", "jusqu"};
  Segmenter with(text, "fr", &french), without(text, "fr");
  std::size_t une = text.find("une"), au = text.find("au bout");
  CHECK(with.is_word_boundary(une));
  CHECK(with.is_word_boundary(au));
  CHECK_FALSE(without.is_word_boundary(une));
}
