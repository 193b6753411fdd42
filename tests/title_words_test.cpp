// title_words: one rule for stored titles and the words of --title (SPEC 3.2).
#include <catch2/catch.hpp>

#include "util/text_words.hpp"

using jobsight::title_words;

TEST_CASE("title words are lower-case letters and digits split at everything else",
          "[title_words]") {
  CHECK(title_words("Machine-Learning Engineer (NLP)") == "machine learning engineer nlp");
  CHECK(title_words("C++ Developer") == "c developer");
  CHECK(title_words("AI+ML Engineer") == "ai ml engineer");
  CHECK(title_words("ML's lead") == "ml s lead");
  CHECK(title_words("  Senior   ML  -  -  -  Engineer\t\n") == "senior ml engineer");
  CHECK(title_words("Data_Engineer%") == "data engineer");
  CHECK(title_words("Développeur Zürich 北京") == "développeur zürich 北京");  // non-ASCII kept
  CHECK(title_words("SQL\x01"
                    "Dev") == "sql dev");
  CHECK(title_words("%&*").empty());
  CHECK(title_words("").empty());
}
