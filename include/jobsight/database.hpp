#pragma once
// Opening, validating and migrating a jobsight SQLite database (storage layer).

#include <SQLiteCpp/Database.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace jobsight {

// PRAGMA application_id of every jobsight database ("JBST").
inline constexpr int kApplicationId = 0x4A425354;

// How long opening or writing waits for another connection's lock before failing, by default.
inline constexpr int kDefaultBusyTimeoutMs = 5000;

// The schema version this binary migrates to: the number of embedded migrations.
int current_schema_version();

// A message for an SQLite error met while using the database at `path` that is about the file
// or the machine rather than the statement, saying what went wrong in words a user can act on,
// starting with `path`: a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB) "PATH: the database file
// is damaged (...); restore it from a backup, or ...", a full disk or file-size limit
// (SQLITE_FULL and write errors) "PATH: disk full or file too large (...)", other I/O errors, a
// read-only file or directory (SQLITE_READONLY, SQLITE_CANTOPEN: which one, when it can tell), a
// busy database, running out of memory. nullopt for other errors (a constraint, an SQL error),
// whose SQLite text the caller shows. `extended_code` is SQLite's (extended) result code, `what`
// its message.
std::optional<std::string> describe_database_failure(const std::string& path, int extended_code,
                                                     std::string_view what);

// The same for an exception thrown by SQLiteCpp.
std::optional<std::string> describe_database_failure(const std::string& path,
                                                     const SQLite::Exception& e);

// An open jobsight database at the current schema version.
class Database {
 public:
  // Opens `path` for reading and writing, creating it when it does not exist, and applies any
  // pending migrations (each in its own transaction) and refreshes the report views.
  // Throws jobsight::Error, leaving the file untouched, when the path is a directory, the file
  // is not SQLite, is another application's database, or comes from a newer jobsight.
  // A write waits up to `busy_timeout_ms` for another writer (another import) to finish, then
  // fails with SQLITE_BUSY.
  static Database open_for_writing(const std::string& path,
                                   int busy_timeout_ms = kDefaultBusyTimeoutMs);

  // Opens an existing database read-only: no statement run on it can change the file. A database
  // of an older schema version is first upgraded (migrated) in place. Throws jobsight::Error when
  // it does not exist, is not a jobsight database, or comes from a newer jobsight.
  // A database in a directory jobsight cannot write (a read-only mount), where SQLite cannot
  // create the shared-memory file a WAL database needs, is read as an immutable snapshot when no
  // -wal file beside it shows a writer at work (SQLite's immutable=1: no locks, so a writer
  // reaching the file by another path while a report runs may make the report fail).
  static Database open_read_only(const std::string& path,
                                 int busy_timeout_ms = kDefaultBusyTimeoutMs);

  // Opens a private in-memory database with the current schema (tests, scratch work).
  static Database open_in_memory();

  SQLite::Database& sql() { return *db_; }
  const std::string& path() const { return path_; }
  int schema_version() const;

 private:
  Database(std::unique_ptr<SQLite::Database> db, std::string path);
  void migrate();

  std::unique_ptr<SQLite::Database> db_;
  std::string path_;
};

}  // namespace jobsight
