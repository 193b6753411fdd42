#pragma once
// Charts of the reports, as SVG, as a self-contained HTML page, and as Unicode text for a
// terminal (public API, charts layer). Everything returns text; printing is the CLI's job.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "jobsight/table.hpp"

namespace jobsight {

// The smallest group drawn at full strength when a report has no --min-n (SPEC's default).
inline constexpr int kDefaultChartMinN = 10;

// The chart of report `report` (a name of report_catalogue) for its rows `table`, exactly as
// run_report returns them, as a complete <svg> element with <title> and <desc>: see
// charts/report_charts.hpp for which chart each report gets. Groups whose n is below `min_n`
// are drawn faded and labelled; with --ci's interval columns the intervals are drawn as bands or
// whiskers. Every text is escaped for XML. Returns "" when the report has no chart (summary) or
// the table has no rows.
std::string report_chart_svg(const std::string& report, const Table& table,
                             int min_n = kDefaultChartMinN);

// The same chart as lines of text for a terminal, no wider than `width` characters (40 at
// least), with ANSI colours when `colour` (the caller checks NO_COLOR and the terminal). ""
// when the report has no chart.
std::string report_chart_text(const std::string& report, const Table& table, std::size_t width,
                              bool colour, int min_n = kDefaultChartMinN);

// A table ready for HTML: header labels and cells as people read them (the CLI formats them as
// its table format does).
struct HtmlTable {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;  // per column: right-aligned
};

// One section of a page: a heading, a line under it, a chart (SVG, may be empty) and the table.
struct HtmlSection {
  std::string id;       // the anchor, unique in the page: "ai-share"
  std::string heading;  // "ai-share"
  std::string lead;     // one sentence: what the report shows
  std::string command;  // the command that prints the same numbers, shown under the table
  std::string svg;      // from report_chart_svg, written as it is; "" for none
  HtmlTable table;
  std::string empty_text;  // shown instead of the table when it has no rows
};

// A whole page: a title, facts about where the numbers come from (label, value), sections.
struct HtmlPage {
  std::string title;
  std::vector<std::pair<std::string, std::string>> facts;  // "filters", "--ai --country US"
  std::vector<HtmlSection> sections;
};

// `page` as one self-contained HTML5 document: inline CSS (with a print stylesheet) and inline
// SVG, no script, no link to any font, style sheet or image, and a Content-Security-Policy that
// forbids fetching any, so it opens the same offline. Every text but the SVG is escaped; a table
// of more than one section gets a list of links to the sections.
std::string html_page(const HtmlPage& page);

}  // namespace jobsight
