#include "storage/query.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

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
  PreparedQuery(db, sql).for_each_row(parameters, visit);
}

PreparedQuery::PreparedQuery(Database& db, std::string_view sql) : db_(db) {
  with_database_errors(db, [&] {
    sqlite3* handle = sqlite_of(db).getHandle();
    const int rc =
        sqlite3_prepare_v2(handle, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(statement_);
      statement_ = nullptr;
      throw SQLite::Exception(handle, rc);
    }
    if (statement_ == nullptr) {  // blank SQL, or comments only: no statement to run
      throw SQLite::Exception("no SQL statement to prepare", SQLITE_MISUSE);
    }
  });
}

PreparedQuery::~PreparedQuery() {
  sqlite3_finalize(statement_);
}

void PreparedQuery::for_each_row(const QueryParameters& parameters,
                                 const std::function<void(sqlite3_stmt*)>& visit) {
  with_database_errors(db_, [&] {
    sqlite3* handle = sqlite_of(db_).getHandle();
    // Left as the last run left it (reset, bindings cleared) however that run ended.
    struct Rewind {
      sqlite3_stmt* statement;
      ~Rewind() {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
      }
    } rewind{statement_};
    for (const auto& [name, value] : parameters) {
      const int index = sqlite3_bind_parameter_index(statement_, name.c_str());
      if (index != 0) bind_cell(statement_, index, value);
    }
    int rc;
    while ((rc = sqlite3_step(statement_)) == SQLITE_ROW) visit(statement_);
    if (rc != SQLITE_DONE) throw SQLite::Exception(handle, rc);
  });
}

Table query_named(Database& db, std::string_view name, const QueryParameters& parameters) {
  return query_table(db, embedded_query(name), parameters);
}

}  // namespace jobsight
