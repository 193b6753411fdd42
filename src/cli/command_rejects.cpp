#include "cli/command_rejects.hpp"

#include <iostream>
#include <memory>

#include "cli/render.hpp"
#include "jobsight/database.hpp"
#include "jobsight/inspect.hpp"

namespace jobsight::cli {
namespace {

struct RejectsCommandOptions {
  std::string format = "table";
  std::int64_t import_id = 0;
  std::int64_t limit = 0;
};

int run_rejects_command(CLI::App& command, const DatabaseTarget& db_path,
                        const RejectsCommandOptions& o) {
  Format format = parse_format(o.format);
  std::optional<std::int64_t> import_id, limit;
  if (command.count("--import") > 0) import_id = o.import_id;
  if (command.count("--limit") > 0) limit = o.limit;
  Database db = db_path.open_read_only();
  // Long reasons and records give way first when the table is wider than the terminal.
  RenderStyle style;
  style.cut_first = {"reason", "raw_record"};
  render(list_rejects(db, import_id, limit), format, std::cout, style);
  return 0;
}

}  // namespace

void setup_rejects_command(CLI::App& app, const DatabaseTarget& db_path,
                           std::function<int()>& action) {
  auto o = std::make_shared<RejectsCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "rejects", "List rejected rows with their file, line, column, reason and raw record");
  command->footer(
      "Rows of the newest import come first, each import's in file order. raw_record is the\n"
      "record as CSV; the table format shows its line breaks as spaces, csv and json keep them.\n"
      "The table fits the width (COLUMNS, else the terminal's, else 80): long reason and\n"
      "raw_record cells are cut, ending in \"…\" (then, if that is not enough, file names and\n"
      "columns); csv, json and markdown are never cut.\n"
      "Examples:\n"
      "  jobsight rejects\n"
      "  jobsight rejects --import 3 --limit 20\n"
      "  jobsight rejects --import 3 --format csv > rejected.csv");
  command->add_option("--import", o->import_id, "Only the rows of this import (see 'imports')");
  command->add_option("--limit", o->limit, "Show at most N rows (default: all)")
      ->check(CLI::Range(0, 1'000'000'000));
  command->add_option("--format", o->format, "Output: table (default), csv, json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  command->callback([&action, &db_path, o, command] {
    action = [&db_path, o, command] { return run_rejects_command(*command, db_path, *o); };
  });
}

}  // namespace jobsight::cli
