// The segment options (SPEC 3.2) through the real binary on the sample postings: a segment gives
// the rows counted by hand from sample_data/postings.csv, and a bad segment value is refused with
// its message on standard error and exit 1.
#include <catch2/catch.hpp>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::error_line;
using jobsight::test::parse_csv;
using jobsight::test::sample_db;

TEST_CASE("a title and remote segment of the sample gives the postings counted by hand", "[e2e]") {
  // The titles holding the word "platform" are the eight "VP, Data Platform" postings; four are
  // hybrid: LI-7250739 (2024-02-26, "Hybrid"), GD-3670497 (2024-06-13, "hybrid"), LI-5028558
  // (2025-10-05, "Hybrid") and LI-6509992 (epoch milliseconds 1788612305536, 2026-09-05). None
  // is an AI role: the titles match no AI rule and the skills are data tooling.
  auto result = cli({"--db", sample_db(), "report", "ai-share", "--title", "Platform", "--remote",
                     "hybrid", "--period", "year", "--format", "csv"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  auto rows = parse_csv(result.out);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] == std::vector<std::string>{"period", "postings", "ai_postings", "ai_share_pct"});
  CHECK(rows[1][0] == "2024");
  CHECK(rows[1][1] == "2");
  CHECK(rows[1][2] == "0");
  CHECK(rows[2][0] == "2025");
  CHECK(rows[2][1] == "1");
  CHECK(rows[3][0] == "2026");
  CHECK(rows[3][1] == "1");
  // All eight, in any remote mode: 2022, 2023, 2024 x3, 2025 x2, 2026.
  auto all = cli({"--db", sample_db(), "report", "seniority-mix", "--title", "platform", "--period",
                  "year", "--format", "csv"});
  REQUIRE(all.exit_code == 0);
  auto mix = parse_csv(all.out);
  REQUIRE(mix.size() == 6);
  std::vector<std::string> counts;
  for (std::size_t r = 1; r < mix.size(); ++r) counts.push_back(mix[r][0] + ":" + mix[r][1]);
  CHECK(counts == std::vector<std::string>{"2022:1", "2023:1", "2024:3", "2025:2", "2026:1"});
  // Every one of them is an executive: VP titles, and given as EX, Executive or Director.
  for (std::size_t r = 1; r < mix.size(); ++r) CHECK(mix[r][7] == mix[r][1]);
}

TEST_CASE("an unknown skill is refused with a suggestion and exit 1", "[e2e]") {
  auto result = cli({"--db", sample_db(), "report", "pay-by-level", "--skill", "pythn"});
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(result.err ==
        error_line("unknown skill 'pythn'; did you mean 'python'? (see 'jobsight skills')"));
  auto far = cli({"--db", sample_db(), "report", "ai-share", "--skill", "zzzzzzzzzz"});
  CHECK(far.exit_code == 1);
  CHECK(far.err == error_line("unknown skill 'zzzzzzzzzz' (see 'jobsight skills')"));
}

TEST_CASE("bad segment values and refused segments are named in the message", "[e2e]") {
  const std::string& db = sample_db();
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{"pay-by-level", "--level", "senor"},
            "--level 'senor' is not a level; use intern, entry, mid, senior, lead, executive, "
            "junior (intern and entry) or senior-plus (senior, lead, executive), comma-separated"},
           {{"seniority-mix", "--level", "senior"},
            "report seniority-mix does not take --level: it counts postings per level"},
           {{"ai-share", "--remote", "sometimes"},
            "--remote 'sometimes' is not one of onsite, hybrid, remote"},
           {{"ai-share", "--employment-type", "gig"},
            "--employment-type 'gig' is not an employment type; use full-time, part-time, "
            "contract, internship, temporary, freelance (or a common spelling such as FT, "
            "Full_Time, PT, CT, FL)"}}) {
    std::vector<std::string> args = {"--db", db, "report"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    auto result = cli(args);
    INFO(c.message);
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err == error_line(c.message));
  }
}
