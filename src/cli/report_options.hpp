#pragma once
// The report options (--from ... --confidence) as CLI11 options: one definition that
// `jobsight report` and the filters of `jobsight check` both parse with.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "jobsight/reports.hpp"

namespace jobsight::cli {

// Where the parsed report options land; read them with report_filters_from.
struct ReportOptionValues {
  std::string from, to, country, region, industry, period, source, by;
  std::string level, skill, title, remote, employment_type;
  bool ai = false, no_ai = false, ci = false;
  double confidence = 0.95;
  int year = 0;
  int min_n = 0;
  int top = 0;
};

// Adds every report option of SPEC 5 (all but the name and --format) to `command`, bound to
// `values`, which must outlive it. CLI11 checks what it can (--period, --source, --by values,
// --min-n and --top ranges, --ai with --no-ai); check_report_filters checks the rest.
void add_report_options(CLI::App& command, ReportOptionValues& values);

// The filters the options given on `command` (added by add_report_options) set; an option not
// given stays unset.
ReportFilters report_filters_from(const CLI::App& command, const ReportOptionValues& values);

// Parses `words` (report options as a shell splits them, e.g. {"--country", "US", "--ai"}) with
// the options of add_report_options. Throws jobsight::Error with CLI11's message for a word that
// is not a report option, a missing or invalid value, or anything else CLI11 refuses.
ReportFilters parse_report_filters(const std::vector<std::string>& words);

}  // namespace jobsight::cli
