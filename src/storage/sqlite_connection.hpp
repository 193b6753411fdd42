#pragma once
// The SQLite connection behind a jobsight::Database (storage layer only: no other layer includes
// this header, so SQLite types stay inside src/storage/).

#include <SQLiteCpp/Database.h>

#include <memory>
#include <optional>

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

// A second, read-only connection to the file `db` has open, for a thread of its own: opened as
// it is, by the file's absolute name, without the checks, upgrades or journal recovery of
// Database::open_read_only (the file is open and current already), with the same busy timeout.
// In WAL mode it reads the last commit; so does it in rollback-journal mode while `db` holds a
// write transaction that has written nothing yet. nullopt for a database in memory or a
// temporary one, or when SQLite cannot open it.
std::optional<Database> open_reader_beside(Database& db);

}  // namespace jobsight
