#include "storage/statement_helpers.hpp"

#include <SQLiteCpp/Column.h>
#include <sqlite3.h>

namespace jobsight {
namespace {

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

}  // namespace

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

}  // namespace jobsight
