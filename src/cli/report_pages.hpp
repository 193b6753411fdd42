#pragma once
// The pieces of the HTML pages (`report --format html`, `dashboard`) that come from the command
// line: tables formatted as the table format shows them, and the options a report ran with.

#include <string>
#include <vector>

#include "jobsight/charts.hpp"
#include "jobsight/reports.hpp"
#include "jobsight/table.hpp"

namespace jobsight::cli {

// `table` with its headers and cells as the table format shows them; a column is numeric
// (right-aligned) when every cell that is not NULL is a number.
HtmlTable html_table(const Table& table);

// The options `filters` holds, as words of a command line in a fixed order (--from ... --ci
// --confidence), each value quoted for a shell when it needs to be: {"--ai", "--country", "US"}.
std::vector<std::string> filter_words(const ReportFilters& filters);

// The page section of report `info` run with `filters`: its chart (drawn for filters.min_n, else
// the default), the table, what the report shows, and the `jobsight report ...` command that
// prints the same numbers.
HtmlSection report_section(const ReportInfo& info, const ReportFilters& filters,
                           const Table& table);

}  // namespace jobsight::cli
