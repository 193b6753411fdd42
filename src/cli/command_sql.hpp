#pragma once
// `jobsight sql "SELECT ..." [--format F]`: one read-only query, printed like a report.

#include <CLI/CLI.hpp>

#include "cli/database_target.hpp"

#include <functional>
#include <string>

namespace jobsight::cli {

// Adds `sql` to `app`; on parse, `action` is set to the command to run.
void setup_sql_command(CLI::App& app, const DatabaseTarget& db_path, std::function<int()>& action);

}  // namespace jobsight::cli
