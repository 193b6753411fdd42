#pragma once
// `jobsight rejects [--import ID] [--limit N] [--format F]`: rows imports could not accept.

#include <CLI/CLI.hpp>

#include "cli/database_target.hpp"

#include <functional>
#include <string>

namespace jobsight::cli {

// Adds `rejects` to `app`; on parse, `action` is set to the command to run.
void setup_rejects_command(CLI::App& app, const DatabaseTarget& db_path,
                           std::function<int()>& action);

}  // namespace jobsight::cli
