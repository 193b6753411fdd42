#include "storage/query.hpp"

#include <SQLiteCpp/Statement.h>

#include "storage/database_failure.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/sqlite_connection.hpp"
#include "storage/statement_helpers.hpp"

namespace jobsight {

Table query_table(Database& db, std::string_view sql, const QueryParameters& parameters) {
  return with_database_errors(db, [&] {
    SQLite::Statement statement(sqlite_of(db), std::string(sql));
    for (const auto& [name, value] : parameters) {
      int index = statement.getIndex(name.c_str());
      if (index != 0) bind_cell(statement, index, value);
    }
    return read_table(statement);
  });
}

void for_each_row(Database& db, std::string_view sql, const QueryParameters& parameters,
                  const std::function<void(const std::vector<Cell>&)>& visit) {
  with_database_errors(db, [&] {
    SQLite::Statement statement(sqlite_of(db), std::string(sql));
    for (const auto& [name, value] : parameters) {
      int index = statement.getIndex(name.c_str());
      if (index != 0) bind_cell(statement, index, value);
    }
    std::vector<Cell> row(static_cast<std::size_t>(statement.getColumnCount()));
    while (statement.executeStep()) {
      for (int i = 0; i < statement.getColumnCount(); ++i) {
        row[static_cast<std::size_t>(i)] = cell_of(statement.getColumn(i));
      }
      visit(row);
    }
  });
}

Table query_named(Database& db, std::string_view name, const QueryParameters& parameters) {
  return query_table(db, embedded_query(name), parameters);
}

}  // namespace jobsight
