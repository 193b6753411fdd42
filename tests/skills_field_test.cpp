#include "normalise/skills_field.hpp"

#include <catch2/catch.hpp>

using jobsight::split_skills;
using Skills = std::vector<std::string>;

TEST_CASE("skills split on semicolons, commas and pipes", "[skills_field]") {
  CHECK(split_skills("Python; SQL") == Skills{"Python", "SQL"});
  CHECK(split_skills("Python,SQL") == Skills{"Python", "SQL"});
  CHECK(split_skills("Python|SQL") == Skills{"Python", "SQL"});
  CHECK(split_skills("Python") == Skills{"Python"});
}

TEST_CASE("mixed separators all split", "[skills_field]") {
  CHECK(split_skills("Python; SQL, Spark|AWS") == Skills{"Python", "SQL", "Spark", "AWS"});
}

TEST_CASE("skill items are trimmed and empty items dropped", "[skills_field]") {
  CHECK(split_skills("  Python ;;  ; SQL\t,\r\n") == Skills{"Python", "SQL"});
  CHECK(split_skills("").empty());
  CHECK(split_skills("   ").empty());
  CHECK(split_skills(";,|").empty());
}

TEST_CASE("skill names keep their symbols and inner spaces", "[skills_field]") {
  CHECK(split_skills("C++; C#; CI/CD; Machine Learning; Node.js") ==
        Skills{"C++", "C#", "CI/CD", "Machine Learning", "Node.js"});
}

TEST_CASE("skill order and duplicates are kept", "[skills_field]") {
  CHECK(split_skills("SQL, Python, sql, SQL") == Skills{"SQL", "Python", "sql", "SQL"});
}

TEST_CASE("Python-style and JSON lists parse", "[skills_field]") {
  CHECK(split_skills("['Python', 'SQL']") == Skills{"Python", "SQL"});
  CHECK(split_skills("[\"Python\", \"SQL\"]") == Skills{"Python", "SQL"});
  CHECK(split_skills("  [\"Python\",\"SQL\"]  ") == Skills{"Python", "SQL"});
  CHECK(split_skills("['machine learning', 'c++', 'ci/cd']") ==
        Skills{"machine learning", "c++", "ci/cd"});
}

TEST_CASE("empty lists give no skills", "[skills_field]") {
  CHECK(split_skills("[]").empty());
  CHECK(split_skills("[ ]").empty());
  CHECK(split_skills("['', \"  \"]").empty());
}

TEST_CASE("quoted list items may hold commas, separators and escaped quotes", "[skills_field]") {
  CHECK(split_skills("[\"a, b\", \"c\"]") == Skills{"a, b", "c"});
  CHECK(split_skills("['x; y', 'p|q']") == Skills{"x; y", "p|q"});
  CHECK(split_skills(R"(["say \"hi\"", "back\\slash"])") == Skills{"say \"hi\"", "back\\slash"});
  CHECK(split_skills(R"(['O\'Reilly', "it's"])") == Skills{"O'Reilly", "it's"});
}

TEST_CASE("JSON unicode escapes in list items become UTF-8", "[skills_field]") {
  CHECK(split_skills(R"(["Caf\u00e9", "\u20ac", "\ud83d\ude80", "\/x"])") ==
        Skills{"Café", "€", "🚀", "/x"});
  CHECK(split_skills(R"(['\xe9t\xe9'])") == Skills{"été"});
  CHECK(split_skills(R"(["line\nbreak"])") == Skills{"line break"});
}

TEST_CASE("list items are trimmed and may be unquoted", "[skills_field]") {
  CHECK(split_skills("[' Python ', \"SQL  \"]") == Skills{"Python", "SQL"});
  CHECK(split_skills("[Python, SQL, Machine Learning]") ==
        Skills{"Python", "SQL", "Machine Learning"});
  CHECK(split_skills("['Python', 'SQL',]") == Skills{"Python", "SQL"});
}

TEST_CASE("a malformed list falls back to plain splitting without the quotes", "[skills_field]") {
  CHECK(split_skills("['Python', 'SQL]") == Skills{"Python", "SQL"});
  CHECK(split_skills("['Python' 'SQL']") == Skills{"Python' 'SQL"});
  CHECK(split_skills(R"(["bad \u12"])") == Skills{"bad \\u12"});
}

TEST_CASE("brackets that do not enclose the whole field are plain text", "[skills_field]") {
  CHECK(split_skills("[Python; SQL") == Skills{"[Python", "SQL"});
  CHECK(split_skills("Python [3]; SQL") == Skills{"Python [3]", "SQL"});
}
