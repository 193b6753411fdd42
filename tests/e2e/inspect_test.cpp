// End-to-end tests of the inspection commands (status, imports, rejects, skills, sql): the real
// jobsight binary on databases built by `jobsight import postings`.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "jobsight/database.hpp"
#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::read_file;
using jobsight::test::run_jobsight;
using jobsight::test::run_shell;
using jobsight::test::shell_quote;
using jobsight::test::source_path;
using jobsight::test::TempDir;

namespace {

const char* kPostings =
    "job_id,date,title,company,country,skills,salary\n"
    "1,2024-01-05,ML Engineer,Acme,US,Python;PyTorch,100000\n"
    "2,2024-02-06,Data Analyst,Beta,DE,SQL;Excel,60000\n"
    "3,2024-13-01,Broken Date,Acme,US,,\n"
    "4,2024-03-07,Platform Engineer,Acme,US,\"torch, AWS\",\n"
    "5,,\"No\nDate\",Acme,US,,\n";

const std::string kMissingDb = "no such database; create it with 'jobsight import postings FILE'";

// A database with one import of kPostings (import 1) whose times are fixed for exact output.
struct ImportedDb {
  TempDir dir;
  std::string csv = dir.write("postings.csv", kPostings);
  std::string db = dir.file("jobsight.db");

  ImportedDb() {
    auto imported = run_jobsight({"--db", db, "import", "postings", csv, "--quiet"});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    auto fixed = run_shell("sqlite3 " + shell_quote(db) +
                           " \"UPDATE import_runs SET started_at = '2025-06-01T10:00:00Z', "
                           "finished_at = '2025-06-01T10:00:02Z'\"");
    REQUIRE(fixed.exit_code == 0);
  }

  // The database file and its write-ahead log, byte for byte.
  std::string bytes() const {
    std::string wal = db + "-wal";
    return read_file(db) + "|wal|" + read_file(wal);
  }
};

}  // namespace

TEST_CASE("every inspection command has --help with examples", "[e2e][inspect]") {
  for (const char* command : {"status", "imports", "rejects", "skills", "sql"}) {
    auto help = run_jobsight({command, "--help"});
    INFO(command);
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.out, Catch::Contains("Examples:") && Catch::Contains("--format") &&
                             Catch::Contains(std::string("jobsight ") + command));
  }
  auto main_help = run_jobsight({"--help"});
  CHECK_THAT(main_help.out, Catch::Contains("status") && Catch::Contains("imports") &&
                                Catch::Contains("rejects") && Catch::Contains("skills") &&
                                Catch::Contains("sql"));
}

TEST_CASE("the inspection commands refuse a missing database and do not create it",
          "[e2e][inspect]") {
  TempDir dir;
  std::string db = dir.file("none.db");
  std::vector<std::vector<std::string>> commands = {
      {"status"}, {"imports"}, {"rejects"}, {"skills"}, {"sql", "SELECT 1"}};
  for (const auto& args : commands) {
    std::string line = shell_quote(JOBSIGHT_BINARY) + " --db " + shell_quote(db);
    for (const std::string& arg : args) line += " " + shell_quote(arg);
    auto result = run_shell(line);
    INFO(line);
    CHECK(result.exit_code == 1);
    CHECK(result.err == "jobsight: " + db + ": " + kMissingDb + "\n");
    CHECK(result.out.empty());
  }
  CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("the inspection commands work on a database without any import", "[e2e][inspect]") {
  TempDir dir;
  std::string db = dir.file("fresh.db");
  { jobsight::Database::open_for_writing(db); }
  std::string version = std::to_string(jobsight::current_schema_version());

  auto status = run_jobsight({"--db", db, "status", "--format", "csv"});
  INFO(status.err);
  REQUIRE(status.exit_code == 0);
  auto taxonomy = run_shell("sqlite3 " + shell_quote(db) + " 'SELECT count(*) FROM skills'");
  std::string skills = taxonomy.out.substr(0, taxonomy.out.find('\n'));
  CHECK(status.out ==
        "item,value\n"
        "database," +
            db +
            "\n"
            "schema_version," +
            version +
            "\n"
            "binary_schema_version," +
            version +
            "\n"
            "jobsight_version," JOBSIGHT_VERSION
            "\n"
            "postings,0\n"
            "postings_first_date,\n"
            "postings_last_date,\n"
            "salary_observations,0\n"
            "observations_first_date,\n"
            "observations_last_date,\n"
            "skills," +
            skills +
            "\n"
            "skills_in_taxonomy," +
            skills +
            "\n"
            "skills_found_in_imports,0\n"
            "companies,0\n"
            "import_runs,0\n"
            "rejected_rows,0\n"
            "pay_outliers,0\n");
  auto table = run_jobsight({"--db", db, "status"});
  CHECK(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("postings                 0\n") &&
                            Catch::Contains("postings first date      -\n") &&
                            Catch::EndsWith("\nlast imports: none yet\n"));

  auto imports = run_jobsight({"--db", db, "imports", "--format", "csv"});
  CHECK(imports.exit_code == 0);
  CHECK(imports.out ==
        "import_id,kind,file_name,source,sha256_short,started_at,finished_at,rows_read,imported,"
        "duplicates,rejected,pay_unconverted,options\n");
  auto rejects = run_jobsight({"--db", db, "rejects"});
  CHECK(rejects.exit_code == 0);
  CHECK_THAT(rejects.out, Catch::EndsWith("(no rows)\n"));
  auto skill = run_jobsight({"--db", db, "skills", "--search", "pytorch", "--format", "csv"});
  CHECK(skill.exit_code == 0);
  CHECK(skill.out == "skill,category,origin,aliases,postings\nPyTorch,ai,taxonomy,torch,0\n");
  auto sql =
      run_jobsight({"--db", db, "sql", "SELECT count(*) AS n FROM postings", "--format", "json"});
  CHECK(sql.exit_code == 0);
  CHECK(sql.out == "[\n  {\n    \"n\": 0\n  }\n]\n");
}

TEST_CASE("status shows counts, date ranges and the last imports in every format",
          "[e2e][inspect]") {
  ImportedDb f;
  auto csv = run_jobsight({"--db", f.db, "status", "--format", "csv"});
  INFO(csv.err);
  REQUIRE(csv.exit_code == 0);
  CHECK_THAT(csv.out, Catch::StartsWith("item,value\ndatabase," + f.db + "\n"));
  CHECK_THAT(csv.out, Catch::Contains("\npostings,3\npostings_first_date,2024-01-05\n"
                                      "postings_last_date,2024-03-07\nsalary_observations,0\n"));
  CHECK_THAT(csv.out, Catch::EndsWith("\nskills_found_in_imports,0\ncompanies,2\nimport_runs,1\n"
                                      "rejected_rows,2\n"
                                      "pay_outliers,0\n"
                                      "last_import.1.import_id,1\n"
                                      "last_import.1.kind,postings\n"
                                      "last_import.1.file_name," +
                                      f.csv +
                                      "\n"
                                      "last_import.1.finished_at,2025-06-01T10:00:02Z\n"
                                      "last_import.1.imported,3\n"));

  auto json = run_jobsight({"--db", f.db, "status", "--format", "json"});
  REQUIRE(json.exit_code == 0);
  auto items = nlohmann::json::parse(json.out);
  std::map<std::string, nlohmann::json> by_item;
  for (const auto& item : items) by_item[item["item"].get<std::string>()] = item["value"];
  CHECK(by_item["postings"] == 3);
  CHECK(by_item["observations_first_date"].is_null());
  CHECK(by_item["schema_version"] == jobsight::current_schema_version());
  CHECK(by_item["last_import.1.file_name"] == f.csv);

  auto table = jobsight::test::cli_at_width(250, {"--db", f.db, "status"});
  REQUIRE(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::StartsWith("database                 " + f.db + "\n" +
                                          "schema version           "));
  CHECK_THAT(table.out, Catch::Contains("\npostings                 3\n"
                                        "postings first date      2024-01-05\n"
                                        "postings last date       2024-03-07\n"));
  CHECK_THAT(table.out,
             Catch::Contains(
                 "rejected rows            2\npay outliers             0\n\nlast imports (newest "
                 "first)\n"));
  CHECK_THAT(table.out, Catch::Contains("1  postings  " + f.csv + "  2025-"));

  auto markdown = run_jobsight({"--db", f.db, "status", "--format", "markdown"});
  REQUIRE(markdown.exit_code == 0);
  CHECK_THAT(markdown.out, Catch::StartsWith("| item | value |\n"));
  CHECK_THAT(markdown.out, Catch::Contains("| postings | 3 |\n") &&
                               Catch::Contains("| import_id | kind | file_name | finished_at | "
                                               "imported |\n"));
}

TEST_CASE("imports lists the runs newest first in every format, with --limit", "[e2e][inspect]") {
  ImportedDb f;
  std::string second = f.dir.write("more.csv", "id,date,title\n9,2024-05-01,Analyst\n");
  REQUIRE(run_jobsight({"--db", f.db, "import", "postings", second, "--source", "board", "--quiet"})
              .exit_code == 0);
  auto csv = run_jobsight({"--db", f.db, "imports", "--format", "csv"});
  INFO(csv.err);
  REQUIRE(csv.exit_code == 0);
  auto lines = csv.out;
  CHECK_THAT(lines,
             Catch::StartsWith(
                 "import_id,kind,file_name,source,sha256_short,started_at,finished_at,"
                 "rows_read,imported,duplicates,rejected,pay_unconverted,options\n2,postings," +
                 second + ",board,"));
  CHECK_THAT(lines, Catch::EndsWith("\n1,postings," + f.csv +
                                    ",,9eb58334f713,2025-06-01T10:00:00Z,2025-06-01T10:00:02Z,"
                                    "5,3,0,2,0,\n"));

  auto limited = run_jobsight({"--db", f.db, "imports", "--limit", "1", "--format", "json"});
  REQUIRE(limited.exit_code == 0);
  auto rows = nlohmann::json::parse(limited.out);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0]["import_id"] == 2);
  CHECK(rows[0]["source"] == "board");
  CHECK(rows[0]["rows_read"] == 1);
  CHECK(rows[0]["sha256_short"].get<std::string>().size() == 12);

  auto table = jobsight::test::cli_at_width(250, {"--db", f.db, "imports"});
  CHECK(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("sha256") && Catch::Contains("9eb58334f713"));
  auto markdown = run_jobsight({"--db", f.db, "imports", "--format", "markdown"});
  CHECK(markdown.exit_code == 0);
  CHECK_THAT(markdown.out, Catch::StartsWith("| import_id | kind | file_name | source |"));

  auto negative = run_jobsight({"--db", f.db, "imports", "--limit", "-1"});
  CHECK(negative.exit_code != 0);
  CHECK_THAT(negative.err, Catch::Contains("--limit"));
}

TEST_CASE("rejects shows file, line, column, reason and raw record, one line per row in a table",
          "[e2e][inspect]") {
  ImportedDb f;
  auto csv = run_jobsight({"--db", f.db, "rejects", "--format", "csv"});
  INFO(csv.err);
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out ==
        "import_id,file_name,line,column,reason,raw_record\n"
        "1," +
            f.csv +
            ",4,posted_date,invalid date '2024-13-01': there is no month "
            "13,\"3,2024-13-01,Broken Date,Acme,US,,\"\n"
            "1," +
            f.csv + ",6,posted_date,posted_date is empty,\"5,,\"\"No\nDate\"\",Acme,US,,\"\n");

  auto one =
      run_jobsight({"--db", f.db, "rejects", "--import", "1", "--limit", "1", "--format", "json"});
  REQUIRE(one.exit_code == 0);
  auto rows = nlohmann::json::parse(one.out);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0]["line"] == 4);
  CHECK(rows[0]["column"] == "posted_date");

  auto table = jobsight::test::cli_at_width(250, {"--db", f.db, "rejects", "--import", "1"});
  REQUIRE(table.exit_code == 0);
  std::istringstream lines(table.out);
  std::vector<std::string> all;
  for (std::string line; std::getline(lines, line);) all.push_back(line);
  // Header (wrapped to fit), rule, then one line per rejected row: the line break is a space.
  auto rule = std::find_if(all.begin(), all.end(),
                           [](const std::string& line) { return line.starts_with("------"); });
  REQUIRE(all.end() - rule == 3);
  CHECK_THAT(rule[1], Catch::Contains("     4  posted_date  invalid date '2024-13-01'"));
  CHECK_THAT(rule[2], Catch::Contains(f.csv + "     6  posted_date  posted_date is empty  ") &&
                          Catch::EndsWith("  5,,\"No Date\",Acme,US,,"));

  auto markdown = run_jobsight({"--db", f.db, "rejects", "--format", "markdown"});
  CHECK(markdown.exit_code == 0);
  CHECK_THAT(markdown.out, Catch::StartsWith("| import_id | file_name | line | column | reason |"));

  auto unknown = run_jobsight({"--db", f.db, "rejects", "--import", "999"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.out.empty());
  CHECK(unknown.err == "jobsight: there is no import 999; 'jobsight imports' lists them\n");
}

TEST_CASE("skills lists the taxonomy with aliases and demand, filtered by --search and --category",
          "[e2e][inspect]") {
  ImportedDb f;
  auto pytorch = run_jobsight({"--db", f.db, "skills", "--search", "pytorch"});
  INFO(pytorch.err);
  REQUIRE(pytorch.exit_code == 0);
  CHECK(pytorch.out ==
        "skill    category  origin    aliases  postings\n"
        "-------  --------  --------  -------  --------\n"
        "PyTorch  ai        taxonomy  torch           2\n");
  auto csv = run_jobsight({"--db", f.db, "skills", "--search", "TORCH", "--format", "csv"});
  CHECK(csv.out == "skill,category,origin,aliases,postings\nPyTorch,ai,taxonomy,torch,2\n");
  auto json = run_jobsight({"--db", f.db, "skills", "--search", "pytorch", "--format", "json"});
  CHECK(json.out ==
        "[\n  {\n    \"skill\": \"PyTorch\",\n    \"category\": \"ai\",\n    \"origin\": "
        "\"taxonomy\",\n    \"aliases\": \"torch\",\n    \"postings\": 2\n  }\n]\n");
  auto markdown =
      run_jobsight({"--db", f.db, "skills", "--search", "pytorch", "--format", "markdown"});
  CHECK(markdown.out ==
        "| skill | category | origin | aliases | postings |\n"
        "| --- | --- | --- | --- | ---: |\n"
        "| PyTorch | ai | taxonomy | torch | 2 |\n");

  auto top = run_jobsight({"--db", f.db, "skills", "--limit", "3", "--format", "csv"});
  CHECK(top.out ==
        "skill,category,origin,aliases,postings\n"
        "PyTorch,ai,taxonomy,torch,2\n"
        "AWS,cloud,taxonomy,\"amazon web services, aws cloud\",1\n"
        "Excel,analytics,taxonomy,\"microsoft excel, ms excel\",1\n");
  auto cloud = run_jobsight(
      {"--db", f.db, "skills", "--category", "Cloud", "--limit", "1", "--format", "csv"});
  CHECK(cloud.out ==
        "skill,category,origin,aliases,postings\n"
        "AWS,cloud,taxonomy,\"amazon web services, aws cloud\",1\n");
  auto literal = run_jobsight({"--db", f.db, "skills", "--search", "e_w", "--format", "csv"});
  CHECK(literal.out == "skill,category,origin,aliases,postings\n");

  auto nope = run_jobsight({"--db", f.db, "skills", "--category", "nope"});
  CHECK(nope.exit_code == 1);
  CHECK(nope.out.empty());
  CHECK(nope.err ==
        "jobsight: unknown category 'nope'; the categories are: ai, analytics, business, cloud, "
        "data, database, design, devops, language, mobile, other, security, soft, web\n");
}

TEST_CASE("sql prints one read-only query in every format", "[e2e][inspect]") {
  ImportedDb f;
  std::string query = "SELECT title, salary, is_ai FROM postings ORDER BY posted_date LIMIT 2";
  auto csv = run_jobsight({"--db", f.db, "sql", query, "--format", "csv"});
  INFO(csv.err);
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out == "title,salary,is_ai\nML Engineer,100000,1\nData Analyst,60000,0\n");
  auto table = run_jobsight({"--db", f.db, "sql", query});
  CHECK(table.out ==
        "title           salary  is ai\n"
        "------------  --------  -----\n"
        "ML Engineer   100000.0      1\n"
        "Data Analyst   60000.0      0\n");
  auto json = run_jobsight({"--db", f.db, "sql", query, "--format", "json"});
  auto rows = nlohmann::json::parse(json.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1]["title"] == "Data Analyst");
  CHECK(rows[1]["is_ai"] == 0);
  auto markdown = run_jobsight({"--db", f.db, "sql", query, "--format", "markdown"});
  CHECK_THAT(markdown.out,
             Catch::StartsWith("| title | salary | is_ai |\n| --- | ---: | ---: |\n"));
  auto pragma =
      run_jobsight({"--db", f.db, "sql", "PRAGMA index_list(postings)", "--format", "csv"});
  CHECK(pragma.exit_code == 0);
  CHECK_THAT(pragma.out, Catch::StartsWith("seq,name,unique,origin,partial\n"));
}

TEST_CASE("sql refuses anything that could change the database and leaves it byte-identical",
          "[e2e][inspect]") {
  ImportedDb f;
  std::string before = f.bytes();
  std::string ro = "jobsight: jobsight sql is read-only: ";
  struct Case {
    std::string sql, message;
  };
  std::vector<Case> cases = {
      {"INSERT INTO companies (name) VALUES ('x')", ro + "INSERT is not allowed"},
      {"UPDATE postings SET title = 'x'", ro + "UPDATE is not allowed"},
      {"DELETE FROM postings", ro + "DELETE is not allowed"},
      {"DROP TABLE postings", ro + "DROP TABLE is not allowed"},
      {"CREATE TABLE t (x)", ro + "CREATE TABLE is not allowed"},
      {"CREATE VIEW v AS SELECT 1", ro + "CREATE VIEW is not allowed"},
      {"ATTACH " + shell_quote(f.dir.file("other.db")) + " AS other", ro + "ATTACH is not allowed"},
      {"DETACH main", ro + "DETACH is not allowed"},
      {"BEGIN IMMEDIATE", ro + "BEGIN is not allowed"},
      {"SELECT load_extension('x')", ro + "load_extension() is not allowed"},
      {"VACUUM INTO " + shell_quote(f.dir.file("copy.db")),
       ro + "a statement that writes is not allowed"},
      {"SELECT 1; SELECT 2",
       "jobsight: one statement at a time: give a single SQL statement (without a second after "
       "';')"},
      {"SELECT 1; DELETE FROM postings",
       "jobsight: one statement at a time: give a single SQL statement (without a second after "
       "';')"},
  };
  for (const Case& c : cases) {
    auto result = run_jobsight({"--db", f.db, "sql", c.sql});
    INFO(c.sql);
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err == c.message + "\n");
  }
  auto pragma = run_jobsight({"--db", f.db, "sql", "PRAGMA user_version = 5"});
  CHECK(pragma.exit_code == 1);
  CHECK_THAT(pragma.err,
             Catch::StartsWith(ro + "setting PRAGMA user_version is not allowed; the PRAGMAs "
                                    "allowed are table_info, table_xinfo, table_list, "));
  auto journal = run_jobsight({"--db", f.db, "sql", "PRAGMA journal_mode = DELETE"});
  CHECK(journal.exit_code == 1);
  CHECK_THAT(journal.err, Catch::StartsWith(ro + "setting PRAGMA journal_mode is not allowed"));
  auto error = run_jobsight({"--db", f.db, "sql", "SELECT * FROM nope"});
  CHECK(error.exit_code == 1);
  CHECK(error.err == "jobsight: SQL error: no such table: nope\n");
  auto syntax = run_jobsight({"--db", f.db, "sql", "SELEC 1"});
  CHECK(syntax.exit_code == 1);
  CHECK(syntax.err == "jobsight: SQL error: near \"SELEC\": syntax error\n");
  auto missing = run_jobsight({"--db", f.db, "sql"});
  CHECK(missing.exit_code != 0);

  CHECK(f.bytes() == before);
  CHECK_FALSE(std::filesystem::exists(f.dir.file("other.db")));
  CHECK_FALSE(std::filesystem::exists(f.dir.file("copy.db")));
  auto after = run_jobsight({"--db", f.db, "sql", "PRAGMA user_version", "--format", "csv"});
  CHECK(after.out == "user_version\n" + std::to_string(jobsight::current_schema_version()) + "\n");
}

TEST_CASE("status, imports and rejects describe the sample data import", "[e2e][inspect]") {
  TempDir dir;
  std::string db = dir.file("sample.db");
  std::string csv = source_path("sample_data/postings.csv");
  REQUIRE(run_jobsight({"--db", db, "import", "postings", csv, "--quiet"}).exit_code == 0);
  auto status = run_jobsight({"--db", db, "status", "--format", "csv"});
  REQUIRE(status.exit_code == 0);
  CHECK_THAT(status.out, Catch::Contains("\npostings,4985\n") &&
                             Catch::Contains("\nrejected_rows,10\n") &&
                             Catch::Contains("\nlast_import.1.imported,4985\n"));
  auto imports = run_jobsight({"--db", db, "imports", "--format", "json"});
  auto runs = nlohmann::json::parse(imports.out);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0]["rows_read"] == 5000);
  CHECK(runs[0]["imported"] == 4985);
  CHECK(runs[0]["duplicates"] == 5);
  CHECK(runs[0]["rejected"] == 10);
  CHECK(runs[0]["pay_unconverted"] == 6);
  auto rejects = run_jobsight({"--db", db, "rejects", "--format", "csv"});
  CHECK_THAT(rejects.out, Catch::Contains(",341,posted_date,posted_date is empty,"));
  CHECK(std::count(rejects.out.begin(), rejects.out.end(), '\n') >= 11);
}

TEST_CASE("status and imports count salary observations and date them by work year",
          "[e2e][inspect]") {
  TempDir dir;
  std::string db = dir.file("salaries.db");
  std::string csv =
      dir.write("survey.csv",
                "work_year,experience_level,employment_type,job_title,salary,salary_currency,"
                "salary_in_usd,employee_residence,remote_ratio,company_location,company_size\n"
                "2023,SE,FT,Data Scientist,150000,USD,150000,US,100,US,M\n"
                "2021,MI,FT,ML Engineer,80000,EUR,90000,DE,0,DE,L\n"
                "2022,SE,FT,,1,USD,1,US,0,US,S\n");
  auto imported = run_jobsight({"--db", db, "import", "salaries", csv, "--quiet"});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  auto status = run_jobsight({"--db", db, "status", "--format", "csv"});
  REQUIRE(status.exit_code == 0);
  CHECK_THAT(status.out, Catch::Contains("\npostings,0\npostings_first_date,\npostings_last_date,\n"
                                         "salary_observations,2\n"
                                         "observations_first_date,2021-01-01\n"
                                         "observations_last_date,2023-01-01\n"));
  CHECK_THAT(status.out, Catch::Contains("\nimport_runs,1\nrejected_rows,1\npay_outliers,0\n"
                                         "last_import.1.import_id,1\n"
                                         "last_import.1.kind,salaries\n"));
  auto imports = run_jobsight({"--db", db, "imports", "--format", "json"});
  auto runs = nlohmann::json::parse(imports.out);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0]["kind"] == "salaries");
  CHECK(runs[0]["rows_read"] == 3);
  CHECK(runs[0]["imported"] == 2);
  CHECK(runs[0]["rejected"] == 1);
  auto rejects = run_jobsight({"--db", db, "rejects", "--import", "1", "--format", "csv"});
  CHECK(rejects.out ==
        "import_id,file_name,line,column,reason,raw_record\n"
        "1," +
            csv + ",4,job_title,job_title is empty,\"2022,SE,FT,,1,USD,1,US,0,US,S\"\n");
}
