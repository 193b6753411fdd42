#pragma once
// Opening, validating and migrating a jobsight database (public API; src/storage/ implements it
// on SQLite, whose types do not appear here).

#include <memory>
#include <optional>
#include <string>

namespace jobsight {

// PRAGMA application_id of every jobsight database ("JBST").
inline constexpr int kApplicationId = 0x4A425354;

// How long opening or writing waits for another connection's lock before failing, by default.
inline constexpr int kDefaultBusyTimeoutMs = 5000;

// The schema version this binary migrates to: the number of embedded migrations.
int current_schema_version();

// True when a database file exists at `path`.
bool database_exists(const std::string& path);

// The schema version stored in the database at `path` (0 for an empty file), read without
// changing or creating anything; nullopt when it cannot be read (no such file, not SQLite,
// locked). A cheap look before opening, e.g. to say that an upgrade is coming. Never throws.
std::optional<int> stored_schema_version(const std::string& path);

// Deletes the database file at `path` and the files the engine keeps beside it (-wal, -shm,
// -journal); for a command that created a database and then stored nothing in it. Missing files
// are fine; never throws.
void remove_database(const std::string& path) noexcept;

// The storage layer's connection to the database file; opaque outside src/storage/.
struct DatabaseConnection;

// An open jobsight database at the current schema version.
class Database {
 public:
  // Opens `path` for reading and writing, creating it when it does not exist, and applies any
  // pending migrations (each in its own transaction) and refreshes the report views.
  // Throws jobsight::Error, leaving the file untouched, when the path is a directory, the file
  // is not SQLite, is another application's database, or comes from a newer jobsight.
  // A write waits up to `busy_timeout_ms` for another writer (another import) to finish, then
  // fails with SQLITE_BUSY.
  // The database is in WAL mode while open, so readers keep reading the last commit during a
  // write; closing it (the destructor) returns the file to rollback-journal mode with no -wal or
  // -shm file beside it, so a copy opens anywhere, read-only shares included. That waits up to
  // `busy_timeout_ms` for other connections to close; one that stays open longer (a datasette
  // server) leaves the file in WAL mode until the next writing command closes.
  static Database open_for_writing(const std::string& path,
                                   int busy_timeout_ms = kDefaultBusyTimeoutMs);

  // Opens an existing database read-only: no statement run on it can change the file. A database
  // of an older schema version is first upgraded (migrated) in place. Throws jobsight::Error when
  // it does not exist, is not a jobsight database, or comes from a newer jobsight.
  // A WAL-mode database (from an older jobsight, or one a reader kept open at the end of a write)
  // in a directory jobsight cannot write (a read-only mount), where SQLite cannot create the
  // shared-memory file WAL needs, is read as an immutable snapshot when no -wal file beside it
  // shows a writer at work (SQLite's immutable=1: no locks, so a writer
  // reaching the file by another path while a report runs may make the report fail).
  static Database open_read_only(const std::string& path,
                                 int busy_timeout_ms = kDefaultBusyTimeoutMs);

  // Opens a private in-memory database with the current schema (tests, scratch work).
  static Database open_in_memory();

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  // The path the database was opened with (":memory:" for open_in_memory).
  const std::string& path() const { return path_; }
  // The file's schema version (PRAGMA user_version).
  int schema_version() const;
  // The storage layer's handle on the open database.
  DatabaseConnection& connection() { return *connection_; }

 private:
  Database(std::unique_ptr<DatabaseConnection> connection, std::string path);
  void migrate();
  // The storage layer's second, read-only connection to the same file (sqlite_connection.hpp).
  friend std::optional<Database> open_reader_beside(Database& db);

  std::unique_ptr<DatabaseConnection> connection_;
  std::string path_;
};

// Computes the pay reports' statistics kept for their default filters (kept_pay_stats) again,
// in a write transaction of its own, when they are stale (an import or delete has changed the
// data since) or were computed by another jobsight; does nothing when they are current. The
// import and `imports delete` commands call it when they are done, and opening a database for
// writing does. While they are stale, reports compute their statistics instead, so a command
// stopped before this leaves nothing wrong. Throws jobsight::Error.
void update_kept_pay_statistics(Database& db);

}  // namespace jobsight
