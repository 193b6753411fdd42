#include "cli/command_sql.hpp"

#include <iostream>
#include <memory>

#include "cli/render.hpp"
#include "jobsight/database.hpp"
#include "jobsight/inspect.hpp"

namespace jobsight::cli {
namespace {

struct SqlCommandOptions {
  std::string query;
  std::string format = "table";
};

int run_sql_command(const DatabaseTarget& db_path, const SqlCommandOptions& o) {
  Format format = parse_format(o.format);
  Database db = db_path.open_read_only();
  // A query's columns may have any name: its numbers are shown as stored, not as a report's.
  RenderStyle style;
  style.numbers_as_stored = true;
  render(run_read_only_sql(db, o.query), format, std::cout, style);
  return 0;
}

}  // namespace

void setup_sql_command(CLI::App& app, const DatabaseTarget& db_path, std::function<int()>& action) {
  auto o = std::make_shared<SqlCommandOptions>();
  CLI::App* command =
      app.add_subcommand("sql", "Run one read-only SQL query and print its rows like a report");
  command->footer(
      "The database is opened read-only and the query may only read: one SELECT, WITH, VALUES\n"
      "or EXPLAIN statement, or a read-only PRAGMA (table_info, index_list, foreign_key_list,\n"
      "table_list, ...). Writes, ATTACH/DETACH, transactions, other PRAGMAs and load_extension\n"
      "are refused. The table and markdown formats print numbers as stored, whatever a column\n"
      "is called: integers without separators, reals at full precision (0.39, 0.0123, 185000.0);\n"
      "NULL as -.\n"
      "Examples:\n"
      "  jobsight sql \"SELECT year_key, count(*) AS postings FROM postings GROUP BY 1\"\n"
      "  jobsight sql \"SELECT * FROM report_ai_share WHERE period >= '2025-01'\" --format csv\n"
      "  jobsight sql \"PRAGMA table_info(postings)\" --format markdown\n"
      "  jobsight sql \"SELECT name FROM sqlite_master WHERE type = 'view'\"");
  command->add_option("query", o->query, "One SQL statement (quote it)")->required();
  command->add_option("--format", o->format, "Output: table (default), csv, json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  command->callback(
      [&action, &db_path, o] { action = [&db_path, o] { return run_sql_command(db_path, *o); }; });
}

}  // namespace jobsight::cli
