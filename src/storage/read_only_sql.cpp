// run_sql_read_only: one statement typed by the user, run so that it cannot change anything.
// The locks are independent of each other: the connection is read-only (the caller's
// Database::open_read_only); PRAGMA query_only refuses writes; an authorizer refuses, while the
// statement is prepared, everything that is not a plain read, with a message that names what
// was refused; and sqlite3_stmt_readonly() catches what no authorizer check covers (VACUUM).

#include "storage/read_only_sql.hpp"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>

#include "jobsight/error.hpp"
#include "storage/database_failure.hpp"
#include "storage/sqlite_connection.hpp"
#include "util/text.hpp"

namespace jobsight {
namespace {

constexpr std::string_view kRefused = "jobsight sql is read-only: ";

// PRAGMAs that only report, with or without an argument (their argument names what to report).
constexpr std::array<std::string_view, 13> kReportingPragmas = {
    "table_info",    "table_xinfo",      "table_list",        "index_list",     "index_info",
    "index_xinfo",   "foreign_key_list", "foreign_key_check", "collation_list", "database_list",
    "function_list", "pragma_list",      "compile_options"};

// PRAGMAs that read a setting without an argument and would change it with one.
constexpr std::array<std::string_view, 6> kSettingPragmas = {
    "user_version", "application_id", "page_count", "page_size", "encoding", "journal_mode"};

bool contains(auto& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

std::string pragma_hint() {
  return "the PRAGMAs allowed are " + join(kReportingPragmas) + ", and without a value " +
         join(kSettingPragmas);
}

// What the authorizer refused first, for the error message.
struct Guard {
  std::string refused;  // "ATTACH"
  std::string hint;     // "" or what is allowed instead
};

// The name of what `action` would do, and a hint when there is a read-only way to get it.
std::string refused_action(int action, const char* a1, const char* a2, std::string& hint) {
  auto text = [](const char* s) { return s != nullptr ? std::string(s) : std::string(); };
  switch (action) {
    case SQLITE_INSERT:
      return "INSERT";
    case SQLITE_UPDATE:
      return "UPDATE";
    case SQLITE_DELETE:
      return "DELETE";
    case SQLITE_CREATE_INDEX:
      return "CREATE INDEX";
    case SQLITE_CREATE_TEMP_INDEX:
      return "CREATE TEMP INDEX";
    case SQLITE_CREATE_TABLE:
      return "CREATE TABLE";
    case SQLITE_CREATE_TEMP_TABLE:
      return "CREATE TEMP TABLE";
    case SQLITE_CREATE_TRIGGER:
      return "CREATE TRIGGER";
    case SQLITE_CREATE_TEMP_TRIGGER:
      return "CREATE TEMP TRIGGER";
    case SQLITE_CREATE_VIEW:
      return "CREATE VIEW";
    case SQLITE_CREATE_TEMP_VIEW:
      return "CREATE TEMP VIEW";
    case SQLITE_CREATE_VTABLE:
      return "CREATE VIRTUAL TABLE";
    case SQLITE_DROP_INDEX:
      return "DROP INDEX";
    case SQLITE_DROP_TEMP_INDEX:
      return "DROP TEMP INDEX";
    case SQLITE_DROP_TABLE:
      return "DROP TABLE";
    case SQLITE_DROP_TEMP_TABLE:
      return "DROP TEMP TABLE";
    case SQLITE_DROP_TRIGGER:
      return "DROP TRIGGER";
    case SQLITE_DROP_TEMP_TRIGGER:
      return "DROP TEMP TRIGGER";
    case SQLITE_DROP_VIEW:
      return "DROP VIEW";
    case SQLITE_DROP_TEMP_VIEW:
      return "DROP TEMP VIEW";
    case SQLITE_DROP_VTABLE:
      return "DROP VIRTUAL TABLE";
    case SQLITE_ALTER_TABLE:
      return "ALTER TABLE";
    case SQLITE_REINDEX:
      return "REINDEX";
    case SQLITE_ANALYZE:
      return "ANALYZE";
    case SQLITE_ATTACH:
      return "ATTACH";
    case SQLITE_DETACH:
      return "DETACH";
    case SQLITE_TRANSACTION:
      return text(a1);  // BEGIN, COMMIT or ROLLBACK
    case SQLITE_SAVEPOINT:
      return text(a1) == "BEGIN" ? "SAVEPOINT" : text(a1) + " (a savepoint)";
    case SQLITE_PRAGMA:
      hint = pragma_hint();
      if (a2 != nullptr && contains(kSettingPragmas, to_lower(text(a1)))) {
        return "setting PRAGMA " + text(a1);
      }
      return "PRAGMA " + text(a1);
    case SQLITE_FUNCTION:
      return text(a2) + "()";
    default:
      return "this statement";
  }
}

bool is_schema_table(const char* name) {
  std::string table = to_lower(name != nullptr ? name : "");
  return table == "sqlite_master" || table == "sqlite_schema" || table == "sqlite_temp_master" ||
         table == "sqlite_temp_schema";
}

bool allowed(int action, const char* a1, const char* a2) {
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
      return true;
    case SQLITE_FUNCTION:
      return a2 == nullptr || to_lower(a2) != "load_extension";
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
      // SQLite asks about the schema table before it asks about the CREATE, DROP or table-valued
      // PRAGMA function that would touch it, and gives up at the first refusal. Saying yes here
      // lets the specific check that follows refuse (and name) the statement; a statement that
      // writes the schema table itself is refused by SQLite, query_only and the read-only check.
      return is_schema_table(a1);
    case SQLITE_PRAGMA: {
      std::string name = to_lower(a1 != nullptr ? a1 : "");
      return contains(kReportingPragmas, name) ||
             (a2 == nullptr && contains(kSettingPragmas, name));
    }
    default:
      return false;
  }
}

int authorize(void* context, int action, const char* a1, const char* a2, const char* /*db*/,
              const char* /*trigger or view*/) {
  if (allowed(action, a1, a2)) return SQLITE_OK;
  auto* guard = static_cast<Guard*>(context);
  if (guard->refused.empty()) guard->refused = refused_action(action, a1, a2, guard->hint);
  return SQLITE_DENY;
}

// Installs the authorizer and query_only for its lifetime; restores the connection afterwards so
// that a read-write Database (tests) stays usable.
class ReadOnlyScope {
 public:
  ReadOnlyScope(SQLite::Database& db, Guard& guard) : db_(db) {
    sqlite3* handle = db_.getHandle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, static_cast<int*>(nullptr));
    query_only_was_on_ = db_.execAndGet("PRAGMA query_only").getInt() != 0;
    db_.exec("PRAGMA query_only = ON");
    sqlite3_set_authorizer(handle, authorize, &guard);
  }
  ~ReadOnlyScope() {
    sqlite3_set_authorizer(db_.getHandle(), nullptr, nullptr);
    if (!query_only_was_on_)
      sqlite3_exec(db_.getHandle(), "PRAGMA query_only = OFF", nullptr, nullptr, nullptr);
  }
  ReadOnlyScope(const ReadOnlyScope&) = delete;
  ReadOnlyScope& operator=(const ReadOnlyScope&) = delete;

 private:
  SQLite::Database& db_;
  bool query_only_was_on_ = false;
};

struct Finalize {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, Finalize>;

// True when `text` holds nothing but white space, comments and empty statements (`;`).
bool only_comments(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ';' || std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (text.substr(i, 2) == "--") {
      std::size_t end = text.find('\n', i);
      i = end == std::string_view::npos ? text.size() : end + 1;
    } else if (text.substr(i, 2) == "/*") {
      std::size_t end = text.find("*/", i + 2);
      i = end == std::string_view::npos ? text.size() : end + 2;  // SQLite allows it unclosed
    } else {
      return false;
    }
  }
  return true;
}

std::string hex_literal(const void* data, int size) {
  const auto* bytes = static_cast<const unsigned char*>(data);
  return fmt::format("X'{:02X}'", fmt::join(bytes, bytes + size, ""));
}

Cell cell_of(sqlite3_stmt* statement, int column) {
  switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
      return sqlite3_column_double(statement, column);
    case SQLITE_NULL:
      return std::monostate{};
    case SQLITE_BLOB: {
      const void* data = sqlite3_column_blob(statement, column);
      return hex_literal(data, sqlite3_column_bytes(statement, column));
    }
    default: {
      const auto* text = sqlite3_column_text(statement, column);
      int size = sqlite3_column_bytes(statement, column);
      return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
    }
  }
}

// A damaged file, an I/O error or no memory is about the database; anything else ("no such
// column") is an error in the statement.
[[noreturn]] void throw_sql_error(Database& db) {
  sqlite3* handle = sqlite_of(db).getHandle();
  const std::string what = sqlite3_errmsg(handle);
  throw Error(describe_database_failure(db.path(), sqlite3_extended_errcode(handle), what)
                  .value_or("SQL error: " + what));
}

[[noreturn]] void throw_refused(const Guard& guard) {
  throw Error(std::string(kRefused) + guard.refused + " is not allowed" +
              (guard.hint.empty() ? "" : "; " + guard.hint));
}

}  // namespace

Table run_sql_read_only(Database& db, const std::string& sql) {
  Guard guard;
  std::optional<ReadOnlyScope> scope;
  with_database_errors(db, [&] { scope.emplace(sqlite_of(db), guard); });
  sqlite3* handle = sqlite_of(db).getHandle();

  if (sql.size() >= static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw Error("SQL error: the statement is too long");
  }
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(handle, sql.c_str(), static_cast<int>(sql.size()) + 1, &raw, &tail);
  StatementPtr statement(raw);
  if (rc != SQLITE_OK) {
    if (!guard.refused.empty()) throw_refused(guard);
    throw_sql_error(db);
  }
  if (!statement) throw Error("no SQL statement given");
  std::size_t used = static_cast<std::size_t>(tail - sql.c_str());
  if (used < sql.size() && !only_comments(std::string_view(sql).substr(used))) {
    throw Error(
        "one statement at a time: give a single SQL statement (without a second after ';')");
  }
  if (sqlite3_stmt_readonly(statement.get()) == 0) {
    throw Error(std::string(kRefused) + "a statement that writes is not allowed");
  }

  Table table;
  int columns = sqlite3_column_count(statement.get());
  for (int c = 0; c < columns; ++c) {
    const char* name = sqlite3_column_name(statement.get(), c);
    table.columns.emplace_back(name != nullptr ? name : "");
  }
  while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
    std::vector<Cell> row;
    row.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) row.push_back(cell_of(statement.get(), c));
    table.rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) {
    if (!guard.refused.empty()) throw_refused(guard);
    throw_sql_error(db);
  }
  return table;
}

}  // namespace jobsight
