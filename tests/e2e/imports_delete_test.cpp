// Undo and honest exit codes (SPEC 2.6, 5): `imports delete` removes an import and all it added,
// a file whose every row is rejected fails, and a refused import leaves no database behind.
#include <catch2/catch.hpp>

#include <filesystem>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::error_line;
using jobsight::test::sql;
using jobsight::test::TempDir;

namespace {

// Three postings by two companies; "Quantum Basketweaving" is a skill no taxonomy knows.
const char* kPostings =
    "id,date,title,company,skills\n"
    "1,2025-01-02,Data Engineer,Acme,Python;SQL\n"
    "2,2025-01-03,ML Engineer,Acme,PyTorch\n"
    "3,2025-01-04,Weaver,Loom Ltd,Quantum Basketweaving\n"
    "4,not a date,Broken,Acme,\n";

const char* kSurvey =
    "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
    "employee_residence,remote_ratio,company_location,company_size\n"
    "2024,SE,FT,Data Scientist,,,150000,US,0,US,M\n"
    "2024,EN,FT,Data Analyst,,,70000,US,100,US,S\n";

}  // namespace

TEST_CASE("imports delete removes a postings import and all it added, and the file imports again",
          "[e2e][imports_delete]") {
  TempDir dir;
  std::string db = dir.file("market.db");
  std::string postings = dir.write("postings.csv", kPostings);
  std::string survey = dir.write("survey.csv", kSurvey);
  REQUIRE(cli({"--db", db, "import", "postings", postings}).exit_code == 0);
  REQUIRE(cli({"--db", db, "import", "salaries", survey}).exit_code == 0);

  auto deleted = cli({"--db", db, "imports", "delete", "1"});
  CHECK(deleted.exit_code == 0);
  CHECK(deleted.out == "deleted import 1 (postings " + postings +
                           "): 3 postings, 4 skill links, 1 rejected row, 2 companies, 1 new "
                           "skill\n");
  CHECK(sql(db,
            "SELECT (SELECT count(*) FROM postings), (SELECT count(*) FROM posting_skills), "
            "(SELECT count(*) FROM companies), (SELECT count(*) FROM import_rejects), "
            "(SELECT count(*) FROM skills WHERE from_taxonomy = 0), "
            "(SELECT count(*) FROM salary_observations), (SELECT group_concat(import_id) FROM "
            "import_runs)") == "0|0|0|0|0|2|2\n");

  // Nothing of it is left to make its rows duplicates: it imports whole again.
  auto again = cli({"--db", db, "import", "postings", postings});
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::StartsWith(postings + ": 4 rows read, 3 imported, 0 duplicates, 1 "
                                                     "rejected"));
  CHECK(sql(db, "SELECT count(*) FROM postings WHERE import_id = 3") == "3\n");

  auto missing = cli({"--db", db, "imports", "delete", "1"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == error_line("there is no import 1; 'jobsight imports' lists them"));
  auto no_db = cli({"--db", dir.file("none.db"), "imports", "delete", "1"});
  CHECK(no_db.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(dir.file("none.db")));
}

TEST_CASE("a deleted salary import, or one that kept no row, no longer blocks the file",
          "[e2e][imports_delete]") {
  TempDir dir;
  std::string db = dir.file("survey.db");
  std::string survey = dir.write("survey.csv", kSurvey);
  REQUIRE(cli({"--db", db, "import", "salaries", survey}).exit_code == 0);
  auto blocked = cli({"--db", db, "import", "salaries", survey});
  CHECK_THAT(blocked.out, Catch::Contains("already imported as import 1"));

  auto deleted = cli({"--db", db, "imports", "delete", "1"});
  CHECK(deleted.out ==
        "deleted import 1 (salaries " + survey + "): 2 salary observations, 0 rejected rows\n");
  auto again = cli({"--db", db, "import", "salaries", survey});
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::StartsWith(survey + ": 2 rows read, 2 imported"));

  // A file with a header and no rows is recorded with nothing kept; it can be imported again.
  std::string empty =
      dir.write("empty.csv", std::string(kSurvey).substr(0, std::string(kSurvey).find('\n') + 1));
  CHECK(cli({"--db", db, "import", "salaries", empty}).exit_code == 0);
  auto empty_again = cli({"--db", db, "import", "salaries", empty});
  CHECK(empty_again.exit_code == 0);
  CHECK_THAT(empty_again.out, Catch::StartsWith(empty + ": 0 rows read, 0 imported"));
}

TEST_CASE("a file whose every row is rejected fails, keeps nothing and names the reasons",
          "[e2e][imports_delete]") {
  TempDir dir;
  std::string db = dir.file("fresh.db");
  std::string bad =
      dir.write("bad.csv", "id,date,title\n1,someday,A\n2,2025-01-02,\n3,2025-13-01,C\n");
  auto result = cli({"--db", db, "import", "postings", bad});
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(result.err ==
        error_line(bad +
                   ": every row was rejected, so nothing was imported (3 rows); the first "
                   "reasons: line 2: column posted_date: invalid date 'someday' (expected a form "
                   "such as 2026-04-10, 2026-04-10T13:01:02Z, 10/04/2026, Apr 10 2026, epoch "
                   "seconds or 3 days ago); line 3: column title: "
                   "title is empty; line 4: column posted_date: invalid date '2025-13-01': there "
                   "is no month 13"));
  // The database did not exist before, and a refused import leaves none behind.
  CHECK_FALSE(std::filesystem::exists(db));

  // Into an existing database: it stays as it was.
  std::string good = dir.write("good.csv", "id,date,title\n1,2025-01-02,A\n");
  REQUIRE(cli({"--db", db, "import", "postings", good}).exit_code == 0);
  CHECK(cli({"--db", db, "import", "postings", bad}).exit_code == 1);
  CHECK(sql(db, "SELECT count(*) FROM postings; SELECT count(*) FROM import_runs") == "1\n1\n");
}

TEST_CASE("import and imports delete leave the kept pay statistics current and right",
          "[e2e][imports_delete][kept]") {
  TempDir dir;
  std::string db = dir.file("market.db");
  std::string survey = dir.write("survey.csv", kSurvey);
  std::string more = dir.write("more.csv",
                               "work_year,experience_level,job_title,salary_in_usd\n"
                               "2024,SE,ML Engineer,190000\n"
                               "2024,SE,Data Scientist,130000\n");
  REQUIRE(cli({"--db", db, "import", "salaries", survey, more}).exit_code == 0);
  // One command, two files: current, and senior pay from both (150,000, 190,000, 130,000).
  CHECK(sql(db, "SELECT current FROM kept_pay_stats_state") == "1\n");
  CHECK(sql(db,
            "SELECT n, median FROM kept_pay_stats "
            "WHERE report_grouping = 'pay-by-level' AND grp = 'senior'") == "3|150000.0\n");
  auto report = cli({"--db", db, "report", "pay-by-level", "--min-n", "1", "--format", "csv"});
  CHECK(report.out ==
        "level,n,p25,median,p75,p90,mean,postings_n,observations_n\n"
        "entry,1,70000,70000,70000,70000,70000,0,1\n"
        "senior,3,140000,150000,170000,182000,156666.66666666666,0,3\n");

  REQUIRE(cli({"--db", db, "imports", "delete", "2"}).exit_code == 0);
  CHECK(sql(db, "SELECT current FROM kept_pay_stats_state") == "1\n");
  CHECK(sql(db,
            "SELECT n, median FROM kept_pay_stats "
            "WHERE report_grouping = 'pay-by-level' AND grp = 'senior'") == "1|150000.0\n");
  // The view reads them too: a kept row changed by hand shows there.
  sql(db, "UPDATE kept_pay_stats SET n = 40, median = 1 WHERE grp = 'senior'");
  CHECK(sql(db, "SELECT level, n, median FROM report_pay_by_level") == "senior|40|1.0\n");
}
