#include "cli/app.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdlib>
#include <iostream>

#include "cli/command_check.hpp"
#include "cli/command_dashboard.hpp"
#include "cli/command_datasette.hpp"
#include "cli/command_import.hpp"
#include "cli/command_imports.hpp"
#include "cli/command_rejects.hpp"
#include "cli/command_report.hpp"
#include "cli/command_skills.hpp"
#include "cli/command_sql.hpp"
#include "cli/command_status.hpp"
#include "cli/help_format.hpp"
#include "cli/render.hpp"
#include "cli/usage_error.hpp"
#include "jobsight/error.hpp"

namespace jobsight::cli {
namespace {

std::string default_db_path() {
  const char* env = std::getenv("JOBSIGHT_DB");
  return env != nullptr && *env != '\0' ? env : "jobsight.db";
}

}  // namespace

int run(int argc, char** argv) {
  // Past a file-size limit (ulimit -f) a write fails with EFBIG instead of killing the process,
  // so SQLite reports it, rolls the import back and the user gets a message.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"jobsight: job-market analytics from CSV postings, stored in one SQLite file.",
               "jobsight"};
  app.footer(
      "Examples:\n"
      "  jobsight import postings sample_data/postings.csv\n"
      "  jobsight report list\n"
      "  jobsight report ai-share --period year\n"
      "  jobsight --db market.db report pay-by-skill --format csv\n"
      "Run 'jobsight COMMAND --help' for a command's options.");
  // Every --help fits the output width; subcommands take the formatter as they are added.
  app.formatter(std::make_shared<FittedHelpFormatter>(output_width()));
  app.set_version_flag("--version", std::string("jobsight ") + JOBSIGHT_VERSION);
  DatabaseTarget db_path{default_db_path()};
  app.add_option("--db", db_path.path, "Database file (default: $JOBSIGHT_DB, else ./jobsight.db)");
  app.add_option("--busy-timeout", db_path.busy_timeout_ms,
                 "Milliseconds to wait while another import writes to the database (5000)")
      ->check(CLI::Range(0, 86'400'000));
  app.require_subcommand(1);
  std::function<int()> action;
  setup_import_command(app, db_path, action);
  setup_report_command(app, db_path, action);
  setup_check_command(app, db_path, action);
  setup_dashboard_command(app, db_path, action);
  setup_status_command(app, db_path, action);
  setup_imports_command(app, db_path, action);
  setup_rejects_command(app, db_path, action);
  setup_skills_command(app, db_path, action);
  setup_sql_command(app, db_path, action);
  setup_datasette_command(app, db_path, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help and --version: printed, exit code 0
  } catch (const CLI::ParseError& e) {
    std::cerr << "jobsight: " << printable(usage_error_message(app, e)) << '\n';
    return kUsageExitCode;
  }
  // Messages may quote file names and field values: printable() keeps them on one line and
  // keeps control characters from reaching the terminal.
  try {
    return action ? action() : 0;
  } catch (const UsageError& e) {
    std::cerr << "jobsight: " << printable(e.what()) << '\n';
    return kUsageExitCode;
  } catch (const Error& e) {
    std::cerr << "jobsight: " << printable(e.what()) << '\n';
  } catch (const std::bad_alloc&) {
    std::cerr << "jobsight: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "jobsight: " << printable(e.what()) << '\n';
  }
  return 1;
}

}  // namespace jobsight::cli
