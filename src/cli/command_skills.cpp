#include "cli/command_skills.hpp"

#include <iostream>
#include <memory>

#include "cli/render.hpp"
#include "jobsight/database.hpp"
#include "jobsight/inspect.hpp"

namespace jobsight::cli {
namespace {

struct SkillsCommandOptions {
  std::string format = "table";
  std::string category;
  std::string search;
  std::int64_t limit = 0;
};

int run_skills_command(CLI::App& command, const DatabaseTarget& db_path,
                       const SkillsCommandOptions& o) {
  Format format = parse_format(o.format);
  SkillFilters filters;
  if (command.count("--category") > 0) filters.category = o.category;
  if (command.count("--search") > 0) filters.search = o.search;
  if (command.count("--limit") > 0) filters.limit = o.limit;
  Database db = db_path.open_read_only();
  render(list_skills(db, filters), format, std::cout);
  return 0;
}

}  // namespace

void setup_skills_command(CLI::App& app, const DatabaseTarget& db_path,
                          std::function<int()>& action) {
  auto o = std::make_shared<SkillsCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "skills", "List the skill taxonomy with categories, aliases and how many postings ask");
  command->footer(
      "Skills are sorted by postings (most asked-for first), then by name. origin is taxonomy\n"
      "for reviewed skills, import for skills first seen in an import. --search matches the\n"
      "name or any alias as a substring in any case; % and _ match only themselves.\n"
      "Examples:\n"
      "  jobsight skills --limit 20\n"
      "  jobsight skills --category ai\n"
      "  jobsight skills --search pytorch\n"
      "  jobsight skills --category cloud --format csv");
  command->add_option("--category", o->category, "Only this category, e.g. ai, cloud, language");
  command->add_option("--search", o->search, "Only skills whose name or an alias contains TEXT");
  command->add_option("--limit", o->limit, "Show at most N skills (default: all)")
      ->check(CLI::Range(0, 1'000'000'000));
  command->add_option("--format", o->format, "Output: table (default), csv, json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  command->callback([&action, &db_path, o, command] {
    action = [&db_path, o, command] { return run_skills_command(*command, db_path, *o); };
  });
}

}  // namespace jobsight::cli
