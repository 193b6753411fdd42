// The segment options read and checked without a database (reports/segment_filters).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "jobsight/error.hpp"
#include "reports/segment_filters.hpp"
#include "util/text.hpp"

using namespace jobsight;

TEST_CASE("the level option reads levels and bands into levels in order", "[segment_filters]") {
  CHECK(levels_of("junior") == std::vector<std::string>{"intern", "entry"});
  CHECK(levels_of("senior-plus") == std::vector<std::string>{"senior", "lead", "executive"});
  CHECK(levels_of("Lead, mid") == std::vector<std::string>{"mid", "lead"});
  CHECK(levels_of("entry,junior") == std::vector<std::string>{"intern", "entry"});
  CHECK_THROWS_WITH(levels_of("senor"), Catch::StartsWith("--level 'senor' is not a level; use "));
  CHECK_THROWS_AS(levels_of(" , "), Error);
}

TEST_CASE("no level's name is part of another's, so the SQL matches :levels with instr",
          "[segment_filters]") {
  // sql/reports/_scoped_postings.sql tests instr(:levels, seniority) > 0 with :levels as
  // ',senior,lead,': exact only while no level name holds another.
  const std::vector<std::string> levels = levels_of("intern,entry,mid,senior,lead,executive");
  REQUIRE(levels.size() == 6);
  for (const std::string& level : levels) {
    for (const std::string& other : levels) {
      if (level != other) CHECK(other.find(level) == std::string::npos);
    }
  }
}

TEST_CASE("the title option becomes lower-case words with no LIKE wildcard left",
          "[segment_filters]") {
  CHECK(title_words_of("ML") == "ml");
  CHECK(title_words_of("  Machine-Learning   ENGINEER ") == "machine learning engineer");
  CHECK(title_words_of("data_%scientist") == "data scientist");
  CHECK(title_words_of("C++") == "c");
  CHECK(title_words_of("Ingénieur IA") == "ing\xc3\xa9nieur ia");
  CHECK_THROWS_WITH(title_words_of("%_"),
                    "--title '%_' holds no word; give letters or digits, e.g. --title \"data "
                    "engineer\"");
  // Latin-1 "café": SQLite's LIKE would read the stray byte as U+FFFD, matching any other.
  CHECK_THROWS_WITH(title_words_of("caf\xe9"),
                    "--title is not UTF-8 text (byte 0xE9 at byte 4); give the words in UTF-8");
}

TEST_CASE("the employment-type option becomes every folded spelling of its type",
          "[segment_filters]") {
  CHECK(employment_type_spellings_of("Full-time") == ",fulltime,ft,permanent,");
  CHECK(employment_type_spellings_of("PT") == ",parttime,pt,");
  CHECK_THROWS_WITH(employment_type_spellings_of("gig"),
                    "--employment-type 'gig' is not an employment type; use full-time, part-time, "
                    "contract, internship, temporary, freelance (or a common spelling such as FT, "
                    "Full_Time, PT, CT, FL)");
}

TEST_CASE("an unknown skill suggests the closest names when one is a likely typo",
          "[segment_filters]") {
  std::vector<std::string> spellings = {"Python", "python3", "PyTorch", "torch",
                                        "SQL",    "R",       "C",       "Go"};
  CHECK(unknown_skill_message("pythn", spellings) ==
        "unknown skill 'pythn'; did you mean 'python'? (see 'jobsight skills')");
  CHECK(unknown_skill_message("Pytorh", spellings) ==
        "unknown skill 'Pytorh'; did you mean 'pytorch'? (see 'jobsight skills')");
  CHECK(unknown_skill_message("sq", spellings) ==
        "unknown skill 'sq'; did you mean 'sql'? (see 'jobsight skills')");
  // One edit from two names (two from 'go'): both, alphabetically.
  CHECK(unknown_skill_message("X", spellings) ==
        "unknown skill 'X'; did you mean 'c' or 'r'? (see 'jobsight skills')");
  CHECK(unknown_skill_message("kubernetes", spellings) ==
        "unknown skill 'kubernetes' (see 'jobsight skills')");
}

TEST_CASE("edit distance counts single-byte insertions, deletions and substitutions",
          "[segment_filters]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("pythn", "python") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("Python", "python") == 1);
}
