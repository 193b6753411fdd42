#pragma once
// `jobsight import postings FILE...` and `jobsight import salaries FILE...`

#include <CLI/CLI.hpp>

#include "cli/database_target.hpp"

#include <functional>
#include <string>
#include <vector>

namespace jobsight::cli {

struct ImportCommandOptions {
  std::vector<std::string> files;
  std::string source;
  bool strict = false;
  bool quiet = false;
  std::vector<std::string> maps;  // --map FIELD=COLUMN, as given
  std::vector<std::string> sets;  // --set FIELD=VALUE, as given
  std::string as_of;              // --as-of YYYY-MM-DD
  std::string date_order;         // --date-order dmy|mdy
  std::string delimiter;          // --delimiter , ; tab |
};

// Adds `import` with its `postings` and `salaries` subcommands to `app`; on parse, `action` is
// set to the chosen command.
void setup_import_command(CLI::App& app, const DatabaseTarget& db_path,
                          std::function<int()>& action);

}  // namespace jobsight::cli
