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

// The state a failed import must leave untouched.
std::string fingerprint(Database& db) {
  return row_counts(
      db, {"postings", "posting_skills", "companies", "skills", "import_runs", "import_rejects"});
}

const char* kPostings =
    "job_id,date,title,company,country,skills,salary,currency\n"
    "1,2024-01-05,ML Engineer,Acme,US,Python;PyTorch,100000,USD\n"
    "2,2024-01-06,\"Analyst, Data\",\"Beta \"\"Labs\"\"\",DE,\"SQL, Excel\",60000,EUR\n"
    "3,2024-13-01,Broken Date,Acme,US,,,\n"
    "4,2024-01-08,\"Multi\nLine Title\",Acme,US,,,\n"
    "1,2024-01-05,ML Engineer,Acme,US,Python;PyTorch,100000,USD\n"
    "5,2024-01-09,,Acme,US,,,\n"
    "6,2024-01-10,Short Row\n"
    "7,2024-01-11,Unknown Money,Acme,US,,50000,XYZ\n";

}  // namespace

TEST_CASE("an import stores good rows, counts duplicates and keeps rejects with their reasons",
          "[import]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file = dir.write("p.csv", kPostings);
  ImportSummary s = import_postings(db, file, ImportOptions{});
  CHECK(s.rows_read == 8);
  CHECK(s.rows_imported == 4);  // 1, 2, 4, 7
  CHECK(s.rows_duplicate == 1);
  CHECK(s.rows_rejected == 3);
  CHECK(s.pay_unconverted == 1);
  CHECK(s.sha256 == sha256_hex(kPostings));
  CHECK(count(db, "postings") == 4);
  CHECK(count(db, "import_runs") == 1);

  SQLite::Statement rejects(jobsight::sqlite_of(db),
                            "SELECT line, coalesce(column_name, ''), reason, raw_record "
                            "FROM import_rejects ORDER BY line");
  std::vector<std::string> got;
  while (rejects.executeStep()) {
    got.push_back(rejects.getColumn(0).getString() + "|" + rejects.getColumn(1).getString() + "|" +
                  rejects.getColumn(2).getString() + "|" + rejects.getColumn(3).getString());
  }
  CHECK(got ==
        std::vector<std::string>{"4|posted_date|invalid date '2024-13-01': there is no month 13|"
                                 "3,2024-13-01,Broken Date,Acme,US,,,",
                                 "8|title|title is empty|5,2024-01-09,,Acme,US,,,",
                                 "9||row has 3 fields, the header has 8|6,2024-01-10,Short Row"});

  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT title FROM postings WHERE external_id = '2'")
            .getString() == "Analyst, Data");
  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT source_line FROM postings WHERE external_id = '4'")
            .getInt() == 5);
  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT name FROM companies JOIN postings USING (company_id) "
                        "WHERE external_id = '2'")
            .getString() == "Beta \"Labs\"");
  CHECK(jobsight::sqlite_of(db).execAndGet("SELECT count(*) FROM posting_skills").getInt() == 4);
  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT rows_read || '/' || rows_imported || '/' || rows_duplicate || '/' "
                        "|| rows_rejected || '/' || pay_unconverted FROM import_runs")
            .getString() == "8/4/1/3/1");
}

TEST_CASE("importing the same file twice adds nothing and records the second import", "[import]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file = dir.write("p.csv", kPostings);
  import_postings(db, file, ImportOptions{});
  std::int64_t skills = count(db, "skills");
  ImportSummary again = import_postings(db, file, ImportOptions{});
  CHECK(again.rows_imported == 0);
  CHECK(again.rows_duplicate == 5);
  CHECK(again.rows_rejected == 3);
  CHECK(count(db, "postings") == 4);
  CHECK(count(db, "skills") == skills);
  CHECK(count(db, "import_runs") == 2);
}

TEST_CASE("postings without an id are identified by their key fields", "[import]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file = dir.write("p.csv",
                               "title,date,company,city\n"
                               "Data Engineer,2024-02-01,Acme,Berlin\n"
                               "Data Engineer,2024-02-01,Acme,Berlin\n"
                               "Data Engineer,2024-02-01,Acme,Munich\n");
  ImportSummary s = import_postings(db, file, ImportOptions{});
  CHECK(s.rows_imported == 2);
  CHECK(s.rows_duplicate == 1);
}

TEST_CASE("with --strict the first rejected row fails the whole file and changes nothing",
          "[import]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  import_postings(db, dir.write("good.csv", "title,date\nA,2024-01-01\n"), ImportOptions{});
  std::string before = fingerprint(db);
  ImportOptions strict;
  strict.strict = true;
  std::string file = dir.write("p.csv", kPostings);
  CHECK_THROWS_WITH(import_postings(db, file, strict),
                    file +
                        ":4: column posted_date: invalid date '2024-13-01': there is no "
                        "month 13 (--strict: nothing from this file was imported)");
  CHECK(fingerprint(db) == before);
}

TEST_CASE("a --strict failure early in a big file stops the reading thread and changes nothing",
          "[import]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string before = fingerprint(db);
  // The bad row is the third; the reading thread has read thousands of rows ahead by then.
  std::string csv = "title,date\nA,2024-01-01\nB,2024-02-30\n";
  for (int i = 0; i < 50'000; ++i) csv += "Engineer " + std::to_string(i) + ",2024-01-01\n";
  std::string file = dir.write("big.csv", csv);
  ImportOptions strict;
  strict.strict = true;
  CHECK_THROWS_WITH(import_postings(db, file, strict),
                    file +
                        ":3: column posted_date: invalid date '2024-02-30': February 2024 has "
                        "29 days (--strict: nothing from this file was imported)");
  CHECK(fingerprint(db) == before);
}

TEST_CASE("an interrupted import rolls back everything of that file", "[import]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string csv = "title,date,skills\n";
  for (int i = 0; i < 5000; ++i)
    csv += "Engineer " + std::to_string(i) + ",2024-01-01,NewSkill" + std::to_string(i) + "\n";
  std::string file = dir.write("big.csv", csv);
  std::string before = fingerprint(db);
  std::atomic<bool> cancel{true};
  ImportOptions options;
  options.cancel = &cancel;
  CHECK_THROWS_AS(import_postings(db, file, options), Interrupted);
  CHECK(fingerprint(db) == before);
}

TEST_CASE("files that cannot be imported are refused before anything is written", "[import]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string before = fingerprint(db);
  CHECK_THROWS_WITH(import_postings(db, dir.file("missing.csv"), ImportOptions{}),
                    dir.file("missing.csv") + ": no such file");
  CHECK_THROWS_WITH(import_postings(db, dir.path().string(), ImportOptions{}),
                    dir.path().string() + ": is a directory, not a CSV file");
  std::string empty = dir.write("empty.csv", "");
  CHECK_THROWS_WITH(import_postings(db, empty, ImportOptions{}),
                    empty + ": empty file: a header row is required");
  std::string no_title = dir.write("nt.csv", "id,date,pay\n1,2024-01-01,5\n");
  CHECK_THROWS_WITH(import_postings(db, no_title, ImportOptions{}),
                    Catch::StartsWith(no_title + ": no title column") &&
                        Catch::Contains("(found: id, date, pay)"));
  CHECK(fingerprint(db) == before);
}

TEST_CASE("a header-only file imports nothing and says so in the counts", "[import]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  ImportSummary s = import_postings(db, dir.write("h.csv", "title,date,extra\n"), ImportOptions{});
  CHECK(s.rows_read == 0);
  CHECK(s.rows_imported == 0);
  CHECK(s.unknown_columns == std::vector<std::string>{"extra"});
}

TEST_CASE("the --source option names the source of rows that have none", "[import]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file =
      dir.write("s.csv", "id,title,date,source\n1,A,2024-01-01,\n2,B,2024-01-01,indeed\n");
  ImportOptions options;
  options.source = "board-x";
  import_postings(db, file, options);
  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT group_concat(source, ',') FROM (SELECT source FROM postings ORDER "
                        "BY external_id)")
            .getString() == "board-x,indeed");
}

TEST_CASE("a --map option names the columns of a postings file whose headers no alias covers",
          "[import][column_map]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file = dir.write("export.csv",
                               "Job Name,Added,Employer Country,title\n"
                               "ML Engineer,2024-01-05,Germany,ignored\n");
  ImportOptions options;
  options.column_map = {parse_column_mapping("title=job name"),
                        parse_column_mapping("posted_date=Added"),
                        parse_column_mapping("country=Employer Country")};
  ImportSummary s = import_postings(db, file, options);
  CHECK(s.rows_imported == 1);
  CHECK(s.unknown_columns == std::vector<std::string>{"title (not used: --map title=job name)"});
  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT title || '|' || posted_date || '|' || country_code FROM postings")
            .getString() == "ML Engineer|2024-01-05|DE");
  CHECK(jobsight::sqlite_of(db).execAndGet("SELECT unknown_columns FROM import_runs").getString() ==
        "title (not used: --map title=job name)");
}

TEST_CASE("a --map that does not fit a postings file is an error and writes nothing",
          "[import][column_map]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string file = dir.write("export.csv", "a,b,c\nx,2024-01-01,z\n");
  std::string before = fingerprint(db);
  ImportOptions missing_column;
  missing_column.column_map = {parse_column_mapping("title=Job Name"),
                               parse_column_mapping("posted_date=b")};
  CHECK_THROWS_WITH(
      import_postings(db, file, missing_column),
      file + ": --map title=Job Name: no column 'Job Name' in the header (found: a, b, c)");
  ImportOptions unknown_field;
  unknown_field.column_map = {parse_column_mapping("foo=bar")};
  CHECK_THROWS_WITH(import_postings(db, file, unknown_field),
                    Catch::StartsWith("--map foo=bar: unknown field 'foo' for postings (fields: "
                                      "posting_id, posted_date, source, title,"));
  CHECK(fingerprint(db) == before);
}
