#pragma once
// `jobsight report list` and `jobsight report NAME [filters] [--format F]`

#include <CLI/CLI.hpp>

#include "cli/database_target.hpp"

#include <cstddef>
#include <functional>
#include <string>

namespace jobsight::cli {

// `jobsight report list` in the table format: one block per report (its name and what one row
// stands for, its description, the options it takes and those it refuses, with the reason),
// wrapped so that no line is longer than `width` bytes (at least 20). Every name, option and
// reason is ASCII, so bytes are display columns.
std::string catalogue_text(std::size_t width);

// Adds `report` to `app`; on parse, `action` is set to the command to run.
void setup_report_command(CLI::App& app, const DatabaseTarget& db_path,
                          std::function<int()>& action);

}  // namespace jobsight::cli
