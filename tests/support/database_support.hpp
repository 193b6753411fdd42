#pragma once
// Helpers for tests that look into a jobsight database directly.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <variant>

#include "jobsight/database.hpp"
#include "storage/query.hpp"
#include "storage/sqlite_connection.hpp"

namespace jobsight::test {

inline std::int64_t count_rows(Database& db, const std::string& table) {
  return jobsight::sqlite_of(db).execAndGet("SELECT count(*) FROM " + table).getInt64();
}

// "table=N;" for each table: the state a failed or refused import must leave untouched.
inline std::string row_counts(Database& db, std::initializer_list<const char*> tables) {
  std::string text;
  for (const char* table : tables) {
    text += std::string(table) + "=" + std::to_string(count_rows(db, table)) + ";";
  }
  return text;
}

// What EXPLAIN QUERY PLAN says of `sql` with `parameters`, one step a line: what a test that an
// index is used (or a table is not read) looks for.
inline std::string query_plan(Database& db, const std::string& sql,
                              const QueryParameters& parameters = {}) {
  std::string text;
  for (const auto& row : jobsight::query_table(db, "EXPLAIN QUERY PLAN " + sql, parameters).rows) {
    text += std::get<std::string>(row.back()) + "\n";
  }
  return text;
}

}  // namespace jobsight::test
