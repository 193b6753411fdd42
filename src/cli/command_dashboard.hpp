#pragma once
// `jobsight dashboard --out FILE.html [report filters] [--claims FILE]`: every report's chart and
// table on one self-contained HTML page.

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/database_target.hpp"

namespace jobsight::cli {

// Adds `dashboard` to `app`; on parse, `action` is set to the command to run.
void setup_dashboard_command(CLI::App& app, const DatabaseTarget& db_path,
                             std::function<int()>& action);

}  // namespace jobsight::cli
