#include "storage/query.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <memory>

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

void for_each_statement_row(Database& db, std::string_view sql, const QueryParameters& parameters,
                            const std::function<void(sqlite3_stmt*)>& visit) {
  with_database_errors(db, [&] {
    sqlite3* handle = sqlite_of(db).getHandle();
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK) throw SQLite::Exception(handle, rc);
    for (const auto& [name, value] : parameters) {
      const int index = sqlite3_bind_parameter_index(raw, name.c_str());
      if (index != 0) bind_cell(raw, index, value);
    }
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) visit(raw);
    if (rc != SQLITE_DONE) throw SQLite::Exception(handle, rc);
  });
}

Table query_named(Database& db, std::string_view name, const QueryParameters& parameters) {
  return query_table(db, embedded_query(name), parameters);
}

}  // namespace jobsight
