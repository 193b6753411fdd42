// The report options on the command line: each report takes the options its catalogue entry
// lists, and the binary refuses every other one, before it opens the database, with exit 1.
#include <catch2/catch.hpp>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::error_line;
using jobsight::test::parse_csv;
using jobsight::test::sample_db;
using jobsight::test::TempDir;

TEST_CASE("options a report does not take are refused, not ignored or misused", "[e2e]") {
  const std::string& db = sample_db();
  struct Case {
    std::vector<std::string> args;
    std::string refused;
  };
  // Each of these exited 0 before the catalogue was the one list of options: --source printed
  // posting pay anyway, --top was ignored, --by renamed the period column, and the summary read
  // past the end of a vector (AddressSanitizer: heap-buffer-overflow).
  for (const Case& c : std::vector<Case>{
           {{"pay-by-skill", "--source", "observations"},
            "report pay-by-skill does not take --source"},
           {{"ai-share", "--top", "5"}, "report ai-share does not take --top"},
           {{"seniority-mix", "--by", "country"}, "report seniority-mix does not take --by"},
           {{"summary", "--by", "country"}, "report summary does not take --by"}}) {
    std::vector<std::string> args = {"--db", db, "report"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    auto result = cli(args);
    INFO(c.refused);
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err == error_line(c.refused));
  }
}

TEST_CASE("the same options are taken by the reports that list them", "[e2e]") {
  const std::string& db = sample_db();
  auto levels =
      cli({"--db", db, "report", "pay-by-level", "--source", "postings", "--format", "csv"});
  CHECK(levels.exit_code == 0);
  CHECK_THAT(levels.out, Catch::StartsWith("level,n,"));
  auto skills = cli(
      {"--db", db, "report", "top-skills", "--top", "1", "--period", "year", "--format", "csv"});
  CHECK(skills.exit_code == 0);
  // One skill per year of the sample (2022-2026): --top 1 was applied.
  auto rows = parse_csv(skills.out);
  REQUIRE(rows.size() == 6);
  CHECK(rows[0][1] == "rank");
  for (std::size_t r = 1; r < rows.size(); ++r) CHECK(rows[r][1] == "1");
  auto regions = cli({"--db", db, "report", "pay-by-region", "--by", "country", "--format", "csv"});
  CHECK(regions.exit_code == 0);
  CHECK_THAT(regions.out, Catch::StartsWith("country,"));
}

TEST_CASE("a refused option is refused even when the database does not exist", "[e2e]") {
  TempDir dir;
  auto result = cli({"--db", dir.file("none.db"), "report", "ai-share", "--top", "3"});
  CHECK(result.exit_code == 1);
  CHECK(result.err == error_line("report ai-share does not take --top"));
}
