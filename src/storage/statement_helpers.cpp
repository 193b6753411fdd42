#include "storage/statement_helpers.hpp"

#include <SQLiteCpp/Column.h>
#include <sqlite3.h>

#include <stdexcept>

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
