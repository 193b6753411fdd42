// Unit tests of the inspection functions (status, imports, rejects, skills, read-only SQL) on a
// small database built by importing inline CSV.
#include <catch2/catch.hpp>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/import.hpp"
#include "jobsight/inspect.hpp"
#include "storage/sqlite_connection.hpp"
#include "support/database_support.hpp"
#include "support/report_fixture.hpp"
#include "support/test_support.hpp"
#include "util/sha256.hpp"

using namespace jobsight;
using namespace jobsight::test;

namespace {

// Import 1: three postings, a bad date (line 4) and a short row (line 6); two new skills.
const char* kFirst =
    "job_id,date,title,company,country,skills,salary\n"
    "1,2024-01-05,ML Engineer,Acme,US,Python;PyTorch,100000\n"
    "2,2024-02-06,Data Analyst,Beta,DE,SQL;Excel;Quantum Knitting,60000\n"
    "3,2024-13-01,Broken Date,Acme,US,,\n"
    "4,2024-03-07,Platform Engineer,Gamma,US,\"torch, AWS, Lace_Work\",\n"
    "5,2024-03-08,Short Row\n";

// Import 2: a duplicate of posting 1, a posting whose title spans two lines, a row without date.
const char* kSecond =
    "job_id,date,title,company,country,skills,salary\n"
    "1,2024-01-05,ML Engineer,Acme,US,Python;PyTorch,100000\n"
    "6,2024-04-01,\"Multi\nLine\",Acme,,Python,\n"
    "7,,No Date,Acme,US,,\n";

struct InspectFixture {
  TempDir dir;
  Database db = Database::open_in_memory();
  std::string first = dir.write("first.csv", kFirst);
  std::string second = dir.write("second.csv", kSecond);

  InspectFixture() {
    import_postings(db, first, ImportOptions{});
    import_postings(db, second, ImportOptions{});
    // Fixed times, so that tables can be compared exactly.
    jobsight::sqlite_of(db).exec(
        "UPDATE import_runs SET started_at = '2025-06-0' || import_id || 'T10:00:00Z', "
        "finished_at = '2025-06-0' || import_id || 'T10:00:05Z'");
  }
};

std::int64_t count(Database& db, const std::string& table) {
  return test::count_rows(db, table);
}

}  // namespace

TEST_CASE("status counts what a fresh database holds and dates nothing", "[inspect]") {
  Database db = Database::open_in_memory();
  DatabaseStatus status = database_status(db);
  std::int64_t version = current_schema_version();
  CHECK(status.overview.columns == std::vector<std::string>{"item", "value"});
  check_rows(status.overview, {{T("database"), T(":memory:")},
                               {T("schema_version"), I(version)},
                               {T("binary_schema_version"), I(version)},
                               {T("jobsight_version"), T(JOBSIGHT_VERSION)},
                               {T("postings"), I(0)},
                               {T("postings_first_date"), Null()},
                               {T("postings_last_date"), Null()},
                               {T("salary_observations"), I(0)},
                               {T("observations_first_date"), Null()},
                               {T("observations_last_date"), Null()},
                               {T("skills"), I(count(db, "skills"))},
                               {T("skills_in_taxonomy"), I(count(db, "skills"))},
                               {T("skills_found_in_imports"), I(0)},
                               {T("companies"), I(0)},
                               {T("import_runs"), I(0)},
                               {T("rejected_rows"), I(0)},
                               {T("pay_outliers"), I(0)}});
  CHECK(status.last_imports.columns ==
        std::vector<std::string>{"import_id", "kind", "file_name", "finished_at", "imported"});
  CHECK(status.last_imports.rows.empty());
  CHECK(status_rows(status).rows == status.overview.rows);
}

TEST_CASE("status counts postings, skills, companies, imports and rejects after two imports",
          "[inspect]") {
  InspectFixture f;
  DatabaseStatus status = database_status(f.db);
  std::int64_t taxonomy = count(f.db, "skills") - 2;
  std::int64_t version = current_schema_version();
  check_rows(status.overview, {{T("database"), T(":memory:")},
                               {T("schema_version"), I(version)},
                               {T("binary_schema_version"), I(version)},
                               {T("jobsight_version"), T(JOBSIGHT_VERSION)},
                               {T("postings"), I(4)},
                               {T("postings_first_date"), T("2024-01-05")},
                               {T("postings_last_date"), T("2024-04-01")},
                               {T("salary_observations"), I(0)},
                               {T("observations_first_date"), Null()},
                               {T("observations_last_date"), Null()},
                               {T("skills"), I(taxonomy + 2)},
                               {T("skills_in_taxonomy"), I(taxonomy)},
                               {T("skills_found_in_imports"), I(2)},
                               {T("companies"), I(3)},
                               {T("import_runs"), I(2)},
                               {T("rejected_rows"), I(3)},
                               {T("pay_outliers"), I(0)}});
  check_rows(status.last_imports,
             {{I(2), T("postings"), Cell{f.second}, T("2025-06-02T10:00:05Z"), I(1)},
              {I(1), T("postings"), Cell{f.first}, T("2025-06-01T10:00:05Z"), I(3)}});
}

TEST_CASE("status as rows names each cell of the last imports by position and column",
          "[inspect]") {
  InspectFixture f;
  Table rows = status_rows(database_status(f.db));
  CHECK(rows.columns == std::vector<std::string>{"item", "value"});
  REQUIRE(rows.rows.size() == 17 + 2 * 5);
  std::vector<std::vector<Cell>> tail(rows.rows.begin() + 17, rows.rows.end());
  CHECK(tail == std::vector<std::vector<Cell>>{
                    {T("last_import.1.import_id"), I(2)},
                    {T("last_import.1.kind"), T("postings")},
                    {T("last_import.1.file_name"), Cell{f.second}},
                    {T("last_import.1.finished_at"), T("2025-06-02T10:00:05Z")},
                    {T("last_import.1.imported"), I(1)},
                    {T("last_import.2.import_id"), I(1)},
                    {T("last_import.2.kind"), T("postings")},
                    {T("last_import.2.file_name"), Cell{f.first}},
                    {T("last_import.2.finished_at"), T("2025-06-01T10:00:05Z")},
                    {T("last_import.2.imported"), I(3)},
                });
}

TEST_CASE("status lists only the five newest imports", "[inspect]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  for (int i = 1; i <= 7; ++i) {
    std::string csv =
        "id,date,title\n" + std::to_string(i) + ",2024-01-0" + std::to_string(i) + ",Analyst\n";
    import_postings(db, dir.write("f" + std::to_string(i) + ".csv", csv), ImportOptions{});
  }
  Table last = database_status(db).last_imports;
  REQUIRE(last.rows.size() == 5);
  std::vector<Cell> ids;
  for (const auto& row : last.rows) ids.push_back(row[0]);
  CHECK(ids == std::vector<Cell>{I(7), I(6), I(5), I(4), I(3)});
}

TEST_CASE("imports are listed newest first with their counts and a short sha256", "[inspect]") {
  InspectFixture f;
  Table table = list_imports(f.db);
  CHECK(table.columns == std::vector<std::string>{"import_id", "kind", "file_name", "source",
                                                  "sha256_short", "started_at", "finished_at",
                                                  "rows_read", "imported", "duplicates", "rejected",
                                                  "pay_unconverted", "options"});
  check_rows(table, {{I(2), T("postings"), Cell{f.second}, Null(),
                      Cell{sha256_hex(kSecond).substr(0, 12)}, T("2025-06-02T10:00:00Z"),
                      T("2025-06-02T10:00:05Z"), I(3), I(1), I(1), I(1), I(0), Null()},
                     {I(1), T("postings"), Cell{f.first}, Null(),
                      Cell{sha256_hex(kFirst).substr(0, 12)}, T("2025-06-01T10:00:00Z"),
                      T("2025-06-01T10:00:05Z"), I(5), I(3), I(0), I(2), I(0), Null()}});
}

TEST_CASE("imports honour a limit and refuse a negative one", "[inspect]") {
  InspectFixture f;
  Table one = list_imports(f.db, 1);
  REQUIRE(one.rows.size() == 1);
  CHECK(one.rows[0][0] == I(2));
  CHECK(list_imports(f.db, 0).rows.empty());
  CHECK(list_imports(f.db, 10).rows.size() == 2);
  CHECK_THROWS_WITH(list_imports(f.db, -1), "--limit -1 is negative; give 0 or more");
}

TEST_CASE("imports and rejects of a fresh database are empty tables with their columns",
          "[inspect]") {
  Database db = Database::open_in_memory();
  Table imports = list_imports(db);
  CHECK(imports.columns.size() == 13);
  CHECK(imports.rows.empty());
  Table rejects = list_rejects(db);
  CHECK(rejects.columns == std::vector<std::string>{"import_id", "file_name", "line", "column",
                                                    "reason", "raw_record"});
  CHECK(rejects.rows.empty());
}

TEST_CASE("rejects come newest import first, each in file order, with reason and raw record",
          "[inspect]") {
  InspectFixture f;
  check_rows(list_rejects(f.db),
             {{I(2), Cell{f.second}, I(5), T("posted_date"), T("posted_date is empty"),
               T("7,,No Date,Acme,US,,")},
              {I(1), Cell{f.first}, I(4), T("posted_date"),
               T("invalid date '2024-13-01': there is no month 13"),
               T("3,2024-13-01,Broken Date,Acme,US,,")},
              {I(1), Cell{f.first}, I(6), Null(), T("row has 3 fields, the header has 7"),
               T("5,2024-03-08,Short Row")}});
}

TEST_CASE("rejects of one import, with a limit", "[inspect]") {
  InspectFixture f;
  Table first = list_rejects(f.db, 1);
  REQUIRE(first.rows.size() == 2);
  CHECK(first.rows[0][2] == I(4));
  CHECK(first.rows[1][2] == I(6));
  Table limited = list_rejects(f.db, 1, 1);
  REQUIRE(limited.rows.size() == 1);
  CHECK(limited.rows[0][2] == I(4));
  CHECK(list_rejects(f.db, std::nullopt, 2).rows.size() == 2);
}

TEST_CASE("rejects of an import that does not exist is an error, not an empty list", "[inspect]") {
  InspectFixture f;
  CHECK_THROWS_AS(list_rejects(f.db, 999), Error);
  CHECK_THROWS_WITH(list_rejects(f.db, 999),
                    "there is no import 999; 'jobsight imports' lists them");
  CHECK_THROWS_WITH(list_rejects(f.db, std::nullopt, -5), "--limit -5 is negative; give 0 or more");
}

TEST_CASE("skills are sorted by postings then name, with their category, origin and aliases",
          "[inspect]") {
  InspectFixture f;
  SkillFilters filters;
  filters.limit = 8;
  Table table = list_skills(f.db, filters);
  CHECK(table.columns ==
        std::vector<std::string>{"skill", "category", "origin", "aliases", "postings"});
  check_rows(table,
             {{T("Python"), T("language"), T("taxonomy"), T("python3"), I(2)},
              {T("PyTorch"), T("ai"), T("taxonomy"), T("torch"), I(2)},
              {T("AWS"), T("cloud"), T("taxonomy"), T("amazon web services, aws cloud"), I(1)},
              {T("Excel"), T("analytics"), T("taxonomy"), T("microsoft excel, ms excel"), I(1)},
              {T("Lace_Work"), T("other"), T("import"), T(""), I(1)},
              {T("Quantum Knitting"), T("other"), T("import"), T(""), I(1)},
              {T("SQL"), T("language"), T("taxonomy"), T(""), I(1)},
              {T(".NET"), T("web"), T("taxonomy"), T(".net core, dotnet"), I(0)}});
  CHECK(list_skills(f.db).rows.size() == static_cast<std::size_t>(count(f.db, "skills")));
}

TEST_CASE("skills of one category, named in any case", "[inspect]") {
  InspectFixture f;
  SkillFilters other;
  other.category = "OTHER";
  check_rows(list_skills(f.db, other),
             {{T("Lace_Work"), T("other"), T("import"), T(""), I(1)},
              {T("Quantum Knitting"), T("other"), T("import"), T(""), I(1)}});
  SkillFilters ai;
  ai.category = "ai";
  Table table = list_skills(f.db, ai);
  CHECK(
      table.rows.size() ==
      static_cast<std::size_t>(jobsight::sqlite_of(f.db)
                                   .execAndGet("SELECT count(*) FROM skills WHERE category = 'ai'")
                                   .getInt64()));
  CHECK(table.rows[0][0] == T("PyTorch"));
}

TEST_CASE("an unknown skill category is an error that lists the categories", "[inspect]") {
  InspectFixture f;
  SkillFilters filters;
  filters.category = "nope";
  CHECK_THROWS_WITH(list_skills(f.db, filters),
                    "unknown category 'nope'; the categories are: ai, analytics, business, cloud, "
                    "data, database, design, devops, language, mobile, other, security, soft, web");
}

TEST_CASE("skills search matches the name or an alias as a substring in any case", "[inspect]") {
  InspectFixture f;
  SkillFilters by_name;
  by_name.search = "pytorch";
  check_rows(list_skills(f.db, by_name),
             {{T("PyTorch"), T("ai"), T("taxonomy"), T("torch"), I(2)}});
  SkillFilters by_alias;
  by_alias.search = "AWS CLOU";
  check_rows(list_skills(f.db, by_alias),
             {{T("AWS"), T("cloud"), T("taxonomy"), T("amazon web services, aws cloud"), I(1)},
              {T("CloudFormation"), T("devops"), T("taxonomy"), T("aws cloudformation"), I(0)}});
  SkillFilters nothing;
  nothing.search = "no such skill anywhere";
  CHECK(list_skills(f.db, nothing).rows.empty());
}

TEST_CASE("skills search takes % and _ literally", "[inspect]") {
  InspectFixture f;
  // As LIKE wildcards, "e_w" would match every "network" skill and "quantum%" Quantum Knitting.
  SkillFilters underscore;
  underscore.search = "e_w";
  check_rows(list_skills(f.db, underscore),
             {{T("Lace_Work"), T("other"), T("import"), T(""), I(1)}});
  SkillFilters percent;
  percent.search = "quantum%";
  CHECK(list_skills(f.db, percent).rows.empty());
  SkillFilters backslash;
  backslash.search = "\\";
  CHECK(list_skills(f.db, backslash).rows.empty());
}

TEST_CASE("read-only SQL returns typed rows: integers, reals, text, NULL and BLOBs as hex",
          "[inspect]") {
  InspectFixture f;
  Table table = run_read_only_sql(
      f.db, "SELECT count(*) AS n, 2.5 AS x, 'a' AS t, NULL AS z, x'00ff' AS b FROM postings");
  CHECK(table.columns == std::vector<std::string>{"n", "x", "t", "z", "b"});
  check_rows(table, {{I(4), R(2.5), T("a"), Null(), T("X'00FF'")}});
  CHECK(run_read_only_sql(f.db, "  SELECT 1 AS one; -- trailing comment\n;").rows ==
        std::vector<std::vector<Cell>>{{I(1)}});
  check_rows(run_read_only_sql(f.db, "PRAGMA table_info(skill_categories)"),
             {{I(0), T("category"), T("TEXT"), I(0), Null(), I(1)},
              {I(1), T("description"), T("TEXT"), I(1), Null(), I(0)}});
  CHECK(run_read_only_sql(f.db, "PRAGMA user_version").rows ==
        std::vector<std::vector<Cell>>{{I(current_schema_version())}});
  CHECK(run_read_only_sql(f.db, "SELECT name FROM pragma_table_info('companies')").rows ==
        std::vector<std::vector<Cell>>{{T("company_id")}, {T("name")}});
}

TEST_CASE("read-only SQL refuses every kind of write with a message naming it", "[inspect]") {
  InspectFixture f;
  auto refused = [&](const std::string& sql) {
    try {
      run_read_only_sql(f.db, sql);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("(not refused)");
  };
  std::string ro = "jobsight sql is read-only: ";
  CHECK(refused("INSERT INTO companies (name) VALUES ('x')") == ro + "INSERT is not allowed");
  CHECK(refused("UPDATE postings SET title = 'x'") == ro + "UPDATE is not allowed");
  CHECK(refused("DELETE FROM postings") == ro + "DELETE is not allowed");
  CHECK(refused("DROP TABLE postings") == ro + "DROP TABLE is not allowed");
  CHECK(refused("DROP VIEW report_ai_share") == ro + "DROP VIEW is not allowed");
  CHECK(refused("CREATE TABLE t (x)") == ro + "CREATE TABLE is not allowed");
  CHECK(refused("CREATE TEMP TABLE t (x)") == ro + "CREATE TEMP TABLE is not allowed");
  CHECK(refused("CREATE INDEX i ON skills (category)") == ro + "CREATE INDEX is not allowed");
  CHECK(refused("ALTER TABLE skills RENAME TO s") == ro + "ALTER TABLE is not allowed");
  CHECK(refused("ATTACH ':memory:' AS other") == ro + "ATTACH is not allowed");
  CHECK(refused("DETACH main") == ro + "DETACH is not allowed");
  CHECK(refused("BEGIN") == ro + "BEGIN is not allowed");
  CHECK(refused("COMMIT") == ro + "COMMIT is not allowed");
  CHECK(refused("SAVEPOINT s") == ro + "SAVEPOINT is not allowed");
  CHECK(refused("REINDEX") == ro + "REINDEX is not allowed");
  CHECK(refused("SELECT load_extension('x')") == ro + "load_extension() is not allowed");
  CHECK(refused("VACUUM") == ro + "a statement that writes is not allowed");
  CHECK_THAT(refused("PRAGMA user_version = 5"),
             Catch::StartsWith(ro + "setting PRAGMA user_version is not allowed; the PRAGMAs "
                                    "allowed are table_info, "));
  CHECK_THAT(refused("PRAGMA query_only = OFF"),
             Catch::StartsWith(ro + "PRAGMA query_only is not allowed; "));
  CHECK_THAT(refused("PRAGMA writable_schema = 1"),
             Catch::StartsWith(ro + "PRAGMA writable_schema is not allowed; "));
  CHECK(refused("SELECT 1; SELECT 2") ==
        "one statement at a time: give a single SQL statement (without a second after ';')");
  CHECK(refused("SELECT 1; DROP TABLE postings") ==
        "one statement at a time: give a single SQL statement (without a second after ';')");
  CHECK(refused("") == "no SQL statement given");
  CHECK(refused(" -- just a comment") == "no SQL statement given");
  CHECK(refused("SELECT * FROM nowhere") == "SQL error: no such table: nowhere");
  CHECK(refused("SELECT abs(-9223372036854775808)") == "SQL error: integer overflow");

  // Nothing changed, and the connection is writable again once the query is done.
  CHECK(count(f.db, "postings") == 4);
  CHECK(count(f.db, "companies") == 3);
  CHECK(f.db.schema_version() == current_schema_version());
  jobsight::sqlite_of(f.db).exec("INSERT INTO companies (name) VALUES ('After')");
  CHECK(count(f.db, "companies") == 4);
}
