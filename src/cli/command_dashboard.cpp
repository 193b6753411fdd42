#include "cli/command_dashboard.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/dashboard_filters.hpp"
#include "cli/render.hpp"
#include "cli/report_options.hpp"
#include "cli/report_pages.hpp"
#include "jobsight/charts.hpp"
#include "jobsight/claims.hpp"
#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/inspect.hpp"
#include "jobsight/reports.hpp"

namespace jobsight::cli {
namespace {

struct DashboardOptions {
  std::string out;
  std::string claims_file;
  ReportOptionValues values;
};

// A cell of status's overview table by item name, as text ("" for NULL or a missing item).
std::string overview_item(const Table& overview, const std::string& item) {
  for (const auto& row : overview.rows) {
    if (row.size() < 2 || std::get_if<std::string>(&row[0]) == nullptr) continue;
    if (std::get<std::string>(row[0]) != item) continue;
    return display_cell("value", row[1]) == "-" ? "" : display_cell("value", row[1]);
  }
  return "";
}

// "4,985 postings, 2022-01-03 to 2026-10-31; no salary observations"
std::string data_range(const Table& overview) {
  // `count_item` counts them, `dates` + "_first_date" / "_last_date" date them (status.sql).
  auto part = [&overview](const std::string& what, const std::string& count_item,
                          const std::string& dates) {
    const std::string count = overview_item(overview, count_item);
    if (count.empty() || count == "0") return "no " + what;
    return fmt::format("{} {}, {} to {}", count, what,
                       overview_item(overview, dates + "_first_date"),
                       overview_item(overview, dates + "_last_date"));
  };
  return part("postings", "postings", "postings") + "; " +
         part("salary observations", "salary_observations", "observations");
}

// One line per import run: "#1 postings /path/postings.csv: 4,985 imported (2026-11-30T07:53:42Z)"
std::vector<std::string> import_lines(Database& db) {
  Table imports = list_imports(db);
  std::vector<std::string> lines;
  auto cell = [&imports](const std::vector<Cell>& row, const std::string& column) {
    for (std::size_t c = 0; c < imports.columns.size(); ++c) {
      if (imports.columns[c] == column) return display_cell(column, row[c]);
    }
    return std::string("-");
  };
  for (const auto& row : imports.rows) {
    lines.push_back(fmt::format("#{} {} {}: {} imported, sha256 {} ({})", cell(row, "import_id"),
                                cell(row, "kind"), cell(row, "file_name"), cell(row, "imported"),
                                cell(row, "sha256_short"), cell(row, "finished_at")));
  }
  return lines;
}

int run_dashboard_command(CLI::App& command, const DatabaseTarget& db_path,
                          const DashboardOptions& o) {
  ReportFilters all = report_filters_from(command, o.values);
  // A dashboard is an overview: a row per year unless asked otherwise.
  if (!all.period) all.period = "year";
  std::vector<std::pair<const ReportInfo*, ReportFilters>> runs;
  std::vector<std::vector<std::string>> left_outs;
  for (const ReportInfo& info : report_catalogue()) {
    std::vector<std::string> left_out;
    ReportFilters filters = filters_for_report(info, all, left_out);
    check_report_filters(info.name, filters);
    runs.push_back({&info, filters});
    left_outs.push_back(left_out);
  }
  // The claims file is read whole before the database is opened, as `check` does.
  std::vector<Claim> claims;
  if (!o.claims_file.empty()) claims = read_claims_file(o.claims_file);

  Database db = db_path.open_read_only();
  HtmlPage page;
  page.title = "jobsight dashboard";
  std::vector<std::string> words = filter_words(all);
  page.facts.push_back({"filters", fmt::format("{}", fmt::join(words, " "))});
  page.facts.push_back({"database", db_path.path});
  DatabaseStatus status = database_status(db);
  page.facts.push_back({"data", data_range(status.overview)});
  std::vector<std::string> imports = import_lines(db);
  page.facts.push_back(
      {"import runs", imports.empty() ? "none" : fmt::format("{}", fmt::join(imports, "; "))});
  page.facts.push_back({"made by", std::string("jobsight ") + JOBSIGHT_VERSION});

  for (std::size_t i = 0; i < runs.size(); ++i) {
    const auto& [info, filters] = runs[i];
    Table table = run_report(db, info->name, filters);
    HtmlSection section = report_section(*info, filters, table);
    if (!left_outs[i].empty()) {
      section.lead += fmt::format(" Runs without {}.", fmt::join(left_outs[i], ", "));
    }
    page.sections.push_back(std::move(section));
  }
  if (!o.claims_file.empty()) {
    Table verdicts = check_claims(db, claims, parse_report_filters, o.values.confidence);
    HtmlSection section;
    section.id = "claims";
    section.heading = "claims";
    section.lead = fmt::format(
        "The claims of {} tested against the data: supported when the whole interval passes, "
        "contradicted when none of it does, inconclusive when it straddles.",
        o.claims_file);
    section.command = "jobsight check " + quote_shell_word(o.claims_file);
    section.table = html_table(verdicts);
    section.empty_text = "No claims.";
    page.sections.push_back(std::move(section));
  }

  std::ofstream out(o.out, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(fmt::format("cannot write {}: {}", o.out, std::strerror(errno)));
  out << html_page(page);
  out.close();
  if (!out) throw Error(fmt::format("cannot write {}: {}", o.out, std::strerror(errno)));
  std::cout << fmt::format("{}: {} reports{}\n", o.out, runs.size(),
                           claims.empty() ? "" : fmt::format(", {} claims", claims.size()));
  return 0;
}

}  // namespace

void setup_dashboard_command(CLI::App& app, const DatabaseTarget& db_path,
                             std::function<int()>& action) {
  auto o = std::make_shared<DashboardOptions>();
  CLI::App* command = app.add_subcommand(
      "dashboard", "Write every report's chart and table to one self-contained HTML file");
  command->footer(
      "The report options apply to every report that takes them; a report that does not take\n"
      "one runs without it and its section says so. --period is year unless given. The page\n"
      "needs no network: CSS and SVG are inline, there is no script.\n"
      "Examples:\n"
      "  jobsight dashboard --out dashboard.html\n"
      "  jobsight dashboard --ai --country US --year 2025 --out us-ai-2025.html\n"
      "  jobsight dashboard --ci --claims sample_data/claims/ai-engineer-pay-2026.csv "
      "--out claims.html");
  command->add_option("--out", o->out, "The HTML file to write (replaced if it exists)")
      ->required();
  command->add_option("--claims", o->claims_file,
                      "A claims file (as for 'jobsight check') whose verdicts the page adds");
  add_report_options(*command, o->values);
  command->callback([&action, &db_path, o, command] {
    action = [&db_path, o, command] { return run_dashboard_command(*command, db_path, *o); };
  });
}

}  // namespace jobsight::cli
