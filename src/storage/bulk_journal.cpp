#include "storage/bulk_journal.hpp"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <string>

#include "storage/database_failure.hpp"
#include "storage/sqlite_connection.hpp"

namespace jobsight {
namespace {

// The journal mode `db` is in now, e.g. "wal" or "delete".
std::string journal_mode(SQLite::Database& db) {
  return db.execAndGet("PRAGMA journal_mode").getString();
}

}  // namespace

BulkJournal::BulkJournal(Database& db, bool bulk) : db_(db) {
  if (!bulk) return;
  with_database_errors(db_, [&] {
    SQLite::Database& sql = sqlite_of(db_);
    if (journal_mode(sql) != "wal") return;  // a database this connection does not write WAL to
    try {
      sql.exec("PRAGMA journal_mode = DELETE");
    } catch (const SQLite::Exception& e) {
      const int code = sqlite_result_code(e) & 0xFF;
      if (code != SQLITE_BUSY && code != SQLITE_LOCKED) throw;
      return;  // another connection has it open: stay in WAL
    }
    if (journal_mode(sql) != "delete") return;
    active_ = true;
    sql.exec("PRAGMA synchronous = FULL");
  });
}

BulkJournal::~BulkJournal() {
  if (!active_) return;
  try {
    SQLite::Database& sql = sqlite_of(db_);
    sql.exec("PRAGMA journal_mode = WAL");
    sql.exec("PRAGMA synchronous = NORMAL");
  } catch (...) {  // NOLINT(bugprone-empty-catch): the next writer sets WAL again
  }
}

}  // namespace jobsight
