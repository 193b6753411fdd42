#include <SQLiteCpp/Statement.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/reference_store.hpp"
#include "storage/sqlite_connection.hpp"
#include "support/test_support.hpp"

using jobsight::Database;
using jobsight::Error;
using jobsight::test::read_file;
using jobsight::test::TempDir;

namespace {

// The journal mode the file itself records (header bytes 18 and 19: 1 rollback, 2 WAL), and
// whether any file lies beside it.
std::string journal_on_disk(const std::string& path) {
  std::string header = read_file(path).substr(0, 20);
  std::string mode = header.size() == 20 && header[18] == 1 && header[19] == 1   ? "rollback"
                     : header.size() == 20 && header[18] == 2 && header[19] == 2 ? "wal"
                                                                                 : "?";
  for (const char* suffix : {"-wal", "-shm", "-journal"}) {
    if (std::filesystem::exists(path + suffix)) mode += std::string(" ") + suffix;
  }
  return mode;
}

std::vector<std::string> schema_objects(SQLite::Database& db) {
  std::vector<std::string> objects;
  SQLite::Statement query(db,
                          "SELECT type || ' ' || name || ': ' || coalesce(sql, '') "
                          "FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
  while (query.executeStep()) objects.push_back(query.getColumn(0).getString());
  return objects;
}

}  // namespace

TEST_CASE("migrating an empty database gives exactly the consolidated schema", "[database]") {
  Database migrated = Database::open_in_memory();
  SQLite::Database from_schema(":memory:", SQLite::OPEN_READWRITE);
  from_schema.exec(read_file(jobsight::test::source_path("schema/jobsight.sql")));
  CHECK(schema_objects(jobsight::sqlite_of(migrated)) == schema_objects(from_schema));
}

TEST_CASE("a new database carries the application id and the current schema version",
          "[database]") {
  TempDir dir;
  std::string path = dir.file("new.db");
  {
    Database db = Database::open_for_writing(path);
    CHECK(db.schema_version() == jobsight::current_schema_version());
    CHECK(jobsight::sqlite_of(db).execAndGet("PRAGMA application_id").getInt() ==
          jobsight::kApplicationId);
    CHECK(jobsight::sqlite_of(db).execAndGet("PRAGMA journal_mode").getString() == "wal");
  }
  Database reopened = Database::open_read_only(path);
  CHECK(reopened.schema_version() == jobsight::current_schema_version());
}

TEST_CASE("a writer uses WAL while open and leaves the file in rollback-journal mode",
          "[database]") {
  TempDir dir;
  std::string path = dir.file("journal.db");
  {
    Database db = Database::open_for_writing(path);
    CHECK(jobsight::sqlite_of(db).execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(journal_on_disk(path) == "wal -wal -shm");
  }
  CHECK(journal_on_disk(path) == "rollback");
  { Database reader = Database::open_read_only(path); }
  CHECK(journal_on_disk(path) == "rollback");

  // A reader open at the end of a write (it holds a shared lock while in WAL mode): the writer
  // waits for it to close, within its busy timeout.
  {
    auto writer = std::make_unique<Database>(Database::open_for_writing(path, 5000));
    auto reader = std::make_unique<Database>(Database::open_read_only(path));
    CHECK(reader->schema_version() == jobsight::current_schema_version());
    std::thread closer([&reader] {
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      reader.reset();
    });
    writer.reset();
    closer.join();
  }
  CHECK(journal_on_disk(path) == "rollback");

  // A reader that stays open longer: the file stays in WAL mode, committed, until the next
  // writer closes.
  {
    auto writer = std::make_unique<Database>(Database::open_for_writing(path, 100));
    Database reader = Database::open_read_only(path);
    writer.reset();  // gives up after 100 ms
    CHECK(journal_on_disk(path).starts_with("wal"));
    CHECK(reader.schema_version() == jobsight::current_schema_version());
  }
  { Database writer = Database::open_for_writing(path); }
  CHECK(journal_on_disk(path) == "rollback");
}

TEST_CASE("a file that is not SQLite is refused and left untouched", "[database]") {
  TempDir dir;
  std::string path = dir.write("notes.db", "just some text, not a database\n");
  CHECK_THROWS_WITH(Database::open_for_writing(path),
                    Catch::Contains("not a jobsight database (not an SQLite file)"));
  CHECK(read_file(path) == "just some text, not a database\n");
}

TEST_CASE("another application's SQLite database is refused and left untouched", "[database]") {
  TempDir dir;
  std::string path = dir.file("other.db");
  {
    SQLite::Database other(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (42)");
  }
  std::string before = read_file(path);
  CHECK_THROWS_WITH(Database::open_for_writing(path),
                    Catch::Contains("not a jobsight database (an SQLite file from another"));
  CHECK_THROWS_WITH(Database::open_read_only(path), Catch::Contains("not a jobsight database"));
  CHECK(read_file(path) == before);
}

TEST_CASE("a database from a newer jobsight is refused and left untouched", "[database]") {
  TempDir dir;
  std::string path = dir.file("newer.db");
  { Database db = Database::open_for_writing(path); }
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA journal_mode = DELETE");
    raw.exec("PRAGMA user_version = " + std::to_string(jobsight::current_schema_version() + 1));
  }
  std::string before = read_file(path);
  CHECK_THROWS_WITH(Database::open_for_writing(path),
                    Catch::Contains("created by a newer jobsight"));
  CHECK_THROWS_WITH(Database::open_read_only(path), Catch::Contains("created by a newer jobsight"));
  CHECK(read_file(path) == before);
}

TEST_CASE("a directory or a missing file is refused with a clear message", "[database]") {
  TempDir dir;
  CHECK_THROWS_WITH(Database::open_for_writing(dir.path().string()),
                    Catch::Contains("is a directory, not a database file"));
  CHECK_THROWS_WITH(Database::open_read_only(dir.file("missing.db")),
                    Catch::Contains("no such database; create it with 'jobsight import"));
}

TEST_CASE("a read-only database rejects every write", "[database]") {
  TempDir dir;
  std::string path = dir.file("ro.db");
  { Database db = Database::open_for_writing(path); }
  Database db = Database::open_read_only(path);
  CHECK_THROWS(jobsight::sqlite_of(db).exec("INSERT INTO companies (name) VALUES ('x')"));
}

TEST_CASE("the reference data is loaded by the migrations", "[database]") {
  Database db = Database::open_in_memory();
  auto count = [&](const char* table) {
    return jobsight::sqlite_of(db)
        .execAndGet(std::string("SELECT count(*) FROM ") + table)
        .getInt();
  };
  CHECK(count("countries") >= 249);
  CHECK(count("skills") >= 300);
  CHECK(count("skill_aliases") >= 50);
  CHECK(count("ai_title_rules") >= 10);
  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT count(DISTINCT currency) FROM fx_rates")
            .getInt() >= 13);
  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT count(*) FROM skills WHERE category = 'ai'")
            .getInt() >= 20);
  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT region FROM countries WHERE alpha2 = 'DE'")
            .getString() == "Western Europe");
  for (int year = 2020; year <= 2026; ++year) {
    for (const char* currency : {"USD", "EUR", "GBP", "CAD", "AUD", "INR", "SGD", "CHF", "JPY",
                                 "CNY", "BRL", "PLN", "SEK"}) {
      SQLite::Statement rate(jobsight::sqlite_of(db),
                             "SELECT count(*) FROM fx_rates WHERE currency = ? AND year = ?");
      rate.bind(1, currency);
      rate.bind(2, year);
      REQUIRE(rate.executeStep());
      CHECK(rate.getColumn(0).getInt() == 1);
    }
  }
  SQLite::Statement check(jobsight::sqlite_of(db), "PRAGMA foreign_key_check");
  CHECK_FALSE(check.executeStep());
}

TEST_CASE("the states data covers the US, Canada and Australia, the US first on shared codes",
          "[database]") {
  Database db = Database::open_in_memory();
  CHECK(jobsight::sqlite_of(db)
            .execAndGet("SELECT group_concat(country_alpha2 || ':' || n) FROM (SELECT "
                        "country_alpha2, count(*) AS n FROM states GROUP BY country_alpha2 "
                        "ORDER BY country_alpha2)")
            .getString() == "AU:8,CA:13,US:51");
  jobsight::ReferenceData data = jobsight::load_reference_data(db);
  CHECK(data.country_of_city("Austin, TX")->alpha2 == "US");
  CHECK(data.country_of_city("Sydney, NSW")->alpha2 == "AU");
  CHECK(data.country_of_city("Halifax, NS")->alpha2 == "CA");
  CHECK(data.country_of_state("District of Columbia")->alpha2 == "US");
  CHECK(data.country_of_state("wa")->alpha2 == "US");
  CHECK(data.country_of_state("Queensland")->alpha2 == "AU");
}

TEST_CASE("a location text names its country the ways job boards write it", "[database]") {
  Database db = Database::open_in_memory();
  jobsight::ReferenceData data = jobsight::load_reference_data(db);
  auto code = [&](const char* location) {
    const jobsight::CountryInfo* country = data.country_of_location(location);
    return country == nullptr ? std::string("-") : country->alpha2;
  };
  CHECK(code("Austin, TX") == "US");
  CHECK(code("Austin, Texas") == "US");
  CHECK(code("Toronto, Ontario, Canada") == "CA");
  CHECK(code("Austin, TX, US") == "US");
  CHECK(code("London, ENG, GB") == "GB");
  CHECK(code("Mumbai, MH, IN") == "IN");  // three parts: the last is the country, not Indiana
  CHECK(code("Bengaluru, Karnataka, India") == "IN");
  CHECK(code("London, England, United Kingdom") == "GB");
  CHECK(code("London, UK") == "GB");
  CHECK(code("Remote (US)") == "US");
  CHECK(code("United States") == "US");
  CHECK(code("Georgia") == "-");  // the country or the US state: no guess
  CHECK(code("Remote") == "-");
  CHECK(code("Melbourne VIC") == "-");
  CHECK(code("") == "-");
}

TEST_CASE("a version-13 database with postings is rebuilt by migration 14 with every row kept",
          "[database]") {
  TempDir dir;
  std::string path = dir.file("v13.db");
  {
    SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    auto migrations = jobsight::embedded_migrations();
    REQUIRE(migrations.size() >= 14);
    REQUIRE(migrations[13].name == "0014_postings_identity_index");
    old.exec("PRAGMA foreign_keys = ON");
    for (std::size_t i = 0; i < 13; ++i) old.exec(std::string(migrations[i].text));
    old.exec("PRAGMA application_id = " + std::to_string(jobsight::kApplicationId));
    old.exec("PRAGMA user_version = 13");
    old.exec(
        "INSERT INTO import_runs (import_id, kind, file_name, file_size, sha256, started_at, "
        "finished_at, rows_read, rows_imported, rows_duplicate, rows_rejected, pay_unconverted) "
        "VALUES (1, 'postings', 'old.csv', 10, '" +
        std::string(64, 'a') + "', '2024-01-01', '2024-01-01', 2, 2, 0, 0, 0)");
    old.exec("INSERT INTO companies (company_id, name) VALUES (7, 'Acme')");
    old.exec(
        "INSERT INTO postings (posting_id, identity, source, import_id, source_line, posted_date, "
        "month_key, quarter_key, year_key, title, company_id, country_code, seniority, "
        "seniority_inferred, pay_status, pay_usd_annual, is_ai, ai_by_title, "
        "pay_period_inferred, title_words) VALUES "
        "(5, 'id-a', 'old', 1, 2, '2024-01-10', '2024-01', '2024-Q1', '2024', 'ML Engineer', 7, "
        "'US', 'mid', 1, 'converted', 120000, 1, 1, 1, 'ml engineer'), "
        "(9, 'id-b', 'old', 1, 3, '2024-02-10', '2024-02', '2024-Q1', '2024', 'Analyst', NULL, "
        "NULL, 'senior', 0, 'none', NULL, 0, 0, 0, 'analyst analyst')");
    old.exec(
        "INSERT INTO posting_skills (posting_id, skill_id, from_text) SELECT 5, skill_id, 1 "
        "FROM skills WHERE name IN ('Python', 'PyTorch')");
    // A report view naming postings, as every database made by an older jobsight has.
    old.exec("CREATE VIEW report_ai_share AS SELECT count(*) AS n FROM postings");
  }
  Database db = Database::open_for_writing(path);
  SQLite::Database& sql = jobsight::sqlite_of(db);
  CHECK(db.schema_version() == jobsight::current_schema_version());
  CHECK(sql.execAndGet("SELECT group_concat(posting_id || ':' || identity || ':' || "
                       "coalesce(company_id, '-') || ':' || pay_period_inferred, ' ') "
                       "FROM (SELECT * FROM postings ORDER BY posting_id)")
            .getString() == "5:id-a:7:1 9:id-b:-:0");
  CHECK(sql.execAndGet("SELECT count(*) FROM posting_skills WHERE posting_id = 5 AND from_text = 1")
            .getInt() == 2);
  CHECK(sql.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt() == 0);
  CHECK(sql.execAndGet("PRAGMA foreign_keys").getInt() == 1);
  // The identity is unique through its own index now, and the report view is the real one.
  CHECK(sql.execAndGet("SELECT \"unique\" FROM pragma_index_list('postings') "
                       "WHERE name = 'postings_by_identity'")
            .getInt() == 1);
  CHECK_THROWS(sql.exec(
      "INSERT INTO postings (identity, source, import_id, source_line, posted_date, month_key, "
      "quarter_key, year_key, title, seniority, seniority_inferred, pay_status, is_ai, "
      "ai_by_title) VALUES ('id-a', 'old', 1, 4, '2024-01-10', '2024-01', '2024-Q1', '2024', "
      "'x', 'mid', 1, 'none', 0, 0)"));
  CHECK(sql.execAndGet("SELECT sql NOT LIKE '%count(*) AS n%' FROM sqlite_schema "
                       "WHERE name = 'report_ai_share'")
            .getInt() == 1);
  CHECK_NOTHROW(sql.execAndGet("SELECT count(*) FROM report_ai_share"));
  // Migration 0018 counted the stored postings' skills: posting 5 asks for Python and PyTorch
  // (two skills, four pairs with themselves), in the US, without an industry.
  CHECK(sql.execAndGet("SELECT count(*) || ' ' || sum(postings) FROM skill_pair_counts")
            .getString() == "4 4");
  CHECK(sql.execAndGet("SELECT group_concat(country_code || ':' || postings) "
                       "FROM skill_country_counts")
            .getString() == "US:1,US:1");
  CHECK(sql.execAndGet("SELECT count(*) FROM skill_industry_counts WHERE industry = '' "
                       "AND month_key = '2024-01' AND is_ai = 1 AND postings = 1")
            .getInt() == 2);
  // Migration 0023 counted the stored titles' words, each distinct word of a title once
  // ("analyst analyst" once), and 0024 the skills by month.
  CHECK(sql.execAndGet("SELECT group_concat(row, ' ') FROM (SELECT word || ':' || month_key || "
                       "':' || industry || ':' || seniority || ':' || is_ai || ':' || postings "
                       "AS row FROM title_word_counts ORDER BY word)")
            .getString() ==
        "analyst:2024-02::senior:0:1 engineer:2024-01::mid:1:1 ml:2024-01::mid:1:1");
  CHECK(sql.execAndGet("SELECT group_concat(row, ' ') FROM (SELECT w.word || ':' || k.name || "
                       "':' || w.postings AS row FROM title_word_skill_counts AS w "
                       "JOIN skills AS k USING (skill_id) ORDER BY w.word, k.name)")
            .getString() == "engineer:Python:1 engineer:PyTorch:1 ml:Python:1 ml:PyTorch:1");
  CHECK(sql.execAndGet("SELECT group_concat(row, ' ') FROM (SELECT s.month_key || ':' || k.name "
                       "|| ':' || s.postings AS row FROM skill_month_counts AS s "
                       "JOIN skills AS k USING (skill_id) ORDER BY k.name)")
            .getString() == "2024-01:Python:1 2024-01:PyTorch:1");
}

TEST_CASE("the stored schema version is read without opening or creating anything", "[database]") {
  TempDir dir;
  CHECK_FALSE(jobsight::stored_schema_version(dir.file("missing.db")).has_value());
  CHECK_FALSE(std::filesystem::exists(dir.file("missing.db")));
  CHECK_FALSE(jobsight::stored_schema_version(dir.write("text.db", "not a database")).has_value());
  const std::string path = dir.file("old.db");
  {
    SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    old.exec("PRAGMA user_version = 17");
  }
  CHECK(jobsight::stored_schema_version(path) == 17);
  { Database db = Database::open_for_writing(dir.file("new.db")); }
  CHECK(jobsight::stored_schema_version(dir.file("new.db")) == jobsight::current_schema_version());
}
