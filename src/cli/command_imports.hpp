#pragma once
// `jobsight imports [--limit N] [--format F]`: the import runs, newest first.

#include <CLI/CLI.hpp>

#include "cli/database_target.hpp"

#include <functional>
#include <string>

namespace jobsight::cli {

// Adds `imports` to `app`; on parse, `action` is set to the command to run.
void setup_imports_command(CLI::App& app, const DatabaseTarget& db_path,
                           std::function<int()>& action);

}  // namespace jobsight::cli
