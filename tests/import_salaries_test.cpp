// Importing salary-survey files: every row an observation, rejects kept, a file imported once.
#include <SQLiteCpp/Statement.h>

#include <catch2/catch.hpp>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/import.hpp"
#include "normalise/header_columns.hpp"
#include "storage/sqlite_connection.hpp"
#include "support/database_support.hpp"
#include "support/test_support.hpp"
#include "util/sha256.hpp"

using namespace jobsight;
using jobsight::test::count_rows;
using jobsight::test::row_counts;
using jobsight::test::TempDir;

namespace {

std::int64_t count(Database& db, const std::string& table) {
  return count_rows(db, table);
}

// The state a failed or refused import must leave untouched.
std::string fingerprint(Database& db) {
  return row_counts(db, {"salary_observations", "import_runs", "import_rejects"});
}

std::vector<std::string> rows(Database& db, const std::string& sql) {
  SQLite::Statement query(jobsight::sqlite_of(db), sql);
  std::vector<std::string> out;
  while (query.executeStep()) {
    std::string row;
    for (int i = 0; i < query.getColumnCount(); ++i) {
      if (i > 0) row += "|";
      row += query.getColumn(i).isNull() ? "NULL" : query.getColumn(i).getString();
    }
    out.push_back(row);
  }
  return out;
}

const char* kHeader =
    "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
    "employee_residence,remote_ratio,company_location,company_size\n";

// Lines 2-3 repeat exactly, 4 has a bad year, 5 no title, 6 too few fields, 7 an invalid amount,
// 8 no salary_in_usd (EUR converted), 9 an unknown currency without salary_in_usd.
const std::string kSurvey = std::string(kHeader) +
                            "2024,SE,FT,ML Engineer,150000,USD,150000,US,0,US,M\n"
                            "2024,SE,FT,ML Engineer,150000,USD,150000,US,0,US,M\n"
                            "20x4,MI,FT,Data Analyst,60000,USD,60000,US,100,US,L\n"
                            "2023,EN,FT,,50000,USD,50000,US,100,US,L\n"
                            "2023,EN,FT,Data Analyst\n"
                            "2023,MI,CT,Data Engineer,lots,USD,,DE,50,Germany,S\n"
                            "2022,EX,FT,Head of Data,100000,EUR,,DE,100,DE,L\n"
                            "2022,MI,FT,Data Scientist,100000,XYZ,,Atlantis,0,Atlantis,M\n";

}  // namespace

TEST_CASE("a salary import stores every accepted row, repeats included, and keeps rejects",
          "[import_salaries]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file = dir.write("survey.csv", kSurvey);
  ImportSummary s = import_salaries(db, file, ImportOptions{});
  CHECK(s.rows_read == 8);
  CHECK(s.rows_imported == 5);
  CHECK(s.rows_duplicate == 0);
  CHECK(s.rows_rejected == 3);
  CHECK(s.pay_unconverted == 2);  // the invalid amount and the unknown currency
  CHECK(s.sha256 == sha256_hex(kSurvey));
  CHECK(s.file_size == kSurvey.size());
  CHECK_FALSE(s.already_imported());
  CHECK(s.first_rejects.size() == 3);
  CHECK(s.first_rejects[0].line == 4);
  CHECK(s.first_rejects[0].column == "work_year");

  CHECK(rows(db,
             "SELECT source_line, work_year, observed_date, month_key, quarter_key, year_key, "
             "job_title, seniority, seniority_inferred, pay_status, pay_usd_annual, pay_outlier, "
             "country_code, region, remote_ratio, is_ai FROM salary_observations ORDER BY "
             "source_line") ==
        std::vector<std::string>{
            "2|2024|2024-01-01|2024-01|2024-Q1|2024|ML Engineer|senior|0|converted|150000.0|0|US|"
            "Northern America|0|1",
            "3|2024|2024-01-01|2024-01|2024-Q1|2024|ML Engineer|senior|0|converted|150000.0|0|US|"
            "Northern America|0|1",
            "7|2023|2023-01-01|2023-01|2023-Q1|2023|Data Engineer|mid|0|invalid_amount|NULL|0|DE|"
            "Western Europe|50|0",
            "8|2022|2022-01-01|2022-01|2022-Q1|2022|Head of Data|executive|0|converted|"
            "105340.0|0|DE|Western Europe|100|0",  // 100,000 EUR at 2022's 1.0534
            "9|2022|2022-01-01|2022-01|2022-Q1|2022|Data Scientist|mid|0|unknown_currency|NULL|0|"
            "NULL|NULL|0|0"});
  CHECK(rows(db,
             "SELECT country_text, employee_residence, company_size, employment_type, "
             "salary, salary_currency, coalesce(salary_in_usd, 'NULL') "
             "FROM salary_observations WHERE source_line = 9") ==
        std::vector<std::string>{"Atlantis|Atlantis|M|FT|100000.0|XYZ|NULL"});

  CHECK(rows(db,
             "SELECT line, coalesce(column_name, ''), reason, raw_record FROM import_rejects "
             "ORDER BY line") ==
        std::vector<std::string>{
            "4|work_year|invalid work_year '20x4' (expected a year from 1900 to 2100, e.g. 2024)|"
            "20x4,MI,FT,Data Analyst,60000,USD,60000,US,100,US,L",
            "5|job_title|job_title is empty|2023,EN,FT,,50000,USD,50000,US,100,US,L",
            "6||row has 4 fields, the header has 11|2023,EN,FT,Data Analyst"});
  CHECK(rows(db,
             "SELECT kind, rows_read, rows_imported, rows_duplicate, rows_rejected, "
             "pay_unconverted, sha256 = '" +
                 sha256_hex(kSurvey) + "' FROM import_runs") ==
        std::vector<std::string>{"salaries|8|5|0|3|2|1"});
}

TEST_CASE("exact repeats are real observations and all of them count", "[import_salaries]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string csv = kHeader;
  for (int i = 0; i < 7; ++i) csv += "2025,SE,FT,Data Scientist,234000,USD,234000,US,0,US,M\n";
  ImportSummary s = import_salaries(db, dir.write("pairs.csv", csv), ImportOptions{});
  CHECK(s.rows_imported == 7);
  CHECK(count(db, "salary_observations") == 7);
}

TEST_CASE("importing the same salary file again adds nothing and says which import had it",
          "[import_salaries]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file = dir.write("survey.csv", kSurvey);
  ImportSummary first = import_salaries(db, file, ImportOptions{});
  std::string before = fingerprint(db);
  std::string finished =
      jobsight::sqlite_of(db).execAndGet("SELECT finished_at FROM import_runs").getString();

  ImportSummary again = import_salaries(db, file, ImportOptions{});
  CHECK(again.already_imported());
  CHECK(again.previous_import_id == first.import_id);
  CHECK(again.previous_import_at == finished);
  CHECK(again.import_id == 0);
  CHECK(again.rows_read == 0);
  CHECK(again.rows_imported == 0);
  CHECK(again.sha256 == first.sha256);
  CHECK(fingerprint(db) == before);

  // The same bytes under another name are the same file; --strict does not make it an error.
  ImportOptions strict;
  strict.strict = true;
  ImportSummary copy = import_salaries(db, dir.write("copy.csv", kSurvey), strict);
  CHECK(copy.previous_import_id == first.import_id);
  CHECK(fingerprint(db) == before);
}

TEST_CASE("a file imported as postings can still be imported as salaries", "[import_salaries]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  jobsight::sqlite_of(db).exec(
      "INSERT INTO import_runs (kind, file_name, file_size, sha256, started_at, finished_at, "
      "rows_read, rows_imported, rows_duplicate, rows_rejected, pay_unconverted) VALUES "
      "('postings', 'survey.csv', 0, '" +
      sha256_hex(kSurvey) + "', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 0, 0, 0, 0, 0)");
  ImportSummary s = import_salaries(db, dir.write("survey.csv", kSurvey), ImportOptions{});
  CHECK_FALSE(s.already_imported());
  CHECK(s.rows_imported == 5);
}

TEST_CASE("with --strict a rejected salary row fails the whole file and changes nothing",
          "[import_salaries]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  import_salaries(db,
                  dir.write("good.csv", std::string(kHeader) +
                                            "2024,MI,FT,Data Analyst,1,USD,70000,US,0,US,M\n"),
                  ImportOptions{});
  std::string before = fingerprint(db);
  ImportOptions strict;
  strict.strict = true;
  std::string file = dir.write("survey.csv", kSurvey);
  CHECK_THROWS_WITH(import_salaries(db, file, strict),
                    file +
                        ":4: column work_year: invalid work_year '20x4' (expected a year from "
                        "1900 to 2100, e.g. 2024) (--strict: nothing from this file was imported)");
  CHECK(fingerprint(db) == before);
  // Not having been imported, the file imports normally afterwards.
  CHECK(import_salaries(db, file, ImportOptions{}).rows_imported == 5);
}

TEST_CASE("a database failure in the middle of a salary import rolls the whole file back",
          "[import_salaries]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  jobsight::sqlite_of(db).exec(
      "CREATE TEMP TRIGGER fail_on_line_8 BEFORE INSERT ON salary_observations "
      "WHEN NEW.source_line = 8 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
  std::string before = fingerprint(db);
  std::string file = dir.write("survey.csv", kSurvey);
  CHECK_THROWS_WITH(import_salaries(db, file, ImportOptions{}),
                    file + ": import failed, nothing from this file was imported: disk on fire");
  CHECK(fingerprint(db) == before);
}

TEST_CASE("an interrupted salary import rolls back everything of that file", "[import_salaries]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string csv = kHeader;
  for (int i = 0; i < 3000; ++i) csv += "2024,SE,FT,Data Scientist,1,USD,150000,US,0,US,M\n";
  std::string file = dir.write("big.csv", csv);
  std::string before = fingerprint(db);
  std::atomic<bool> cancel{true};
  ImportOptions options;
  options.cancel = &cancel;
  CHECK_THROWS_WITH(import_salaries(db, file, options),
                    file + ": import interrupted; nothing from this file was imported");
  CHECK(fingerprint(db) == before);
}

TEST_CASE("salary files that cannot be imported are refused before anything is written",
          "[import_salaries]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string before = fingerprint(db);
  CHECK_THROWS_WITH(import_salaries(db, dir.file("missing.csv"), ImportOptions{}),
                    dir.file("missing.csv") + ": no such file");
  CHECK_THROWS_WITH(import_salaries(db, dir.path().string(), ImportOptions{}),
                    dir.path().string() + ": is a directory, not a CSV file");
  std::string empty = dir.write("empty.csv", "");
  CHECK_THROWS_WITH(import_salaries(db, empty, ImportOptions{}),
                    empty + ": empty file: a header row is required");
  // No date column: SPEC 1.2 reads work_year from one.
  std::string postings = dir.write("postings.csv", "id,posted,title,salary\n1,2024-01-01,A,5\n");
  CHECK_THROWS_WITH(import_salaries(db, postings, ImportOptions{}),
                    postings +
                        ": no work_year or date column, so nothing was imported (found: id, "
                        "posted, title, salary). Name it with --map, e.g. --map "
                        "work_year=COLUMN, or give a value for the whole file with --set "
                        "work_year=YYYY.");
  CHECK(fingerprint(db) == before);
}

TEST_CASE("a --map option names the columns of a salary file whose headers no alias covers",
          "[import_salaries][column_map]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file = dir.write("hr.csv",
                               "Yr,Role,Grade,Pay (USD),Office\n"
                               "2024,Prompt Engineer,EN,65000,Austria\n");
  ImportOptions options;
  options.column_map = {parse_column_mapping("work_year=yr"),
                        parse_column_mapping("job_title=Role"),
                        parse_column_mapping("experience_level=grade"),
                        parse_column_mapping("salary_in_usd=Pay (USD)"),
                        parse_column_mapping("company_location=Office")};
  ImportSummary s = import_salaries(db, file, options);
  CHECK(s.rows_imported == 1);
  CHECK(s.unknown_columns.empty());
  CHECK(rows(db,
             "SELECT work_year, job_title, seniority, pay_usd_annual, country_code "
             "FROM salary_observations") ==
        std::vector<std::string>{"2024|Prompt Engineer|entry|65000.0|AT"});
}

TEST_CASE("a --map that does not fit a salary file is an error and writes nothing",
          "[import_salaries][column_map]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file = dir.write("hr.csv", "Yr,Role,Pay\n2024,Analyst,65000\n");
  std::string before = fingerprint(db);
  ImportOptions unknown_field;
  unknown_field.column_map = {parse_column_mapping("pay=Pay")};
  CHECK_THROWS_WITH(import_salaries(db, file, unknown_field),
                    "--map pay=Pay: unknown field 'pay' for salaries (fields: work_year, "
                    "experience_level, employment_type, job_title, salary, salary_currency, "
                    "salary_in_usd, employee_residence, remote_ratio, company_location, "
                    "company_size, date, experience)");
  ImportOptions missing_column;
  missing_column.column_map = {parse_column_mapping("work_year=Year Worked")};
  CHECK_THROWS_WITH(import_salaries(db, file, missing_column),
                    file +
                        ": --map work_year=Year Worked: no column 'Year Worked' in the header "
                        "(found: Yr, Role, Pay)");
  CHECK(fingerprint(db) == before);
}

TEST_CASE("the --source option is recorded with the salary import", "[import_salaries]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  ImportOptions options;
  options.source = "kaggle-ds-2023";
  import_salaries(db, dir.write("survey.csv", kSurvey), options);
  CHECK(rows(db, "SELECT kind, source, file_name FROM import_runs") ==
        std::vector<std::string>{"salaries|kaggle-ds-2023|" + dir.file("survey.csv")});
}
