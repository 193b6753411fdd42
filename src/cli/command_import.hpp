#pragma once
// `jobsight import postings FILE...`

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace jobsight::cli {

struct ImportCommandOptions {
  std::vector<std::string> files;
  std::string source;
  bool strict = false;
  bool quiet = false;
};

// Adds `import` with its `postings` subcommand to `app`; on parse, `run` is set to the action.
void setup_import_command(CLI::App& app, const std::string& db_path, std::function<int()>& action);

}  // namespace jobsight::cli
