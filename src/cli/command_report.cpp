#include "cli/command_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/render.hpp"
#include "cli/report_options.hpp"
#include "cli/report_output.hpp"
#include "cli/usage_error.hpp"
#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/reports.hpp"

namespace jobsight::cli {
namespace {

struct ReportCommandOptions {
  std::string name;
  std::string format = "table";
  bool chart = false;
  ReportOptionValues values;
};

Table catalogue_table() {
  Table table;
  table.columns = {"report", "one_row_per", "options", "description", "refuses"};
  for (const ReportInfo& info : report_catalogue()) {
    std::string options;
    for (const std::string& option : info.options) options += (options.empty() ? "" : " ") + option;
    // "--ai: it compares AI roles with the others; --no-ai: ..."
    std::string refuses;
    for (const auto& [option, reason] : info.refused) {
      refuses += (refuses.empty() ? "" : "; ") + option + ": " + reason;
    }
    table.rows.push_back({info.name, info.one_row_per, options, info.description,
                          refuses.empty() ? Cell{} : Cell{refuses}});
  }
  return table;
}

// `text` split at spaces into lines of at most `width` bytes, the first starting with `first`,
// the others with `next` (the same width); a word longer than a whole line is cut into pieces.
std::vector<std::string> wrap_words(const std::string& text, const std::string& first,
                                    const std::string& next, std::size_t width) {
  std::vector<std::string> lines;
  std::string line = first;
  bool empty = true;  // nothing but the prefix on `line` yet
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    if (!empty && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line = next;
      empty = true;
    }
    while (line.size() + word.size() > width && line.size() < width) {
      std::size_t room = width - line.size();  // a word longer than a whole line
      lines.push_back(line + word.substr(0, room));
      word.erase(0, room);
      line = next;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push_back(line);
  return lines;
}

}  // namespace

std::string catalogue_text(std::size_t width) {
  width = std::max<std::size_t>(width, 20);
  std::string text;
  for (const ReportInfo& info : report_catalogue()) {
    std::vector<std::string> lines =
        wrap_words(info.name + " (one row per " + info.one_row_per + ")", "", "  ", width);
    auto add = [&lines](const std::vector<std::string>& more) {
      lines.insert(lines.end(), more.begin(), more.end());
    };
    add(wrap_words(info.description, "  ", "  ", width));
    add(wrap_words(fmt::format("{}", fmt::join(info.options, " ")), "  options: ", "           ",
                   width));
    // Options refused for one reason are named together: "--ai, --no-ai: it compares ...".
    std::vector<std::pair<std::vector<std::string>, std::string>> refused;
    for (const auto& [option, reason] : info.refused) {
      if (refused.empty() || refused.back().second != reason) refused.push_back({{}, reason});
      refused.back().first.push_back(option);
    }
    for (const auto& [options, reason] : refused) {
      add(wrap_words(fmt::format("{}: {}", fmt::join(options, ", "), reason),
                     "  refuses: ", "           ", width));
    }
    if (!text.empty()) text += '\n';
    for (const std::string& line : lines) text += line + '\n';
  }
  return text;
}

namespace {

int run_report_command(CLI::App& command, const DatabaseTarget& db_path,
                       const ReportCommandOptions& o) {
  // --format html is a page rather than a table format: report_output.cpp writes it, as it
  // writes the --chart text.
  const bool html = o.format == "html";
  if (o.chart && o.format != "table") {
    throw UsageError("option --chart: draws on the table format only, not --format " + o.format +
                     " (see 'jobsight report --help')");
  }
  Format format = html ? Format::table : parse_format(o.format);
  if (o.name == "list") {
    if (html || o.chart)
      throw UsageError(
          "report list has no chart; use --format table, csv, json or markdown (see 'jobsight "
          "report --help')");
    // A table would be several hundred columns wide: people get one block per report, fitted to
    // the output width (and never wider than 100 columns); programs get the catalogue as a table.
    if (format == Format::table) {
      std::cout << catalogue_text(std::min<std::size_t>(output_width(), 100));
    } else {
      render(catalogue_table(), format, std::cout);
    }
    return 0;
  }
  const ReportInfo* info = find_report(o.name);
  if (info == nullptr) {
    std::vector<std::string> known;
    for (const ReportInfo& r : report_catalogue()) known.push_back(r.name);
    // A typo gets the report it was meant to be; otherwise the list of them.
    std::string message =
        unknown_value_message("report", o.name, known, "see 'jobsight report list'");
    if (message.find("did you mean") == std::string::npos) {
      message = fmt::format("unknown report '{}'; the reports are: {} (see 'jobsight report list')",
                            o.name, fmt::join(known, ", "));
    }
    throw UsageError(message);
  }
  ReportFilters filters = report_filters_from(command, o.values);

  // Every option the report does not take is refused by its catalogue entry, before the
  // database is opened.
  check_report_filters(info->name, filters);
  Database db = db_path.open_read_only();
  Table table = run_report(db, info->name, filters);
  if (html) {
    std::cout << report_html(*info, filters, table);
    return 0;
  }
  if (o.chart) std::cout << report_chart_for_terminal(info->name, filters, table);
  // Long names and the summary's sentences wrap rather than lose their ends.
  RenderStyle style;
  style.wrap_text = true;
  render(table, format, std::cout, style);
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
      "  jobsight report summary\n"
      "  jobsight report ai-share --period year --chart\n"
      "  jobsight report pay-by-level --ci --format html > pay-by-level.html");
  report->add_option("name", o->name, "Report name, or 'list' for the catalogue")->required();
  add_report_options(*report, o->values);
  report
      ->add_option("--format", o->format,
                   "Output: table (default), csv, json, markdown, html (a page with the chart)")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown", "html"}));
  report->add_flag("--chart", o->chart,
                   "Draw the report's chart above the table (Unicode blocks; no colour with "
                   "NO_COLOR)");
  report->callback([&action, &db_path, o, report] {
    action = [&db_path, o, report] { return run_report_command(*report, db_path, *o); };
  });
}

}  // namespace jobsight::cli
