#pragma once
// `jobsight datasette-metadata [--out FILE]`: datasette's metadata JSON for the database (titles,
// descriptions with units, every report as a canned query).

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/database_target.hpp"

namespace jobsight::cli {

// Adds `datasette-metadata` to `app`; on parse, `action` is set to the command to run.
void setup_datasette_command(CLI::App& app, const DatabaseTarget& db_path,
                             std::function<int()>& action);

}  // namespace jobsight::cli
