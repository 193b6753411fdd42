#include "cli/command_imports.hpp"

#include <iostream>
#include <memory>

#include "cli/render.hpp"
#include "jobsight/database.hpp"
#include "jobsight/inspect.hpp"

namespace jobsight::cli {
namespace {

struct ImportsCommandOptions {
  std::string format = "table";
  std::int64_t limit = 0;
};

int run_imports_command(CLI::App& command, const DatabaseTarget& db_path,
                        const ImportsCommandOptions& o) {
  Format format = parse_format(o.format);
  std::optional<std::int64_t> limit;
  if (command.count("--limit") > 0) limit = o.limit;
  Database db = db_path.open_read_only();
  render(list_imports(db, limit), format, std::cout);
  return 0;
}

}  // namespace

void setup_imports_command(CLI::App& app, const DatabaseTarget& db_path,
                           std::function<int()>& action) {
  auto o = std::make_shared<ImportsCommandOptions>();
  CLI::App* command =
      app.add_subcommand("imports", "List the import runs, newest first, with their counts");
  command->footer(
      "Columns: import_id, kind, file_name, source, sha256_short (first 12 hex digits),\n"
      "started_at, finished_at (UTC), rows_read, imported, duplicates, rejected, pay_unconverted.\n"
      "Examples:\n"
      "  jobsight imports\n"
      "  jobsight imports --limit 3\n"
      "  jobsight imports --format csv");
  command->add_option("--limit", o->limit, "Show only the N newest imports (default: all)")
      ->check(CLI::Range(0, 1'000'000'000));
  command->add_option("--format", o->format, "Output: table (default), csv, json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  command->callback([&action, &db_path, o, command] {
    action = [&db_path, o, command] { return run_imports_command(*command, db_path, *o); };
  });
}

}  // namespace jobsight::cli
