#pragma once
// The SQLite connection behind a jobsight::Database (storage layer only: no other layer includes
// this header, so SQLite types stay inside src/storage/).

#include <SQLiteCpp/Database.h>

#include <memory>

#include "jobsight/database.hpp"

namespace jobsight {

struct DatabaseConnection {
  std::unique_ptr<SQLite::Database> sqlite;
};

// The SQLite connection of `db`.
inline SQLite::Database& sqlite_of(Database& db) {
  return *db.connection().sqlite;
}

}  // namespace jobsight
