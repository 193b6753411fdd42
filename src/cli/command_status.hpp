#pragma once
// `jobsight status [--format F]`: what is in the database, at a glance.

#include <CLI/CLI.hpp>

#include "cli/database_target.hpp"

#include <functional>
#include <string>

namespace jobsight::cli {

// Adds `status` to `app`; on parse, `action` is set to the command to run.
void setup_status_command(CLI::App& app, const DatabaseTarget& db_path,
                          std::function<int()>& action);

}  // namespace jobsight::cli
