#pragma once
// Running one statement typed by the user so that it cannot change anything (storage layer; the
// public entry point is run_read_only_sql in jobsight/inspect.hpp).

#include <string>

#include "jobsight/database.hpp"
#include "jobsight/table.hpp"

namespace jobsight {

// Does what run_read_only_sql (jobsight/inspect.hpp) promises, with SQLite's authorizer,
// PRAGMA query_only and sqlite3_stmt_readonly.
Table run_sql_read_only(Database& db, const std::string& sql);

}  // namespace jobsight
