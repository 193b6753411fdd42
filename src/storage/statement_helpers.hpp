#pragma once
// Small helpers over SQLiteCpp statements shared by the storage, import and report code.

#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

#include "jobsight/table.hpp"

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

// Steps `statement` to the end and returns its columns and rows as typed cells.
Table read_table(SQLite::Statement& statement);

}  // namespace jobsight
