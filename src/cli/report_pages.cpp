#include "cli/report_pages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/render.hpp"
#include "jobsight/claims.hpp"

namespace jobsight::cli {

HtmlTable html_table(const Table& table) {
  HtmlTable html;
  for (const std::string& column : table.columns) html.headers.push_back(display_header(column));
  html.numeric.assign(table.columns.size(), true);
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
      cells.push_back(display_cell(table.columns[c], row[c]));
      if (std::holds_alternative<std::string>(row[c])) html.numeric[c] = false;
    }
    html.rows.push_back(std::move(cells));
  }
  if (table.rows.empty()) html.numeric.assign(table.columns.size(), false);
  return html;
}

std::vector<std::string> filter_words(const ReportFilters& f) {
  std::vector<std::string> words;
  auto add = [&words](const char* option, const std::optional<std::string>& value) {
    if (value) words.insert(words.end(), {option, quote_shell_word(*value)});
  };
  auto add_number = [&words](const char* option, const std::optional<int>& value) {
    if (value) words.insert(words.end(), {option, std::to_string(*value)});
  };
  add("--from", f.from);
  add("--to", f.to);
  add_number("--year", f.year);
  add("--country", f.country);
  add("--region", f.region);
  add("--industry", f.industry);
  add("--period", f.period);
  add_number("--min-n", f.min_n);
  add("--source", f.source);
  add("--by", f.by);
  add_number("--top", f.top);
  if (f.ai) words.push_back(*f.ai ? "--ai" : "--no-ai");
  add("--level", f.level);
  add("--skill", f.skill);
  add("--title", f.title);
  add("--remote", f.remote);
  add("--employment-type", f.employment_type);
  if (f.ci) words.push_back("--ci");
  if (f.confidence) words.insert(words.end(), {"--confidence", fmt::format("{}", *f.confidence)});
  return words;
}

HtmlSection report_section(const ReportInfo& info, const ReportFilters& filters,
                           const Table& table) {
  HtmlSection section;
  section.id = info.name;
  section.heading = info.name;
  section.lead = info.description;
  std::vector<std::string> words = filter_words(filters);
  section.command = fmt::format("jobsight report {}{}{}", info.name, words.empty() ? "" : " ",
                                fmt::join(words, " "));
  section.svg = report_chart_svg(info.name, table, filters.min_n.value_or(kDefaultChartMinN));
  section.table = html_table(table);
  section.empty_text = "No rows: no data for these filters.";
  return section;
}

}  // namespace jobsight::cli
