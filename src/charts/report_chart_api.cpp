// The public entry points of jobsight/charts.hpp that draw a report's chart.
#include "charts/report_charts.hpp"
#include "charts/svg_charts.hpp"
#include "charts/terminal_chart.hpp"
#include "jobsight/charts.hpp"

namespace jobsight {

std::string report_chart_svg(const std::string& report, const Table& table, int min_n) {
  auto chart = charts::report_chart(report, table, min_n);
  return chart ? charts::chart_svg(*chart) : std::string();
}

std::string report_chart_text(const std::string& report, const Table& table, std::size_t width,
                              bool colour, int min_n) {
  auto chart = charts::report_chart(report, table, min_n);
  return chart ? charts::terminal_chart(*chart, {width, colour}) : std::string();
}

}  // namespace jobsight
