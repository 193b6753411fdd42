#pragma once
// The SQLite connection behind a jobsight::Database (storage layer only: no other layer includes
// this header, so SQLite types stay inside src/storage/).

#include <SQLiteCpp/Database.h>

#include <memory>

#include "jobsight/database.hpp"

namespace jobsight {

struct DatabaseConnection {
  std::unique_ptr<SQLite::Database> sqlite;
  // True for a connection opened for writing: it writes in WAL mode and, when it closes, leaves
  // the file in rollback-journal mode (see Database::open_for_writing).
  bool writes = false;
  // How long the connection waits for another connection's lock.
  int busy_timeout_ms = 0;
};

// The SQLite connection of `db`.
inline SQLite::Database& sqlite_of(Database& db) {
  return *db.connection().sqlite;
}

}  // namespace jobsight
