#include "storage/statement_helpers.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <stdexcept>
#include <string>
#include <type_traits>
#include <variant>

namespace jobsight {

Cell cell_of(const SQLite::Column& column) {
  switch (column.getType()) {
    case SQLITE_INTEGER:
      return column.getInt64();
    case SQLITE_FLOAT:
      return column.getDouble();
    case SQLITE_NULL:
      return std::monostate{};
    default:
      return column.getString();
  }
}

void bind_cell(SQLite::Statement& statement, int index, const Cell& value) {
  if (const auto* i = std::get_if<std::int64_t>(&value)) {
    statement.bind(index, *i);
  } else if (const auto* d = std::get_if<double>(&value)) {
    statement.bind(index, *d);
  } else if (const auto* t = std::get_if<std::string>(&value)) {
    statement.bind(index, *t);
  } else {
    statement.bind(index);
  }
}

void bind_cell(sqlite3_stmt* statement, int index, const Cell& value) {
  const int rc = std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::int64_t>) {
          return sqlite3_bind_int64(statement, index, v);
        } else if constexpr (std::is_same_v<T, double>) {
          return sqlite3_bind_double(statement, index, v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return sqlite3_bind_text(statement, index, v.data(), static_cast<int>(v.size()),
                                   SQLITE_TRANSIENT);
        } else {
          return sqlite3_bind_null(statement, index);
        }
      },
      value);
  if (rc != SQLITE_OK) throw SQLite::Exception(sqlite3_db_handle(statement), rc);
}

Parameter::Parameter(SQLite::Statement& statement, const char* name)
    : statement_(&statement), index_(statement.getIndex(name)) {
  if (index_ == 0) throw std::logic_error(std::string("no SQL parameter ") + name);
}

Table read_table(SQLite::Statement& statement) {
  Table table;
  for (int i = 0; i < statement.getColumnCount(); ++i) {
    table.columns.emplace_back(statement.getColumnName(i));
  }
  while (statement.executeStep()) {
    std::vector<Cell> row;
    row.reserve(table.columns.size());
    for (int i = 0; i < statement.getColumnCount(); ++i) {
      row.push_back(cell_of(statement.getColumn(i)));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

std::string placeholders(std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text += i == 0 ? "?" : ", ?";
  return text;
}

}  // namespace jobsight
