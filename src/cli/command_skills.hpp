#pragma once
// `jobsight skills [--category C] [--search TEXT] [--limit N] [--format F]`: the skill taxonomy.

#include <CLI/CLI.hpp>

#include "cli/database_target.hpp"

#include <functional>
#include <string>

namespace jobsight::cli {

// Adds `skills` to `app`; on parse, `action` is set to the command to run.
void setup_skills_command(CLI::App& app, const DatabaseTarget& db_path,
                          std::function<int()>& action);

}  // namespace jobsight::cli
