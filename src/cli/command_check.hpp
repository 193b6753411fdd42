#pragma once
// `jobsight check CLAIMS.csv [--format F] [--confidence C]`: published claims tested against the
// reports (SPEC 4.1).

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/database_target.hpp"

namespace jobsight::cli {

// Adds `check` to `app`; on parse, `action` is set to the command to run.
void setup_check_command(CLI::App& app, const DatabaseTarget& db_path,
                         std::function<int()>& action);

}  // namespace jobsight::cli
