#include "cli/command_status.hpp"

#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/render.hpp"
#include "jobsight/database.hpp"
#include "jobsight/display_width.hpp"
#include "jobsight/inspect.hpp"

namespace jobsight::cli {
namespace {

struct StatusCommandOptions {
  std::string format = "table";
};

std::string label_of(const std::string& item) {
  std::string label = item;
  std::replace(label.begin(), label.end(), '_', ' ');
  return label;
}

std::string value_of(const Cell& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return "-";
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* integer = std::get_if<std::int64_t>(&cell)) return with_thousands(*integer);
  return std::to_string(std::get<double>(cell));
}

// "label   value" lines, values lined up after the longest label and cut with "…" in the
// middle (a path keeps its file name) when a line would be wider than the output.
void print_overview(const Table& overview, std::ostream& out) {
  std::size_t width = 0;
  for (const auto& row : overview.rows) {
    width = std::max(width, label_of(std::get<std::string>(row[0])).size());
  }
  std::size_t line_width = output_width();
  std::size_t room = line_width > width + 2 ? line_width - width - 2 : 1;
  for (const auto& row : overview.rows) {
    std::string label = label_of(std::get<std::string>(row[0]));
    out << label << std::string(width - label.size() + 2, ' ')
        << shorten_middle(printable(value_of(row[1])), room) << '\n';
  }
}

int run_status_command(const DatabaseTarget& db_path, const StatusCommandOptions& o) {
  Format format = parse_format(o.format);
  Database db = db_path.open_read_only();
  DatabaseStatus status = database_status(db);
  switch (format) {
    case Format::table:
      print_overview(status.overview, std::cout);
      std::cout << '\n';
      if (status.last_imports.rows.empty()) {
        std::cout << "last imports: none yet\n";
      } else {
        std::cout << "last imports (newest first)\n";
        render(status.last_imports, Format::table, std::cout);
      }
      break;
    case Format::markdown:
      render(status.overview, Format::markdown, std::cout);
      std::cout << "\nLast imports (newest first):\n\n";
      render(status.last_imports, Format::markdown, std::cout);
      break;
    case Format::csv:
    case Format::json:
      render(status_rows(status), format, std::cout);
      break;
  }
  return 0;
}

}  // namespace

void setup_status_command(CLI::App& app, const DatabaseTarget& db_path,
                          std::function<int()>& action) {
  auto o = std::make_shared<StatusCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "status", "Show the database file, schema version, counts, date ranges and last imports");
  command->footer(
      "With --format csv or json the status is one list of item,value rows; the last imports\n"
      "come as items last_import.N.COLUMN, N = 1 for the newest (last_import.1.file_name).\n"
      "Examples:\n"
      "  jobsight status\n"
      "  jobsight --db market.db status --format json\n"
      "  jobsight status --format csv | grep '^postings,'");
  command->add_option("--format", o->format, "Output: table (default), csv, json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  command->callback([&action, &db_path, o] {
    action = [&db_path, o] { return run_status_command(db_path, *o); };
  });
}

}  // namespace jobsight::cli
