#pragma once
// Running read queries for the layers above storage (storage layer): SQL text in, a Table out,
// parameters bound by name. SQL comes from the embedded sql/ files, never from user input; values
// the user gives are bound as parameters.

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/table.hpp"

struct sqlite3_stmt;

namespace jobsight {

// Named parameter values (":name", value); a NULL cell binds NULL.
using QueryParameters = std::vector<std::pair<std::string, Cell>>;

// Runs the read query `sql` on `db` with `parameters` and returns its columns and rows. A
// parameter the query does not use is skipped, and one the query uses but `parameters` lacks is
// NULL, so one set of parameters serves every report. Throws DatabaseError.
Table query_table(Database& db, std::string_view sql, const QueryParameters& parameters = {});

// Runs `sql` as query_table does, but hands each row to `visit` as it is read instead of keeping
// them (the row is reused: copy what you keep), so a query of millions of rows needs no memory
// for them. Throws DatabaseError.
void for_each_row(Database& db, std::string_view sql, const QueryParameters& parameters,
                  const std::function<void(const std::vector<Cell>&)>& visit);

// Runs `sql` as for_each_row does, but hands `visit` SQLite's own statement on each row, for a
// caller in this layer that reads the columns of millions of rows itself (sqlite3_column_*)
// without a Cell for every value. Throws DatabaseError, or what `visit` throws.
void for_each_statement_row(Database& db, std::string_view sql, const QueryParameters& parameters,
                            const std::function<void(sqlite3_stmt*)>& visit);

// A read query prepared once and run any number of times with other parameters, for a caller in
// this layer that runs one query for many values (kept_pay_stats.cpp runs each pay report's for
// every country and year): SQLite prepares a composed report query in milliseconds, often longer
// than it runs for one country. Used on one connection by one thread at a time.
class PreparedQuery {
 public:
  // Prepares `sql` on `db`, which must outlive this. Throws DatabaseError.
  PreparedQuery(Database& db, std::string_view sql);
  ~PreparedQuery();
  PreparedQuery(const PreparedQuery&) = delete;
  PreparedQuery& operator=(const PreparedQuery&) = delete;

  // Runs it as for_each_statement_row does: `parameters` bound by name, every other parameter
  // NULL (nothing is left from the run before), each row handed to `visit`. Throws
  // DatabaseError, or what `visit` throws.
  void for_each_row(const QueryParameters& parameters,
                    const std::function<void(sqlite3_stmt*)>& visit);

 private:
  Database& db_;
  sqlite3_stmt* statement_ = nullptr;
};

// The same for the embedded inspection query sql/queries/<name>.sql.
Table query_named(Database& db, std::string_view name, const QueryParameters& parameters = {});

}  // namespace jobsight
