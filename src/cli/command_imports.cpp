#include "cli/command_imports.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <charconv>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/render.hpp"
#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/import.hpp"
#include "jobsight/inspect.hpp"

namespace jobsight::cli {
namespace {

struct ImportsCommandOptions {
  std::string format = "table";
  std::int64_t limit = 0;
  std::string delete_id;
};

std::string count(std::int64_t value, const char* one, const char* many) {
  return fmt::format("{} {}", with_thousands(value), value == 1 ? one : many);
}

// The id given to `imports delete`: a whole number from 1.
std::int64_t import_id_of(const std::string& text) {
  std::int64_t id = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id < 1) {
    throw Error("imports delete: '" + text +
                "' is not an import id (a whole number from 1; 'jobsight imports' lists them)");
  }
  return id;
}

int run_delete_command(const DatabaseTarget& db_path, std::int64_t import_id) {
  Database db = db_path.open_existing_for_writing();
  DeletedImport d = delete_import(db, import_id);
  update_kept_pay_statistics_or_warn(db);  // the pay statistics kept for the reports' defaults
  std::vector<std::string> parts;
  if (d.kind == "postings") {
    parts.push_back(count(d.postings, "posting", "postings"));
    parts.push_back(count(d.skill_links, "skill link", "skill links"));
  } else {
    parts.push_back(count(d.observations, "salary observation", "salary observations"));
  }
  parts.push_back(count(d.rejected_rows, "rejected row", "rejected rows"));
  if (d.companies > 0) parts.push_back(count(d.companies, "company", "companies"));
  if (d.new_skills > 0) parts.push_back(count(d.new_skills, "new skill", "new skills"));
  std::cout << printable(fmt::format("deleted import {} ({} {}): {}", d.import_id, d.kind,
                                     d.file_name, fmt::join(parts, ", ")))
            << '\n';
  return 0;
}

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
      "  jobsight imports --format csv\n"
      "  jobsight imports delete 3");
  command->add_option("--limit", o->limit, "Show only the N newest imports (default: all)")
      ->check(CLI::Range(0, 1'000'000'000));
  command->add_option("--format", o->format, "Output: table (default), csv, json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  CLI::App* remove = command->add_subcommand(
      "delete", "Remove one import and everything it added, so the file can be imported again");
  remove->add_option("id", o->delete_id, "The import_id that 'jobsight imports' shows")->required();
  remove->footer(
      "Removes the import's postings with their skill links (or its salary observations), its\n"
      "rejected rows, and companies and new skills nothing else refers to, in one transaction.\n"
      "Example:\n"
      "  jobsight imports delete 3");
  command->callback([&action, &db_path, o, command, remove] {
    if (remove->parsed()) {
      action = [&db_path, o] { return run_delete_command(db_path, import_id_of(o->delete_id)); };
    } else {
      action = [&db_path, o, command] { return run_imports_command(*command, db_path, *o); };
    }
  });
}

}  // namespace jobsight::cli
