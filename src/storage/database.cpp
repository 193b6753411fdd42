#include "jobsight/database.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <fmt/format.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>
#include <vector>

#include "jobsight/error.hpp"
#include "storage/database_failure.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/report_sql.hpp"
#include "storage/sqlite_connection.hpp"

namespace jobsight {
namespace {

namespace fs = std::filesystem;

// Every connection is used by one thread at a time (an import's reading thread never touches
// SQLite; the kept pay statistics' second thread reads through a connection of its own), so none
// needs SQLite's per-connection mutex.
const int kOneThreadAtATime = SQLite::OPEN_NOMUTEX;

// Once per process, before the first connection opens: SQLite's memory statistics take a global
// mutex on every allocation, and jobsight never reads them. With both mutexes gone an import's
// writer spends about 6% less time (issue 10; BENCHMARKS.md). Too late once SQLite is initialised
// (sqlite3_config then refuses, harmlessly).
void configure_sqlite() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}

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

// A read-only connection that takes the file as immutable (see open_read_only).
std::unique_ptr<SQLite::Database> open_immutable(const std::string& path, int busy_timeout_ms) {
  std::string uri = "file:";
  for (char c : fs::absolute(path).string()) {
    if (c == '%' || c == '?' || c == '#') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  uri += "?immutable=1";
  return std::make_unique<SQLite::Database>(
      uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI | kOneThreadAtATime, busy_timeout_ms);
}

// Leaves the file in rollback-journal mode (PRAGMA journal_mode = DELETE): SQLite checkpoints the
// WAL into the file and deletes the -wal and -shm files, so that a copy opens anywhere, on a
// read-only share too. Leaving WAL needs every other connection closed (a WAL reader keeps a
// shared lock while it is open), so this waits up to the busy timeout for readers to finish; a
// reader that stays open longer (datasette, a GUI) leaves the file in WAL mode until the next
// writing command closes. Never throws: the data is committed either way.
void leave_wal_mode(DatabaseConnection& connection) noexcept {
  using Clock = std::chrono::steady_clock;
  auto deadline = Clock::now() + std::chrono::milliseconds(connection.busy_timeout_ms);
  for (;;) {
    try {
      connection.sqlite->exec("PRAGMA journal_mode = DELETE");
      return;
    } catch (const SQLite::Exception& e) {
      int code = sqlite_result_code(e) & 0xFF;
      if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || Clock::now() >= deadline) return;
    } catch (...) {
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace

bool database_exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

void remove_database(const std::string& path) noexcept {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::error_code ec;
    fs::remove(path + suffix, ec);
  }
}

int current_schema_version() {
  return static_cast<int>(embedded_migrations().size());
}

std::optional<int> stored_schema_version(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  try {
    SQLite::Database db(path, SQLite::OPEN_READONLY | kOneThreadAtATime);
    return db.execAndGet("PRAGMA user_version").getInt();
  } catch (...) {
    return std::nullopt;
  }
}

Database::Database(std::unique_ptr<DatabaseConnection> connection, std::string path)
    : connection_(std::move(connection)), path_(std::move(path)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&& other) noexcept {
  if (this == &other) return *this;
  if (connection_ && connection_->writes) leave_wal_mode(*connection_);
  connection_ = std::move(other.connection_);
  path_ = std::move(other.path_);
  return *this;
}
Database::~Database() {
  if (connection_ && connection_->writes) leave_wal_mode(*connection_);
}

int Database::schema_version() const {
  return with_database_errors(const_cast<Database&>(*this),
                              [&] { return pragma_int(*connection_->sqlite, "user_version"); });
}

Database Database::open_for_writing(const std::string& path, int busy_timeout_ms) {
  check_file_looks_like_sqlite(path);
  configure_sqlite();
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(
        path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | kOneThreadAtATime, busy_timeout_ms);
    check_identity(*db, path);
  } catch (const SQLite::Exception& e) {
    throw Error(
        describe_database_failure(path, e).value_or(path + ": cannot open database: " + e.what()));
  }
  Database database(std::make_unique<DatabaseConnection>(
                        DatabaseConnection{std::move(db), true, busy_timeout_ms}),
                    path);
  try {
    sqlite_of(database).exec("PRAGMA foreign_keys = ON");
    // WAL while writing, so readers keep reading the last commit during an import; the
    // destructor returns the file to rollback-journal mode (leave_wal_mode).
    sqlite_of(database).exec("PRAGMA journal_mode = WAL");
    sqlite_of(database).exec("PRAGMA synchronous = NORMAL");
    // The writer's page cache: 32 MiB keeps an import of a million postings under 100 MB of
    // memory (88 MB, against 423 MB with 256 MiB) for 15% more time (BENCHMARKS.md).
    sqlite_of(database).exec("PRAGMA cache_size = -32768");
    database.migrate();
  } catch (const SQLite::Exception& e) {
    throw Error(describe_database_failure(path, e).value_or(path + ": " + e.what()));
  }
  return database;
}

namespace {

// A first large import writes through the rollback journal (bulk_journal.hpp); killed, it leaves
// a hot journal that only a connection that may write can roll back (a read-only one fails with
// SQLITE_READONLY_ROLLBACK, and one opened immutable would read the half-written file). A
// writing connection rolls it back when it first reads. Throws jobsight::Error when it cannot.
void roll_back_hot_journal(const std::string& path, int busy_timeout_ms) {
  try {
    SQLite::Database writer(path, SQLite::OPEN_READWRITE | kOneThreadAtATime, busy_timeout_ms);
    writer.execAndGet("PRAGMA user_version");
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": an import that was stopped left " + path +
                "-journal, which only a program that may write the database can roll back (" +
                e.what() + "); open it once where it can be written, e.g. with 'jobsight import'");
  }
}

}  // namespace

Database Database::open_read_only(const std::string& path, int busy_timeout_ms) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    throw Error(path + ": no such database; create it with 'jobsight import postings FILE'");
  }
  check_file_looks_like_sqlite(path);
  configure_sqlite();
  std::unique_ptr<SQLite::Database> db;
  int version = 0;
  try {
    auto open = [&] {
      db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY | kOneThreadAtATime,
                                              busy_timeout_ms);
      version = check_identity(*db, path);
    };
    try {
      try {
        open();
      } catch (const SQLite::Exception& e) {
        if (sqlite_result_code(e) != SQLITE_READONLY_ROLLBACK) throw;
        db.reset();
        roll_back_hot_journal(path, busy_timeout_ms);
        open();
      }
    } catch (const SQLite::Exception& e) {
      // A WAL database in a directory nobody may write: SQLite cannot create its -shm file
      // (SQLITE_CANTOPEN on a read-only mount, SQLITE_READONLY_CANTINIT where permissions
      // forbid it). With no -wal file there is no writer, so the file can be read as it is; with
      // a -journal file beside it, a stopped import's pages may be in it, so it cannot.
      int code = sqlite_result_code(e) & 0xFF;
      if ((code != SQLITE_CANTOPEN && code != SQLITE_READONLY) || fs::exists(path + "-wal", ec) ||
          fs::exists(path + "-journal", ec)) {
        throw;
      }
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
  return Database(std::make_unique<DatabaseConnection>(DatabaseConnection{std::move(db)}), path);
}

Database Database::open_in_memory() {
  configure_sqlite();
  auto db =
      std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE | kOneThreadAtATime);
  Database database(std::make_unique<DatabaseConnection>(DatabaseConnection{std::move(db)}),
                    ":memory:");
  sqlite_of(database).exec("PRAGMA foreign_keys = ON");
  database.migrate();
  return database;
}

std::optional<Database> open_reader_beside(Database& db) {
  const char* file = sqlite3_db_filename(sqlite_of(db).getHandle(), "main");
  if (file == nullptr || *file == '\0') return std::nullopt;  // in memory, or temporary
  const int busy_timeout_ms = db.connection().busy_timeout_ms;
  try {
    auto reader = std::make_unique<SQLite::Database>(
        file, SQLite::OPEN_READONLY | kOneThreadAtATime, busy_timeout_ms);
    return Database(std::make_unique<DatabaseConnection>(
                        DatabaseConnection{std::move(reader), false, busy_timeout_ms}),
                    file);
  } catch (const SQLite::Exception&) {
    return std::nullopt;
  }
}

namespace {

// After a migration that builds tables again (DROP TABLE t ... RENAME TO t), checks the foreign
// keys of each such table and of the tables that refer to it: only those can have changed, and a
// full foreign_key_check would read every skill link of a large database. Throws Error naming
// the migration and table.
void check_rebuilt_foreign_keys(SQLite::Database& sql, std::string_view migration,
                                const std::string& path, int number) {
  static const std::regex kDropTable(R"(DROP TABLE (\w+))");
  std::string text(migration);
  std::vector<std::string> tables;
  for (std::sregex_iterator it(text.begin(), text.end(), kDropTable), end; it != end; ++it) {
    const std::string dropped = (*it)[1];
    tables.push_back(dropped);
    SQLite::Statement children(sql,
                               "SELECT DISTINCT m.name FROM sqlite_schema AS m, "
                               "pragma_foreign_key_list(m.name) AS f "
                               "WHERE m.type = 'table' AND f.\"table\" = ?");
    children.bind(1, dropped);
    while (children.executeStep()) tables.push_back(children.getColumn(0).getString());
  }
  SQLite::Statement exists(sql, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
  for (const std::string& table : tables) {
    exists.bind(1, table);
    const bool there = exists.executeStep();
    exists.reset();
    if (!there) continue;
    SQLite::Statement violations(sql, "SELECT \"table\" FROM pragma_foreign_key_check(?)");
    violations.bind(1, table);
    if (violations.executeStep()) {
      throw Error(path + ": migration " + std::to_string(number) +
                  " would break a foreign key in table " + violations.getColumn(0).getString());
    }
  }
}

}  // namespace

void Database::migrate() {
  auto migrations = embedded_migrations();
  int version = schema_version();
  SQLite::Database& sql = *connection_->sqlite;
  if (version < static_cast<int>(migrations.size())) {
    // As SQLite's ALTER TABLE page advises for changes that build a table again: foreign keys
    // off (a pragma that does nothing inside a transaction), and those of the rebuilt tables
    // checked before each commit. The report views go first (they are made again below).
    sql.exec("PRAGMA foreign_keys = OFF");
    // RENAME TO of a rebuilt table then leaves views and triggers as they are, instead of
    // checking each against a schema that is mid-change (one of the user's own views on
    // postings would otherwise stop the upgrade).
    sql.exec("PRAGMA legacy_alter_table = ON");
    std::vector<std::string> views;
    {
      SQLite::Statement found(sql,
                              "SELECT name FROM sqlite_schema WHERE type = 'view' "
                              "AND name LIKE 'report\\_%' ESCAPE '\\'");
      while (found.executeStep()) views.push_back(found.getColumn(0).getString());
    }
    for (int next = version; next < static_cast<int>(migrations.size()); ++next) {
      SQLite::Transaction transaction(sql, SQLite::TransactionBehavior::IMMEDIATE);
      for (const std::string& view : views) sql.exec("DROP VIEW IF EXISTS \"" + view + "\"");
      views.clear();
      sql.exec(std::string(migrations[next].text));
      check_rebuilt_foreign_keys(sql, migrations[next].text, path_, next + 1);
      sql.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      sql.exec("PRAGMA user_version = " + std::to_string(next + 1));
      transaction.commit();
    }
    sql.exec("PRAGMA legacy_alter_table = OFF");
    sql.exec("PRAGMA foreign_keys = ON");
    // A migration may change data the kept pay statistics were computed from.
    sql.exec("UPDATE kept_pay_stats_state SET current = 0");
  }
  // The kept pay statistics follow the data and the binary's rule (a new database, an upgrade,
  // or an import stopped before it computed them). When they cannot be computed now (another
  // command writes, or anything else fails) they stay stale, which is never wrong: the reports
  // compute their own until a later writing command computes them.
  try {
    update_kept_pay_statistics(*this);
  } catch (const std::exception&) {
  }
  // Report views follow the binary's report SQL: recreate any that differ.
  SQLite::Statement current(*connection_->sqlite,
                            "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?");
  for (const std::string& name : embedded_report_names()) {
    std::string wanted = report_view_sql(name);
    current.bind(1, report_view_name(name));
    bool same = current.executeStep() && current.getColumn(0).getString() == wanted;
    current.reset();
    if (same) continue;
    SQLite::Transaction transaction(*connection_->sqlite, SQLite::TransactionBehavior::IMMEDIATE);
    connection_->sqlite->exec("DROP VIEW IF EXISTS " + report_view_name(name));
    connection_->sqlite->exec(wanted);
    transaction.commit();
  }
}

}  // namespace jobsight
