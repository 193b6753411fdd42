#pragma once
// `jobsight report list` and `jobsight report NAME [filters] [--format F]`

#include <CLI/CLI.hpp>

#include "cli/database_target.hpp"

#include <functional>
#include <string>

namespace jobsight::cli {

// Adds `report` to `app`; on parse, `action` is set to the command to run.
void setup_report_command(CLI::App& app, const DatabaseTarget& db_path,
                          std::function<int()>& action);

}  // namespace jobsight::cli
