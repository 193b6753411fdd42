// The journal a large import writes through (src/storage/bulk_journal.hpp): the rollback journal
// while it runs, WAL again after; WAL throughout when another connection has the file open.
#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>
#include <string>

#include "jobsight/database.hpp"
#include "jobsight/import.hpp"
#include "storage/bulk_journal.hpp"
#include "storage/sqlite_connection.hpp"
#include "support/report_fixture.hpp"

namespace {

std::string journal_mode(jobsight::Database& db) {
  return jobsight::sqlite_of(db).execAndGet("PRAGMA journal_mode").getString();
}

}  // namespace

TEST_CASE("a large import writes through the rollback journal and returns to WAL",
          "[bulk_journal]") {
  jobsight::test::TempDir dir;
  jobsight::Database db = jobsight::Database::open_for_writing(dir.file("bulk.db"));
  REQUIRE(journal_mode(db) == "wal");
  {
    jobsight::BulkJournal small(db, false);
    CHECK_FALSE(small.active());
    CHECK(journal_mode(db) == "wal");
  }
  {
    jobsight::BulkJournal large(db, true);
    CHECK(large.active());
    CHECK(journal_mode(db) == "delete");
    CHECK(jobsight::sqlite_of(db).execAndGet("PRAGMA synchronous").getInt() == 2);  // FULL
  }
  CHECK(journal_mode(db) == "wal");
  CHECK(jobsight::sqlite_of(db).execAndGet("PRAGMA synchronous").getInt() == 1);  // NORMAL
}

TEST_CASE("with a reader holding the database open, a large import stays in WAL and succeeds",
          "[bulk_journal]") {
  jobsight::test::TempDir dir;
  std::string path = dir.file("shared.db");
  jobsight::Database db = jobsight::Database::open_for_writing(path);
  SQLite::Database reader(path, SQLite::OPEN_READONLY);
  CHECK(reader.execAndGet("SELECT count(*) FROM postings").getInt() == 0);
  {
    jobsight::BulkJournal large(db, true);
    CHECK_FALSE(large.active());
    CHECK(journal_mode(db) == "wal");
  }
  jobsight::ImportSummary summary = jobsight::import_postings(
      db, dir.write("hand.csv", jobsight::test::kHandMade), jobsight::ImportOptions{});
  CHECK(summary.rows_imported > 0);
  CHECK(reader.execAndGet("SELECT count(*) FROM postings").getInt() ==
        static_cast<int>(summary.rows_imported));
}
