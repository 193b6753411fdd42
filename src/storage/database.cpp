#include "jobsight/database.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "storage/embedded_sql.hpp"
#include "jobsight/error.hpp"
#include "storage/report_sql.hpp"

namespace jobsight {
namespace {

namespace fs = std::filesystem;

// Refuses, before SQLite touches it, a path that is a directory or a non-empty file that does
// not start with the SQLite header.
void check_file_looks_like_sqlite(const std::string& path) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return;
  if (fs::is_directory(status)) throw Error(path + ": is a directory, not a database file");
  if (fs::file_size(path, ec) == 0 || ec) return;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot read the database file (permission denied?)");
  std::array<char, 16> header{};
  in.read(header.data(), header.size());
  if (in.gcount() != 16 ||
      std::string_view(header.data(), 16) != std::string_view("SQLite format 3\0", 16)) {
    throw Error(path + ": not a jobsight database (not an SQLite file); nothing was changed");
  }
}

int pragma_int(SQLite::Database& db, const char* pragma) {
  return db.execAndGet(std::string("PRAGMA ") + pragma).getInt();
}

bool has_user_objects(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
             .getInt() > 0;
}

// Checks application_id and user_version; returns the schema version found (0 for a new file).
int check_identity(SQLite::Database& db, const std::string& path) {
  int application_id = pragma_int(db, "application_id");
  int version = pragma_int(db, "user_version");
  if (application_id == 0 && version == 0 && !has_user_objects(db)) return 0;
  if (application_id != kApplicationId) {
    throw Error(path + ": not a jobsight database (an SQLite file from another application); " +
                "nothing was changed");
  }
  if (version > current_schema_version()) {
    throw Error(path + ": created by a newer jobsight (schema version " + std::to_string(version) +
                ", this jobsight knows up to " + std::to_string(current_schema_version()) +
                "); upgrade jobsight to open it");
  }
  return version;
}

int result_code(const SQLite::Exception& e) {
  return e.getExtendedErrorCode() >= 0 ? e.getExtendedErrorCode() : e.getErrorCode();
}

std::string parent_directory(const std::string& path) {
  fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

// Why SQLite could not open (or create) `path`, when the file system can tell.
std::string cannot_open_message(const std::string& path, std::string_view what) {
  const std::string dir = parent_directory(path);
  const std::string choose = "; choose a --db in a writable directory";
  std::error_code ec;
  fs::file_status dir_status = fs::status(dir, ec);
  if (!fs::exists(dir_status)) {
    return path + ": cannot create the database: the directory " + dir +
           " does not exist; create it first (mkdir -p " + dir + ") or choose another --db";
  }
  if (!fs::is_directory(dir_status)) {
    return path + ": cannot create the database: " + dir + " is not a directory" + choose;
  }
  if (access(dir.c_str(), W_OK) != 0) {
    const std::string reason = std::strerror(errno);
    const char* verb = fs::exists(path, ec) ? "write" : "create";
    return path + ": cannot " + verb + " the database: its directory " + dir +
           " is not writable (" + reason +
           "); jobsight writes the database and its -wal and -shm files there" + choose;
  }
  if (fs::exists(path, ec) && access(path.c_str(), W_OK) != 0) {
    const std::string reason = std::strerror(errno);
    return path + ": cannot write the database: the file is read-only (" + reason + ")" + choose;
  }
  return path + ": cannot open or create the database file (" + std::string(what) + ")" + choose;
}

// A read-only connection that takes the file as immutable (see open_read_only).
std::unique_ptr<SQLite::Database> open_immutable(const std::string& path, int busy_timeout_ms) {
  std::string uri = "file:";
  for (char c : fs::absolute(path).string()) {
    if (c == '%' || c == '?' || c == '#') {
      static constexpr char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[static_cast<unsigned char>(c) >> 4];
      uri += kHex[static_cast<unsigned char>(c) & 0xF];
    } else {
      uri += c;
    }
  }
  uri += "?immutable=1";
  return std::make_unique<SQLite::Database>(uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI,
                                            busy_timeout_ms);
}

}  // namespace

std::optional<std::string> describe_database_failure(const std::string& path, int extended_code,
                                                     std::string_view what) {
  const std::string detail = " (" + std::string(what) + ")";
  switch (extended_code & 0xFF) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return path + ": the database file is damaged" + detail +
             "; restore it from a backup, or save what is still readable with: sqlite3 " + path +
             " .recover | sqlite3 recovered.db";
    case SQLITE_FULL:
      return path + ": disk full or file too large" + detail +
             ": the database could not be written; free some disk space (or raise the file-size "
             "limit, ulimit -f) and try again";
    case SQLITE_IOERR:
      if (extended_code == SQLITE_IOERR_WRITE || extended_code == SQLITE_IOERR_FSYNC ||
          extended_code == SQLITE_IOERR_TRUNCATE || extended_code == SQLITE_IOERR_SHMSIZE) {
        return path + ": disk full or file too large, or the disk failed" + detail +
               ": the database could not be written; free some disk space (or raise the "
               "file-size limit, ulimit -f) and try again";
      }
      return path + ": disk I/O error" + detail +
             ": the disk or file system may be failing; check it and try again";
    case SQLITE_READONLY:
      return path + ": the database is read-only" + detail +
             ": jobsight cannot write the file or its directory; choose a --db in a writable "
             "directory";
    case SQLITE_CANTOPEN:
      return cannot_open_message(path, what);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return path + ": database is busy (another import is writing); try again later";
    case SQLITE_NOMEM:
      return path + ": out of memory" + detail;
    default:
      return std::nullopt;
  }
}

std::optional<std::string> describe_database_failure(const std::string& path,
                                                     const SQLite::Exception& e) {
  return describe_database_failure(path, result_code(e), e.what());
}

int current_schema_version() {
  return static_cast<int>(embedded_migrations().size());
}

Database::Database(std::unique_ptr<SQLite::Database> db, std::string path)
    : db_(std::move(db)), path_(std::move(path)) {}

int Database::schema_version() const {
  return pragma_int(*db_, "user_version");
}

Database Database::open_for_writing(const std::string& path, int busy_timeout_ms) {
  check_file_looks_like_sqlite(path);
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                            busy_timeout_ms);
    check_identity(*db, path);
  } catch (const SQLite::Exception& e) {
    throw Error(
        describe_database_failure(path, e).value_or(path + ": cannot open database: " + e.what()));
  }
  Database database(std::move(db), path);
  try {
    database.sql().exec("PRAGMA foreign_keys = ON");
    database.sql().exec("PRAGMA journal_mode = WAL");
    database.sql().exec("PRAGMA synchronous = NORMAL");
    // A large page cache keeps an import's index pages in memory instead of spilling them.
    database.sql().exec("PRAGMA cache_size = -262144");
    database.migrate();
  } catch (const SQLite::Exception& e) {
    throw Error(describe_database_failure(path, e).value_or(path + ": " + e.what()));
  }
  return database;
}

Database Database::open_read_only(const std::string& path, int busy_timeout_ms) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    throw Error(path + ": no such database; create it with 'jobsight import postings FILE'");
  }
  check_file_looks_like_sqlite(path);
  std::unique_ptr<SQLite::Database> db;
  int version = 0;
  try {
    try {
      db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY, busy_timeout_ms);
      version = check_identity(*db, path);
    } catch (const SQLite::Exception& e) {
      // A WAL database in a directory nobody may write: SQLite cannot create its -shm file.
      // With no -wal file there is no writer, so the file can be read as it is.
      if ((result_code(e) & 0xFF) != SQLITE_CANTOPEN || fs::exists(path + "-wal", ec)) throw;
      db = open_immutable(path, busy_timeout_ms);
      version = check_identity(*db, path);
    }
  } catch (const SQLite::Exception& e) {
    throw Error(
        describe_database_failure(path, e).value_or(path + ": cannot open database: " + e.what()));
  }
  if (version < current_schema_version()) {
    // An older jobsight's database: upgrade it once (migrations only add), then read it.
    db.reset();
    { Database upgraded = open_for_writing(path, busy_timeout_ms); }
    return open_read_only(path, busy_timeout_ms);
  }
  return Database(std::move(db), path);
}

Database Database::open_in_memory() {
  auto db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
  Database database(std::move(db), ":memory:");
  database.sql().exec("PRAGMA foreign_keys = ON");
  database.migrate();
  return database;
}

void Database::migrate() {
  auto migrations = embedded_migrations();
  int version = schema_version();
  for (int next = version; next < static_cast<int>(migrations.size()); ++next) {
    SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    db_->exec(std::string(migrations[next].text));
    db_->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db_->exec("PRAGMA user_version = " + std::to_string(next + 1));
    transaction.commit();
  }
  // Report views follow the binary's report SQL: recreate any that differ.
  SQLite::Statement current(*db_, "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?");
  for (const std::string& name : embedded_report_names()) {
    std::string wanted = report_view_sql(name);
    current.bind(1, report_view_name(name));
    bool same = current.executeStep() && current.getColumn(0).getString() == wanted;
    current.reset();
    if (same) continue;
    SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    db_->exec("DROP VIEW IF EXISTS " + report_view_name(name));
    db_->exec(wanted);
    transaction.commit();
  }
}

}  // namespace jobsight
