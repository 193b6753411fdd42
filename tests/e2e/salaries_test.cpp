// End-to-end tests of `jobsight import salaries` and `--map`: the real binary on the public salary
// surveys in ../shared/datasets (counts from their README.md files) and on small files.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/test_support.hpp"

using jobsight::test::CommandResult;
using jobsight::test::run_jobsight;
using jobsight::test::run_shell;
using jobsight::test::shell_quote;
using jobsight::test::TempDir;

namespace {

std::string shared_path(const std::string& relative) {
  return std::string(JOBSIGHT_SHARED_DIR) + "/" + relative;
}

// Runs `sql` on `db` with the stock sqlite3 shell, "|"-separated rows.
std::string sqlite(const std::string& db, const std::string& sql) {
  CommandResult result = run_shell("sqlite3 " + shell_quote(db) + " " + shell_quote(sql));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

const char* kSurvey =
    "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
    "employee_residence,remote_ratio,company_location,company_size\n"
    "2024,SE,FT,ML Engineer,150000,USD,150000,US,0,US,M\n"
    "2024,SE,FT,ML Engineer,150000,USD,150000,US,0,US,M\n"
    "2024,XX,FT,,1,USD,1,US,0,US,M\n";

}  // namespace

TEST_CASE("the ds-salaries-2023 survey imports whole, once", "[e2e][import_salaries]") {
  TempDir dir;
  std::string db = dir.file("ds.db");
  std::string csv = shared_path("datasets/ds-salaries-2023/ds_salaries.csv");
  CommandResult first = run_jobsight({"--db", db, "import", "salaries", csv});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK_THAT(first.out,
             Catch::StartsWith(csv + ": 3,755 rows read, 3,755 imported, 0 rejected, 0 pay not "
                                     "converted ("));
  CHECK(sqlite(db, "SELECT count(*) FROM salary_observations") == "3755\n");
  CHECK(sqlite(db, "SELECT count(*) FROM import_rejects") == "0\n");
  CHECK(
      sqlite(db, "SELECT kind, rows_read, rows_imported, rows_rejected, sha256 FROM import_runs") ==
      "salaries|3755|3755|0|"
      "b156e54135634169cedc91c685851450d890a05f0753a2a655895e2475e946e6\n");
  // The dataset's README: EN 320, MI 805, SE 2,516, EX 114; 2020: 76 ... 2023: 1,785.
  CHECK(sqlite(db,
               "SELECT experience_given, seniority, count(*) FROM salary_observations "
               "GROUP BY 1, 2 ORDER BY 3") ==
        "EX|executive|114\nEN|entry|320\nMI|mid|805\nSE|senior|2516\n");
  CHECK(sqlite(db,
               "SELECT year_key, observed_date, count(*) FROM salary_observations "
               "GROUP BY 1 ORDER BY 1") ==
        "2020|2020-01-01|76\n2021|2021-01-01|230\n2022|2022-01-01|1664\n2023|2023-01-01|1785\n");
  CHECK(sqlite(db,
               "SELECT count(*) FROM salary_observations WHERE pay_status <> 'converted' "
               "OR pay_usd_annual <> salary_in_usd OR country_code IS NULL") == "0\n");

  std::string date = sqlite(db, "SELECT substr(finished_at, 1, 10) FROM import_runs");
  date.pop_back();
  CommandResult again = run_jobsight({"--db", db, "import", "salaries", csv});
  CHECK(again.exit_code == 0);
  CHECK(again.err.empty());
  CHECK(again.out == csv + ": already imported as import 1 on " + date + "; nothing added\n");
  CHECK(sqlite(db, "SELECT count(*) FROM salary_observations; SELECT count(*) FROM import_runs") ==
        "3755\n1\n");
}

TEST_CASE("the aijobs.net salary index imports whole with every repeated row, once",
          "[e2e][import_salaries]") {
  TempDir dir;
  std::string db = dir.file("aijobs.db");
  std::string csv = shared_path("datasets/aijobs-salaries/salaries.csv");
  CommandResult first = run_jobsight({"--db", db, "import", "salaries", csv});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK_THAT(first.out,
             Catch::StartsWith(csv + ": 74,301 rows read, 74,301 imported, 0 rejected, 0 pay "
                                     "not converted ("));
  CHECK(sqlite(db, "SELECT count(*) FROM salary_observations") == "74301\n");
  CHECK(sqlite(db, "SELECT count(*) FROM import_rejects") == "0\n");
  CHECK(sqlite(db, "SELECT sha256 FROM import_runs") ==
        "fce1318d2fa6f574cd36ce192bf3c38debcb61892d15255eb8f772a05e4a5aef\n");
  // The dataset's README: rows by year, by level and the largest company locations.
  CHECK(sqlite(db, "SELECT work_year, count(*) FROM salary_observations GROUP BY 1 ORDER BY 1") ==
        "2020|75\n2021|218\n2022|1660\n2023|8522\n2024|62229\n2025|1597\n");
  CHECK(sqlite(db, "SELECT seniority, count(*) FROM salary_observations GROUP BY 1 ORDER BY 2") ==
        "executive|1529\nentry|6972\nmid|22184\nsenior|43616\n");
  CHECK(sqlite(db,
               "SELECT country_code, count(*) FROM salary_observations GROUP BY 1 "
               "ORDER BY 2 DESC LIMIT 3") == "US|67062\nCA|2563\nGB|2177\n");
  CHECK(sqlite(db, "SELECT remote_ratio, count(*) FROM salary_observations GROUP BY 1") ==
        "0|58149\n50|284\n100|15868\n");
  CHECK(sqlite(db,
               "SELECT min(pay_usd_annual), max(pay_usd_annual), sum(pay_outlier) FROM "
               "salary_observations") == "15000.0|800000.0|0\n");

  std::string date = sqlite(db, "SELECT substr(finished_at, 1, 10) FROM import_runs");
  date.pop_back();
  CommandResult again = run_jobsight({"--db", db, "import", "salaries", csv});
  CHECK(again.exit_code == 0);
  CHECK(again.out == csv + ": already imported as import 1 on " + date + "; nothing added\n");
  CHECK(sqlite(db, "SELECT count(*) FROM salary_observations; SELECT count(*) FROM import_runs") ==
        "74301\n1\n");
}

TEST_CASE("import salaries reads standard input and recognises a file imported before",
          "[e2e][import_salaries]") {
  TempDir dir;
  std::string db = dir.file("stdin.db");
  std::string csv = dir.write("survey.csv", kSurvey);
  CommandResult piped = run_jobsight({"--db", db, "import", "salaries", "-"}, csv);
  INFO(piped.err);
  REQUIRE(piped.exit_code == 0);
  CHECK(piped.out.substr(0, piped.out.find(" (")) ==
        "<stdin>: 3 rows read, 2 imported, 1 rejected, 0 pay not converted");
  CHECK_THAT(piped.out, Catch::Contains("  rejected <stdin>:4: column job_title: job_title is "
                                        "empty\n"));
  CommandResult by_name = run_jobsight({"--db", db, "import", "salaries", csv});
  CHECK(by_name.exit_code == 0);
  CHECK_THAT(by_name.out, Catch::StartsWith(csv + ": already imported as import 1 on "));
  CommandResult piped_again = run_jobsight({"--db", db, "import", "salaries", "-"}, csv);
  CHECK(piped_again.exit_code == 0);
  CHECK_THAT(piped_again.out, Catch::StartsWith("<stdin>: already imported as import 1 on "));
  CHECK(sqlite(db, "SELECT count(*) FROM salary_observations; SELECT count(*) FROM import_runs") ==
        "2\n1\n");

  CommandResult strict =
      run_jobsight({"--db", dir.file("strict.db"), "import", "salaries", csv, "--strict"});
  CHECK(strict.exit_code == 1);
  CHECK(strict.err == "jobsight: " + csv +
                          ":4: column job_title: job_title is empty (--strict: nothing from this "
                          "file was imported)\n");
}

TEST_CASE("imports read a named pipe, whose size is only known once it is read",
          "[e2e][import_salaries]") {
  TempDir dir;
  std::string db = dir.file("pipe.db");
  std::string csv = dir.write("survey.csv", kSurvey);
  std::string fifo = dir.file("survey.fifo");
  REQUIRE(run_shell("mkfifo " + shell_quote(fifo)).exit_code == 0);
  auto import_through_pipe = [&](const std::string& kind, const std::string& file) {
    return run_shell("cat " + shell_quote(file) + " >" + shell_quote(fifo) + " & " +
                     shell_quote(JOBSIGHT_BINARY) + " --db " + shell_quote(db) + " import " + kind +
                     " " + shell_quote(fifo));
  };
  CommandResult first = import_through_pipe("salaries", csv);
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK_THAT(first.out, Catch::StartsWith(fifo + ": 3 rows read, 2 imported, 1 rejected"));
  CHECK_THAT(import_through_pipe("salaries", csv).out,
             Catch::StartsWith(fifo + ": already imported as import 1 on "));
  std::string postings = dir.write("postings.csv", "title,date\nAnalyst,2025-01-02\n");
  CommandResult posted = import_through_pipe("postings", postings);
  INFO(posted.err);
  CHECK_THAT(posted.out, Catch::StartsWith(fifo + ": 1 rows read, 1 imported"));
  CHECK(sqlite(db, "SELECT kind, file_size FROM import_runs ORDER BY import_id") ==
        "salaries|" + std::to_string(std::string(kSurvey).size()) + "\npostings|30\n");
}

TEST_CASE("a --map option reads fields from the columns named on the command line",
          "[e2e][column_map]") {
  TempDir dir;
  std::string db = dir.file("map.db");
  std::string postings = dir.write("export.csv",
                                   "Job Name,Added,Where\n"
                                   "ML Engineer,2025-01-02,Germany\n");
  CommandResult imported =
      run_jobsight({"--db", db, "import", "postings", postings, "--map", "title=Job Name",
                    "--map=posted_date=added", "--map", "country = where"});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  CHECK_THAT(imported.out, Catch::StartsWith(postings + ": 1 rows read, 1 imported"));
  CHECK(sqlite(db, "SELECT title, posted_date, country_code FROM postings") ==
        "ML Engineer|2025-01-02|DE\n");

  std::string salaries = dir.write("hr.csv", "Yr,Role,Pay USD\n2024,AI Engineer,170000\n");
  CommandResult observed =
      run_jobsight({"--db", db, "import", "salaries", "--map", "work_year=Yr", "--map",
                    "job_title=role", "--map", "salary_in_usd=Pay USD", salaries});
  INFO(observed.err);
  REQUIRE(observed.exit_code == 0);
  CHECK(sqlite(db,
               "SELECT work_year, job_title, pay_usd_annual, is_ai FROM "
               "salary_observations") == "2024|AI Engineer|170000.0|1\n");
}

TEST_CASE("a --map that does not fit is one clear error, exit 1, and nothing is written",
          "[e2e][column_map]") {
  TempDir dir;
  std::string db = dir.file("bad-map.db");
  std::string csv = dir.write("export.csv", "a,b,c\nx,2025-01-02,z\n");

  CommandResult unknown = run_jobsight({"--db", db, "import", "postings", csv, "--map", "foo=bar"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err ==
        "jobsight: --map foo=bar: unknown field 'foo' for postings (fields: posting_id, "
        "posted_date, source, title, company, industry, country, city, state, seniority, "
        "experience, employment_type, remote, salary_min, salary_max, salary, salary_currency, "
        "salary_period, skills, description)\n");

  // Field errors are found before the database is even created.
  CHECK(run_shell("test -e " + shell_quote(db)).exit_code == 1);

  CommandResult missing = run_jobsight(
      {"--db", db, "import", "postings", csv, "--map", "title=Job Name", "--map", "posted_date=b"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == "jobsight: " + csv +
                           ": --map title=Job Name: no column 'Job Name' in the header (found: a, "
                           "b, c)\n");

  CommandResult malformed = run_jobsight({"--db", db, "import", "salaries", csv, "--map", "year"});
  CHECK(malformed.exit_code == 1);
  CHECK(malformed.err ==
        "jobsight: --map year: expected FIELD=COLUMN, a field name, '=' and a column of the "
        "file's header (e.g. --map title=Job Name)\n");

  CommandResult wrong_kind =
      run_jobsight({"--db", db, "import", "salaries", csv, "--map", "title=a"});
  CHECK(wrong_kind.exit_code == 1);
  CHECK_THAT(wrong_kind.err,
             Catch::StartsWith("jobsight: --map title=a: unknown field 'title' for salaries; did "
                               "you mean 'job_title'? (fields: work_year, experience_level,"));
  // Every import was refused, and the database did not exist before: none is left (SPEC 5).
  CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("import salaries --help shows its options and examples", "[e2e][import_salaries]") {
  CommandResult help = run_jobsight({"import", "salaries", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--strict") && Catch::Contains("--source") &&
                           Catch::Contains("--map FIELD=COLUMN") &&
                           Catch::Contains("salary_in_usd") &&
                           Catch::Contains("jobsight import salaries salaries.csv"));
  CommandResult postings = run_jobsight({"import", "postings", "--help"});
  // The field list wraps to the width: read it with its line breaks as spaces.
  std::string words;
  for (char c : postings.out) {
    bool space = c == ' ' || c == '\n';
    if (!space || (!words.empty() && words.back() != ' ')) words += space ? ' ' : c;
  }
  CHECK_THAT(words, Catch::Contains("--map FIELD=COLUMN") &&
                        Catch::Contains("posted_date, source, title"));
}
