#include "cli/report_output.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <cstdlib>

#include "cli/render.hpp"
#include "cli/report_pages.hpp"
#include "jobsight/charts.hpp"

namespace jobsight::cli {

std::string report_html(const ReportInfo& info, const ReportFilters& filters, const Table& table) {
  HtmlPage page;
  page.title = "jobsight report " + info.name;
  std::vector<std::string> words = filter_words(filters);
  page.facts.push_back(
      {"options", words.empty() ? "none" : fmt::format("{}", fmt::join(words, " "))});
  page.facts.push_back({"rows", with_thousands(static_cast<std::int64_t>(table.rows.size()))});
  page.sections.push_back(report_section(info, filters, table));
  return html_page(page);
}

std::string report_chart_for_terminal(const std::string& report, const ReportFilters& filters,
                                      const Table& table) {
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  const char* no_color = std::getenv("NO_COLOR");
  const bool colour = (no_color == nullptr || *no_color == '\0') && isatty(STDOUT_FILENO) == 1;
  std::string text = report_chart_text(report, table, terminal_width().value_or(80), colour,
                                       filters.min_n.value_or(kDefaultChartMinN));
  return text.empty() ? text : text + "\n";
}

}  // namespace jobsight::cli
