#include "storage/write_transaction.hpp"

#include "storage/database_failure.hpp"
#include "storage/sqlite_connection.hpp"

namespace jobsight {

WriteTransaction::WriteTransaction(Database& db) : db_(db) {
  with_database_errors(db_, [&] { sqlite_of(db_).exec("BEGIN IMMEDIATE"); });
  open_ = true;
}

WriteTransaction::~WriteTransaction() {
  if (!open_) return;
  try {
    sqlite_of(db_).exec("ROLLBACK");
  } catch (...) {  // NOLINT(bugprone-empty-catch): SQLite rolled back already, or cannot
  }
}

void WriteTransaction::commit() {
  with_database_errors(db_, [&] { sqlite_of(db_).exec("COMMIT"); });
  open_ = false;
}

}  // namespace jobsight
