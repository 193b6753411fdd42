#pragma once
// Small helpers over SQLiteCpp statements shared by the storage code (storage layer only).

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <cstddef>
#include <optional>
#include <string>

#include "jobsight/table.hpp"

struct sqlite3_stmt;

namespace jobsight {

// Binds `value`, or NULL when it is empty. `Key` is a 1-based index or a ":name".
template <typename Key, typename T>
void bind_optional(SQLite::Statement& statement, Key key, const std::optional<T>& value) {
  if (value) {
    statement.bind(key, *value);
  } else {
    statement.bind(key);
  }
}

// Binds `value`, or NULL when it is the empty string.
inline void bind_text_or_null(SQLite::Statement& statement, int index, const std::string& value) {
  if (value.empty()) {
    statement.bind(index);
  } else {
    statement.bind(index, value);
  }
}

// Binds a table cell: NULL, an integer, a real number or text.
void bind_cell(SQLite::Statement& statement, int index, const Cell& value);
// The same for SQLite's own statement; throws SQLite::Exception when SQLite refuses it.
void bind_cell(sqlite3_stmt* statement, int index, const Cell& value);

// "?, ?, ?" for `count` positional parameters (an INSERT ... VALUES list).
std::string placeholders(std::size_t count);

// One named parameter (":identity") of a prepared statement, looked up once when the statement is
// prepared and bound by position after that. Writers list their parameters beside their SQL, so
// a column and the value bound to it read together: `at.identity.bind(posting.identity)`.
class Parameter {
 public:
  // Throws std::logic_error when `statement` has no parameter `name` (a typo in our own SQL).
  Parameter(SQLite::Statement& statement, const char* name);

  template <typename T>
  void bind(const T& value) {
    statement_->bind(index_, value);
  }
  void bind(bool value) { statement_->bind(index_, value ? 1 : 0); }
  void bind(std::size_t value) { statement_->bind(index_, static_cast<std::int64_t>(value)); }
  void bind_null() { statement_->bind(index_); }
  // NULL when `value` is empty.
  template <typename T>
  void bind(const std::optional<T>& value) {
    bind_optional(*statement_, index_, value);
  }
  // NULL when `value` is "".
  void bind_text_or_null(const std::string& value) {
    jobsight::bind_text_or_null(*statement_, index_, value);
  }

 private:
  SQLite::Statement* statement_;
  int index_;
};

// The current row's `column` as a typed cell: integer, real, NULL, else text.
Cell cell_of(const SQLite::Column& column);

// Steps `statement` to the end and returns its columns and rows as typed cells.
Table read_table(SQLite::Statement& statement);

}  // namespace jobsight
