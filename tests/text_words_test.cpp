#include "util/text_words.hpp"

#include <catch2/catch.hpp>

using jobsight::contains_phrase;
using jobsight::lower_words;
using Words = std::vector<std::string>;

TEST_CASE("lower_words splits on anything that is not a letter or digit", "[text_words]") {
  CHECK(lower_words("Sr. ML/AI Engineer") == Words{"sr", "ml", "ai", "engineer"});
  CHECK(lower_words("Entry-Level Data_Analyst II") ==
        Words{"entry", "level", "data", "analyst", "ii"});
  CHECK(lower_words("C++ / C# developer (m/w/d)") == Words{"c", "c", "developer", "m", "w", "d"});
}

TEST_CASE("lower_words keeps digits and UTF-8 letters inside words", "[text_words]") {
  CHECK(lower_words("Web3 Développeur 2025") == Words{"web3", "développeur", "2025"});
  CHECK(lower_words("ÄRZTIN") == Words{"Ärztin"});  // only ASCII is lower-cased
}

TEST_CASE("lower_words of empty or separator-only text is empty", "[text_words]") {
  CHECK(lower_words("").empty());
  CHECK(lower_words(" - / ,.;").empty());
}

TEST_CASE("contains_phrase matches consecutive whole words only", "[text_words]") {
  const Words title = lower_words("Head of Data and Vice-President, Engineering");
  CHECK(contains_phrase(title, lower_words("head of")));
  CHECK(contains_phrase(title, lower_words("vice president")));
  CHECK(contains_phrase(title, lower_words("engineering")));
  CHECK_FALSE(contains_phrase(title, lower_words("head data")));
  CHECK_FALSE(contains_phrase(title, lower_words("engineer")));
  CHECK_FALSE(contains_phrase(title, lower_words("of data and vice president engineering x")));
}

TEST_CASE("contains_phrase with an empty phrase never matches", "[text_words]") {
  CHECK_FALSE(contains_phrase(lower_words("anything"), Words{}));
  CHECK_FALSE(contains_phrase(Words{}, Words{}));
  CHECK_FALSE(contains_phrase(Words{}, Words{"a"}));
}

TEST_CASE("contains_phrase finds a phrase at the start and at the end", "[text_words]") {
  const Words words{"new", "grad", "engineer"};
  CHECK(contains_phrase(words, Words{"new", "grad"}));
  CHECK(contains_phrase(words, Words{"grad", "engineer"}));
  CHECK(contains_phrase(words, words));
}

TEST_CASE("to_lower lower-cases ASCII and leaves other bytes alone", "[text_words]") {
  CHECK(jobsight::to_lower("MiXeD 123 ÉTÉ") == "mixed 123 ÉtÉ");
  CHECK(jobsight::to_lower("").empty());
}

TEST_CASE("trim removes spaces, tabs, CR and LF at both ends only", "[text_words]") {
  CHECK(jobsight::trim(" \t a b \r\n") == "a b");
  CHECK(jobsight::trim("\r\n\t ").empty());
  CHECK(jobsight::trim("").empty());
  CHECK(jobsight::trim("x") == "x");
}

TEST_CASE("dotted initials are one word", "[text_words]") {
  CHECK(jobsight::lower_words("A.I. Engineer") == std::vector<std::string>{"ai", "engineer"});
  CHECK(jobsight::lower_words("U.S. M.L. lead") == std::vector<std::string>{"us", "ml", "lead"});
  CHECK(jobsight::lower_words("Engineer I.") == std::vector<std::string>{"engineer", "i"});
  CHECK(jobsight::lower_words("Sr. Engineer") == std::vector<std::string>{"sr", "engineer"});
  CHECK(jobsight::lower_words("node.js v2.1") == std::vector<std::string>{"node", "js", "v2", "1"});
}
