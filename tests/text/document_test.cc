#include <catch2/catch.hpp>

#include "text/document.h"

using claims::decode;
using claims::Document;
using claims::PositionCounter;

TEST_CASE("UTF-8 is read as is and a BOM is skipped", "[text]") {
  Document doc;
  REQUIRE(decode("\xEF\xBB\xBF"
                 "L\xE2\x80\x99"
                 "entreprise emploie 9\xC2\xA0"
                 "100 personnes",
                 doc)
              .ok);
  CHECK(doc.text ==
        "L\xE2\x80\x99"
        "entreprise emploie 9\xC2\xA0"
        "100 personnes");
  CHECK(doc.encoding == "UTF-8");
}

TEST_CASE("Windows-1252 text is converted to UTF-8", "[text]") {
  Document doc;
  // "Le chiffre d'affaires a progressé de 2,3 %" with é as the single byte 0xE9.
  REQUIRE(decode("Le chiffre d'affaires a progress\xE9 de 2,3 % cette ann\xE9"
                 "e.",
                 doc)
              .ok);
  CHECK(doc.text ==
        "Le chiffre d'affaires a progress\xC3\xA9 de 2,3 % cette ann\xC3\xA9"
        "e.");
  CHECK(doc.encoding != "UTF-8");
}

TEST_CASE("UTF-16 with a BOM is converted", "[text]") {
  std::string bytes("\xFF\xFE", 2);
  for (char c : std::string("500 staff")) {
    bytes += c;
    bytes += '\0';
  }
  Document doc;
  REQUIRE(decode(bytes, doc).ok);
  CHECK(doc.text == "500 staff");
  CHECK(doc.encoding == "UTF-16LE");
}

TEST_CASE("binary bytes are refused with a reason", "[text]") {
  Document doc;
  auto result = decode(std::string_view("\x7F"
                                        "ELF\0\0\x01",
                                        7),
                       doc);
  CHECK_FALSE(result.ok);
  CHECK(result.error.find("binary") != std::string::npos);
}

TEST_CASE("lines and columns count code points and ignore CR", "[text]") {
  std::string text =
      "Titre\r\nL\xE2\x80\x99"
      "action a c\xC3\xA9"
      "d\xC3\xA9 1,8 %\n";
  PositionCounter lines(text);
  CHECK(lines.at(0).line == 1);
  CHECK(lines.at(0).column == 1);
  auto at = lines.at(text.find("1,8"));
  CHECK(at.line == 2);
  CHECK(at.column == 17);  // "L’action a cédé " is 16 characters
  CHECK(lines.at(text.size()).line == 3);
  auto again = lines.at(text.find("Titre") + 2);  // an earlier offset walks again
  CHECK(again.line == 1);
  CHECK(again.column == 3);
}

TEST_CASE("positions continue from a chunk's starting position", "[text]") {
  std::string text = "abc\ndef";
  PositionCounter lines(text, {41, 7});
  CHECK(lines.at(2).line == 41);
  CHECK(lines.at(2).column == 9);
  CHECK(lines.at(5).line == 42);
  CHECK(lines.at(5).column == 2);
}
