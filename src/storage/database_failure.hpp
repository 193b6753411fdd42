#pragma once
// Turning SQLite's errors into jobsight's (storage layer): the one place where an
// SQLite::Exception becomes a jobsight::DatabaseError with a message a user can act on.

#include <SQLiteCpp/Exception.h>

#include <optional>
#include <string>
#include <string_view>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"

namespace jobsight {

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

// SQLite's extended result code of `e` (its primary code when there is no extended one).
int sqlite_result_code(const SQLite::Exception& e);

// The same for an exception thrown by SQLiteCpp.
std::optional<std::string> describe_database_failure(const std::string& path,
                                                     const SQLite::Exception& e);

// The DatabaseError for `e` met on the database at `path`: describe_database_failure's message,
// else "database error: " and SQLite's text.
DatabaseError database_error(const std::string& path, const SQLite::Exception& e);

// Runs `work()` and returns what it returns, turning an SQLite::Exception it throws into
// database_error(db.path(), ...). Every storage function called from a higher layer runs its
// SQLite calls inside this, so the layers above see jobsight errors only.
template <typename Work>
decltype(auto) with_database_errors(Database& db, Work&& work) {
  try {
    return work();
  } catch (const SQLite::Exception& e) {
    throw database_error(db.path(), e);
  }
}

}  // namespace jobsight
