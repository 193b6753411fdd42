#pragma once
// What `jobsight report` prints besides a table: the page of --format html, the chart of --chart.

#include <string>

#include "jobsight/reports.hpp"
#include "jobsight/table.hpp"

namespace jobsight::cli {

// The self-contained HTML page of report `info` run with `filters`: a header naming the report
// and its options, the chart and the table.
std::string report_html(const ReportInfo& info, const ReportFilters& filters, const Table& table);

// The report's chart for the terminal, fitted to terminal_width() (80 when unknown), coloured
// only when standard output is a terminal and NO_COLOR is unset or empty, followed by a blank
// line; "" when the report has no chart or no rows.
std::string report_chart_for_terminal(const std::string& report, const ReportFilters& filters,
                                      const Table& table);

}  // namespace jobsight::cli
