#include "jobsight/display_width.hpp"

#include <catch2/catch.hpp>

using jobsight::char_width;
using jobsight::display_width;
using jobsight::shorten_end;
using jobsight::shorten_middle;

TEST_CASE("display width counts terminal cells, not bytes", "[display_width]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("Zurich") == 6);
  CHECK(display_width("Zürich") == 6);   // 7 bytes
  CHECK(display_width("Curaçao") == 7);  // 8 bytes
  CHECK(display_width("北京") == 4);     // 6 bytes, two wide characters
  CHECK(display_width("→") == 1);        // 3 bytes, one cell
  CHECK(display_width("東京 → Zürich") == 13);
  CHECK(display_width("cafe\u0301") == 4);  // a combining accent takes no cell
  CHECK(display_width("a\u200Bb") == 2);    // nor does a zero-width space
  CHECK(display_width("\U0001F600") == 2);  // an emoji takes two
  CHECK(display_width("…") == 1);
}

TEST_CASE("display width counts a byte of broken UTF-8 as one cell", "[display_width]") {
  CHECK(display_width("\xFF") == 1);
  CHECK(display_width("a\xC3") == 2);     // a lead byte at the end, cut short
  CHECK(display_width("\xE5\x8C") == 2);  // two bytes of a three-byte character
  CHECK(display_width("\xC3(") == 2);     // a lead byte followed by no continuation
}

TEST_CASE("char width is utf8proc's: 0, 1 or 2 cells", "[display_width]") {
  CHECK(char_width(U'a') == 1);
  CHECK(char_width(U'ü') == 1);
  CHECK(char_width(U'北') == 2);
  CHECK(char_width(U'\u0301') == 0);
  CHECK(char_width(U'\t') == 0);  // control characters take none
}

TEST_CASE("shorten_end keeps whole characters and ends in an ellipsis", "[display_width]") {
  CHECK(shorten_end("Zürich", 6) == "Zürich");
  CHECK(shorten_end("Zürich", 5) == "Züri…");
  CHECK(shorten_end("北京大学", 5) == "北京…");
  CHECK(shorten_end("北京大学", 4) == "北…");  // 北 (2) + … (1): the next wide one would not fit
  CHECK(shorten_end("ab cd", 4) == "ab…");     // no space before the ellipsis
  CHECK(shorten_end("Zürich", 1) == "…");
  CHECK(shorten_end("Zürich", 0) == "");
  CHECK(display_width(shorten_end("Curaçao → 北京", 9)) <= 9);
}

TEST_CASE("shorten_middle keeps the start and the end of a path", "[display_width]") {
  CHECK(shorten_middle("data/postings.csv", 17) == "data/postings.csv");
  CHECK(shorten_middle("data/2026/march/postings.csv", 20) == "data/2026…stings.csv");
  CHECK(display_width(shorten_middle("data/2026/march/postings.csv", 20)) == 20);
  CHECK(shorten_middle("données/北京/Zürich.csv", 12) == "donné…ch.csv");
  CHECK(shorten_middle("北京北京北京", 6) == "北…京");
  CHECK(shorten_middle("abcdef", 1) == "…");
  CHECK(shorten_middle("abcdef", 0) == "");
}
