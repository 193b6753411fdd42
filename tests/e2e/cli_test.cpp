// End-to-end tests: the real jobsight binary on real files.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>

#include <SQLiteCpp/Database.h>

#include "jobsight/csv.hpp"
#include "jobsight/database.hpp"
#include "storage/embedded_sql.hpp"
#include "support/test_support.hpp"

using jobsight::test::parse_csv;
using jobsight::test::run_jobsight;
using jobsight::test::run_shell;
using jobsight::test::same_rows;
using jobsight::test::shell_quote;
using jobsight::test::source_path;
using jobsight::test::TempDir;

namespace {

const char* kSmall =
    "id,date,title,country,salary,skills\n"
    "1,2025-01-02,Senior ML Engineer,US,200000,Python;PyTorch\n"
    "2,2025-01-03,Data Analyst,UK,50000,SQL\n"
    "3,not a date,Broken,US,,\n";

}  // namespace

TEST_CASE("jobsight --help and each command's --help explain usage with examples", "[e2e]") {
  auto help = run_jobsight({"--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("import") && Catch::Contains("report") &&
                           Catch::Contains("Examples:") && Catch::Contains("--db"));
  auto import_help = run_jobsight({"import", "postings", "--help"});
  CHECK(import_help.exit_code == 0);
  CHECK_THAT(import_help.out, Catch::Contains("--strict") && Catch::Contains("--source") &&
                                  Catch::Contains("jobsight import postings"));
  auto report_help = run_jobsight({"report", "--help"});
  CHECK(report_help.exit_code == 0);
  CHECK_THAT(report_help.out, Catch::Contains("--period") && Catch::Contains("--min-n") &&
                                  Catch::Contains("jobsight report ai-share"));
  auto version = run_jobsight({"--version"});
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("jobsight " JOBSIGHT_VERSION));
}

TEST_CASE("importing the sample data gives the documented counts and reports", "[e2e]") {
  TempDir dir;
  std::string db = dir.file("sample.db");
  auto imported =
      run_jobsight({"--db", db, "import", "postings", source_path("sample_data/postings.csv")});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  CHECK_THAT(imported.out, Catch::Contains("rows read") && Catch::Contains("rejected"));
  auto again =
      run_jobsight({"--db", db, "import", "postings", source_path("sample_data/postings.csv")});
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Contains(" 0 imported"));

  auto list = run_jobsight({"--db", db, "report", "list", "--format", "csv"});
  REQUIRE(list.exit_code == 0);
  auto rows = parse_csv(list.out);
  std::vector<std::string> names;
  for (const auto& row : rows) names.push_back(row[0]);
  CHECK(names == std::vector<std::string>{"report", "ai-share", "seniority-mix", "pay-by-skill",
                                          "pay-by-level", "pay-by-region", "top-skills",
                                          "ai-growth", "ai-premium", "summary"});

  // Every report_* view, read by the stock sqlite3 shell, gives the CLI's rows.
  for (const char* name : {"ai-share", "seniority-mix", "pay-by-skill", "pay-by-level",
                           "pay-by-region", "top-skills", "ai-growth", "ai-premium"}) {
    std::string view = std::string("report_") + name;
    for (char& c : view) {
      if (c == '-') c = '_';
    }
    auto cli = run_jobsight({"--db", db, "report", name, "--format", "csv"});
    auto shell = run_shell("sqlite3 -csv -header " + shell_quote(db) + " " +
                           shell_quote("SELECT * FROM " + view));
    INFO(name << "\n" << cli.out << "\n---\n" << shell.out << shell.err);
    REQUIRE(cli.exit_code == 0);
    REQUIRE(shell.exit_code == 0);
    CHECK(parse_csv(cli.out).size() > 1);
    CHECK(same_rows(cli.out, shell.out));
  }
  for (const char* format : {"table", "json", "markdown"}) {
    auto out = run_jobsight(
        {"--db", db, "report", "seniority-mix", "--period", "year", "--format", format});
    CHECK(out.exit_code == 0);
    CHECK_THAT(out.out, Catch::Contains("2024"));
  }
  auto table = run_jobsight({"--db", db, "report", "seniority-mix"});
  std::istringstream lines(table.out);
  for (std::string line; std::getline(lines, line);) CHECK(line.size() <= 100);
}

TEST_CASE("import reads standard input and honours $JOBSIGHT_DB", "[e2e]") {
  TempDir dir;
  std::string csv = dir.write("small.csv", kSmall);
  std::string db = dir.file("env.db");
  auto imported = run_shell(
      "JOBSIGHT_DB=" + shell_quote(db) + " " + shell_quote(JOBSIGHT_BINARY) + " import postings -",
      csv);
  INFO(imported.err);
  CHECK(imported.exit_code == 0);
  CHECK_THAT(imported.out,
             Catch::StartsWith("<stdin>: 3 rows read, 2 imported, 0 duplicates, 1 rejected"));
  CHECK_THAT(imported.out,
             Catch::Contains("rejected <stdin>:4: column posted_date: invalid date 'not a date'"));
  auto report = run_jobsight({"--db", db, "report", "ai-share", "--format", "csv"});
  CHECK(report.out == "period,postings,ai_postings,ai_share_pct\n2025-01,2,1,50\n");

  // The same report in every format, exactly.
  auto table = run_jobsight({"--db", db, "report", "ai-share"});
  CHECK(table.out ==
        "period   postings  ai postings  ai share %\n"
        "-------  --------  -----------  ----------\n"
        "2025-01         2            1        50.0\n");
  auto json = run_jobsight({"--db", db, "report", "ai-share", "--format", "json"});
  CHECK(json.out ==
        "[\n  {\n    \"period\": \"2025-01\",\n    \"postings\": 2,\n    \"ai_postings\": 1,\n"
        "    \"ai_share_pct\": 50.0\n  }\n]\n");
  auto markdown = run_jobsight({"--db", db, "report", "ai-share", "--format", "markdown"});
  CHECK(markdown.out ==
        "| period | postings | ai_postings | ai_share_pct |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| 2025-01 | 2 | 1 | 50.0 |\n");
  // Senior ML Engineer (US, $200,000) and Data Analyst (UK, 50,000 GBP at the 2025 rate).
  auto levels =
      run_jobsight({"--db", db, "report", "pay-by-level", "--min-n", "1", "--format", "csv"});
  auto rows = parse_csv(levels.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[2] == std::vector<std::string>{"senior", "1", "200000", "200000", "200000", "200000",
                                            "200000", "1", "0"});
  auto rate = run_shell("sqlite3 " + shell_quote(db) +
                        " \"SELECT usd_per_unit FROM fx_rates WHERE currency = 'GBP' AND year = "
                        "2025\"");
  CHECK(rows[1][0] == "mid");
  CHECK(std::stod(rows[1][3]) == Approx(50000 * std::stod(rate.out)).epsilon(1e-12));
}

TEST_CASE("with --strict a rejected row fails the import and leaves the database unchanged",
          "[e2e]") {
  TempDir dir;
  std::string db = dir.file("strict.db");
  std::string csv = dir.write("small.csv", kSmall);
  auto result = run_jobsight({"--db", db, "import", "postings", csv, "--strict"});
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "jobsight: " + csv +
            ":4: column posted_date: invalid date 'not a date' "
            "(expected a form such as 2026-04-10, 2026-04-10T13:01:02Z, 10/04/2026, Apr 10 2026, "
            "epoch seconds or 3 days ago) (--strict: nothing from this file was imported)\n");
  // The database did not exist before: a refused import leaves none behind (SPEC 5).
  CHECK_FALSE(std::filesystem::exists(db));
  CHECK_FALSE(std::filesystem::exists(db + "-wal"));
}

TEST_CASE("a database of an older schema version is upgraded once, and the user is told", "[e2e]") {
  TempDir dir;
  const std::string path = dir.file("v17.db");
  {
    // The schema a jobsight of version 17 made, with one posting asking for two skills.
    SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    auto migrations = jobsight::embedded_migrations();
    REQUIRE(migrations.size() > 17);
    for (std::size_t i = 0; i < 17; ++i) old.exec(std::string(migrations[i].text));
    old.exec("PRAGMA application_id = " + std::to_string(jobsight::kApplicationId));
    old.exec("PRAGMA user_version = 17");
  }
  const std::string notice = "jobsight: upgrading " + path + " from schema version 17 to " +
                             std::to_string(jobsight::current_schema_version()) +
                             ", once: on a large database this takes a while (about a minute "
                             "for a million postings)\n";
  auto first = run_jobsight({"--db", path, "imports"});
  CHECK(first.exit_code == 0);
  CHECK(first.err == notice);
  auto second = run_jobsight({"--db", path, "imports"});
  CHECK(second.exit_code == 0);
  CHECK(second.err.empty());
  // A new database is no upgrade.
  auto fresh =
      run_jobsight({"--db", dir.file("new.db"), "import", "postings",
                    dir.write("p.csv", "job_id,posted_date,title\n1,2025-01-02,Analyst\n")});
  CHECK(fresh.exit_code == 0);
  CHECK(fresh.err.find("upgrading") == std::string::npos);
}

TEST_CASE("errors print one clear message and exit non-zero", "[e2e]") {
  TempDir dir;
  std::string db = dir.file("e.db");
  std::string csv = dir.write("small.csv", kSmall);
  REQUIRE(run_jobsight({"--db", db, "import", "postings", csv, "--quiet"}).exit_code == 0);

  auto missing = run_jobsight({"--db", db, "import", "postings", dir.file("nope.csv")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == "jobsight: " + dir.file("nope.csv") + ": no such file\n");

  auto directory = run_jobsight({"--db", db, "import", "postings", dir.path().string()});
  CHECK(directory.exit_code == 1);
  CHECK(directory.err == "jobsight: " + dir.path().string() + ": is a directory, not a CSV file\n");

  std::string foreign = dir.write("foreign.db", "hello");
  auto not_db = run_jobsight({"--db", foreign, "report", "ai-share"});
  CHECK(not_db.exit_code == 1);
  CHECK_THAT(not_db.err, Catch::Contains("not a jobsight database"));
  CHECK(jobsight::test::read_file(foreign) == "hello");

  auto no_db = run_jobsight({"--db", dir.file("none.db"), "report", "ai-share"});
  CHECK(no_db.exit_code == 1);
  CHECK_THAT(no_db.err, Catch::Contains("no such database"));

  auto unknown = run_jobsight({"--db", db, "report", "salaries-by-moon"});
  CHECK(unknown.exit_code == 2);  // a usage error
  CHECK(
      unknown.err ==
      "jobsight: unknown report 'salaries-by-moon'; the reports are: ai-share, seniority-mix, "
      "pay-by-skill, pay-by-level, pay-by-region, top-skills, ai-growth, ai-premium, summary (see "
      "'jobsight report list')\n");

  auto bad_period = run_jobsight({"--db", db, "report", "ai-share", "--period", "week"});
  CHECK(bad_period.exit_code != 0);
  CHECK_THAT(bad_period.err, Catch::Contains("--period") && Catch::Contains("week"));

  auto bad_format = run_jobsight({"--db", db, "report", "ai-share", "--format", "xml"});
  CHECK(bad_format.exit_code != 0);
  CHECK_THAT(bad_format.err, Catch::Contains("--format") && Catch::Contains("xml"));

  auto bad_min_n = run_jobsight({"--db", db, "report", "pay-by-skill", "--min-n", "-1"});
  CHECK(bad_min_n.exit_code != 0);
  CHECK_THAT(bad_min_n.err, Catch::Contains("--min-n"));

  auto bad_date = run_jobsight({"--db", db, "report", "ai-share", "--from", "2025-13-01"});
  CHECK(bad_date.exit_code == 1);
  CHECK(bad_date.err ==
        "jobsight: --from '2025-13-01' is not a valid date; write it as YYYY-MM-DD\n");

  auto wrong_option = run_jobsight({"--db", db, "report", "ai-share", "--min-n", "5"});
  CHECK(wrong_option.exit_code == 1);
  CHECK(wrong_option.err == "jobsight: report ai-share does not take --min-n\n");

  auto no_command = run_jobsight({});
  CHECK(no_command.exit_code != 0);
}

TEST_CASE("an import into a database from a newer jobsight is refused", "[e2e]") {
  TempDir dir;
  std::string db = dir.file("newer.db");
  std::string csv = dir.write("small.csv", kSmall);
  REQUIRE(run_jobsight({"--db", db, "import", "postings", csv, "--quiet"}).exit_code == 0);
  REQUIRE(run_shell("sqlite3 " + shell_quote(db) +
                    " 'PRAGMA journal_mode=DELETE; PRAGMA user_version=999'")
              .exit_code == 0);
  auto result = run_jobsight({"--db", db, "import", "postings", csv});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("created by a newer jobsight (schema version 999"));
}
