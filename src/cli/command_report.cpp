#include "cli/command_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>
#include <memory>

#include "cli/render.hpp"
#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/reports.hpp"

namespace jobsight::cli {
namespace {

struct ReportCommandOptions {
  std::string name;
  std::string format = "table";
  ReportFilters filters;
  std::string from, to, country, region, industry, period, source, by;
  std::string level, skill, title, remote, employment_type;
  bool ai = false, no_ai = false, ci = false;
  double confidence = 0.95;
  int year = 0;
  int min_n = 0;
  int top = 0;
};

std::optional<std::string> given(CLI::App& command, const char* option, const std::string& v) {
  return command.count(option) > 0 ? std::optional<std::string>(v) : std::nullopt;
}

Table catalogue_table() {
  Table table;
  table.columns = {"report", "one_row_per", "options", "description"};
  for (const ReportInfo& info : report_catalogue()) {
    std::string options;
    for (const std::string& option : info.options) options += (options.empty() ? "" : " ") + option;
    table.rows.push_back({info.name, info.one_row_per, options, info.description});
  }
  return table;
}

int run_report_command(CLI::App& command, const DatabaseTarget& db_path,
                       const ReportCommandOptions& o) {
  Format format = parse_format(o.format);
  if (o.name == "list") {
    render(catalogue_table(), format, std::cout);
    return 0;
  }
  const ReportInfo* info = find_report(o.name);
  if (info == nullptr) {
    std::vector<std::string> known;
    for (const ReportInfo& r : report_catalogue()) known.push_back(r.name);
    throw Error(fmt::format("unknown report '{}'; the reports are: {} (see 'jobsight report list')",
                            o.name, fmt::join(known, ", ")));
  }
  ReportFilters filters;
  filters.from = given(command, "--from", o.from);
  filters.to = given(command, "--to", o.to);
  if (command.count("--year") > 0) filters.year = o.year;
  filters.country = given(command, "--country", o.country);
  filters.region = given(command, "--region", o.region);
  filters.industry = given(command, "--industry", o.industry);
  filters.period = given(command, "--period", o.period);
  if (command.count("--min-n") > 0) filters.min_n = o.min_n;
  filters.source = given(command, "--source", o.source);
  filters.by = given(command, "--by", o.by);
  if (command.count("--top") > 0) filters.top = o.top;
  if (o.ai) filters.ai = true;
  if (o.no_ai) filters.ai = false;
  filters.level = given(command, "--level", o.level);
  filters.skill = given(command, "--skill", o.skill);
  filters.title = given(command, "--title", o.title);
  filters.remote = given(command, "--remote", o.remote);
  filters.employment_type = given(command, "--employment-type", o.employment_type);
  filters.ci = o.ci;
  if (command.count("--confidence") > 0) filters.confidence = o.confidence;

  // Every option the report does not take is refused by its catalogue entry, before the
  // database is opened.
  check_report_filters(info->name, filters);
  Database db = db_path.open_read_only();
  Table table = run_report(db, info->name, filters);
  render(table, format, std::cout);
  return 0;
}

}  // namespace

void setup_report_command(CLI::App& app, const DatabaseTarget& db_path,
                          std::function<int()>& action) {
  auto o = std::make_shared<ReportCommandOptions>();
  CLI::App* report = app.add_subcommand("report", "Run a trend report, or 'list' the reports");
  report->footer(
      "Examples:\n"
      "  jobsight report list\n"
      "  jobsight report ai-share --period quarter\n"
      "  jobsight report seniority-mix --year 2025 --country US --format csv\n"
      "  jobsight report pay-by-skill --region 'Western Europe' --min-n 20 --format json\n"
      "  jobsight report pay-by-level --source observations --year 2024\n"
      "  jobsight report pay-by-region --by country --format markdown\n"
      "  jobsight report top-skills --period year --top 5\n"
      "  jobsight report ai-growth --year 2025 --by country\n"
      "  jobsight report pay-by-level --ai --country US --year 2025 --ci\n"
      "  jobsight report ai-share --period year --level junior --ci --confidence 0.90\n"
      "  jobsight report pay-by-region --skill pytorch --remote remote\n"
      "  jobsight report summary");
  report->add_option("name", o->name, "Report name, or 'list' for the catalogue")->required();
  report->add_option("--from", o->from, "First posting date included (YYYY-MM-DD)");
  report->add_option("--to", o->to, "Last posting date included (YYYY-MM-DD)");
  report->add_option("--year", o->year, "Only this calendar year (instead of --from/--to)");
  report->add_option("--country", o->country, "Country name or ISO code, e.g. Germany, DE, DEU");
  report->add_option("--region", o->region, "UN M49 sub-region, e.g. 'Northern America'");
  report->add_option("--industry", o->industry, "Industry as given in the postings");
  report->add_option("--period", o->period, "Period of each row: month (default), quarter, year")
      ->check(CLI::IsMember({"month", "quarter", "year"}));
  report->add_option("--min-n", o->min_n, "Leave out groups smaller than N (default 10)")
      ->check(CLI::Range(1, 1'000'000'000));
  report
      ->add_option("--source", o->source,
                   "Pay reports: pay from postings, observations or both (default)")
      ->check(CLI::IsMember({"postings", "observations", "both"}));
  report
      ->add_option("--by", o->by,
                   "pay-by-region: region (default) or country; ai-growth: industry (default) "
                   "or country")
      ->check(CLI::IsMember({"region", "country", "industry"}));
  report->add_option("--top", o->top, "top-skills: skills per period (default 10)")
      ->check(CLI::Range(1, 1'000'000));
  CLI::Option* ai = report->add_flag("--ai", o->ai, "Segment: AI roles only (SPEC 2.4)");
  report->add_flag("--no-ai", o->no_ai, "Segment: every role but AI roles")->excludes(ai);
  report->add_option("--level", o->level,
                     "Segment: levels, comma-separated: intern, entry, mid, senior, lead, "
                     "executive, junior (intern+entry), senior-plus (senior+lead+executive)");
  report->add_option("--skill", o->skill,
                     "Segment: postings that ask for this skill (any alias); leaves salary "
                     "observations out");
  report->add_option("--title", o->title,
                     "Segment: titles holding these words, whole words, side by side, any case");
  report->add_option("--remote", o->remote,
                     "Segment: onsite, hybrid or remote (salary observations by remote_ratio)");
  report->add_option("--employment-type", o->employment_type,
                     "Segment: full-time, part-time, contract, internship, temporary, freelance "
                     "(any spelling, e.g. FT, Full_Time)");
  report->add_flag("--ci", o->ci,
                   "Add <column>_ci_low/_ci_high interval columns to every statistic (SPEC 3.1)");
  report->add_option("--confidence", o->confidence,
                     "Confidence of the intervals: 0.90, 0.95 (default) or 0.99");
  report->add_option("--format", o->format, "Output: table (default), csv, json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  report->callback([&action, &db_path, o, report] {
    action = [&db_path, o, report] { return run_report_command(*report, db_path, *o); };
  });
}

}  // namespace jobsight::cli
