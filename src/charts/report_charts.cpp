#include "charts/report_charts.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

#include "charts/scale.hpp"
#include "reports/table_cells.hpp"

namespace jobsight::charts {
namespace {

// Reading a report's rows by column name; a missing column reads as nothing.
class Rows {
 public:
  explicit Rows(const Table& table) : table_(table) {}

  std::size_t size() const { return table_.rows.size(); }
  bool has(std::string_view column) const { return column_index(table_, column).has_value(); }

  std::optional<double> number(std::size_t row, std::string_view column) const {
    auto index = column_index(table_, column);
    return index ? number_of(table_.rows[row][*index]) : std::nullopt;
  }
  std::optional<std::int64_t> count(std::size_t row, std::string_view column) const {
    auto value = number(row, column);
    return value ? std::optional<std::int64_t>(static_cast<std::int64_t>(*value)) : std::nullopt;
  }
  std::string text(std::size_t row, std::string_view column) const {
    auto index = column_index(table_, column);
    if (!index) return "";
    const Cell& cell = table_.rows[row][*index];
    if (const auto* text = std::get_if<std::string>(&cell)) return *text;
    if (const auto* integer = std::get_if<std::int64_t>(&cell)) return std::to_string(*integer);
    return "";
  }
  // Whether the row's interval could not be computed (--ci's note column).
  bool noted(std::size_t row) const { return !text(row, "note").empty(); }

 private:
  const Table& table_;
};

// A series of `column` over `rows` (indexes into the table), with its interval columns when the
// table has them and n from `n_column`.
Series series_of(const Rows& table, const std::vector<std::size_t>& rows, const std::string& name,
                 const std::string& column, const std::string& n_column) {
  Series series{name, {}, {}, {}, {}, {}};
  const bool ci = table.has(column + "_ci_low");
  for (std::size_t row : rows) {
    series.values.push_back(table.number(row, column));
    if (ci) {
      series.low.push_back(table.number(row, column + "_ci_low"));
      series.high.push_back(table.number(row, column + "_ci_high"));
    }
    if (!n_column.empty()) series.n.push_back(table.count(row, n_column));
  }
  return series;
}

std::vector<std::size_t> all_rows(const Rows& table) {
  std::vector<std::size_t> rows(table.size());
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
  return rows;
}

// The table's rows up to kMaxBars, the first ones; when there are more, the chart's note says so.
std::vector<std::size_t> first_rows(const Rows& table, Chart& chart) {
  std::vector<std::size_t> rows = all_rows(table);
  if (rows.size() > kMaxBars) {
    chart.note =
        fmt::format("The first {} of {} rows; the table has them all.", kMaxBars, rows.size());
    rows.resize(kMaxBars);
  }
  return rows;
}

// Categories from `column`, small where n (from `n_column`) is below min_n or the row's interval
// could not be computed.
void set_categories(Chart& chart, const Rows& table, const std::vector<std::size_t>& rows,
                    const std::string& column, const std::string& n_column, int min_n) {
  for (std::size_t row : rows) {
    chart.categories.push_back(table.text(row, column));
    auto n = table.count(row, n_column);
    chart.small.push_back((n && *n < min_n) || table.noted(row));
  }
  chart.small_label = fmt::format("n below {}", min_n);
}

std::string first_column(const Table& table) {
  return table.columns.empty() ? "" : table.columns[0];
}

std::optional<Chart> ai_share(const Rows& table, int min_n) {
  if (!table.has("ai_share_pct") || !table.has("period")) return std::nullopt;
  Chart chart;
  chart.kind = ChartKind::line;
  chart.id = "ai-share";
  chart.title = "AI share of postings";
  chart.category_label = "period";
  chart.value_label = "AI roles, % of postings";
  chart.unit = ValueUnit::percent;
  const auto rows = all_rows(table);
  set_categories(chart, table, rows, "period", "postings", min_n);
  chart.series.push_back(series_of(table, rows, "AI share", "ai_share_pct", "postings"));
  const auto& values = chart.series[0].values;
  chart.description =
      fmt::format("A line of the share of postings that are AI roles per period, {} to {}",
                  chart.categories.front(), chart.categories.back());
  if (values.front() && values.back()) {
    chart.description += fmt::format(": {} then {}", value_text(*values.front(), chart.unit),
                                     value_text(*values.back(), chart.unit));
  }
  chart.description += ".";
  std::vector<std::string> notes;
  if (!chart.series[0].low.empty()) notes.push_back("The band is each share's confidence interval");
  if (chart.categories.size() > kMaxPointLabels) {
    // Too many points to label each with its n: the range of n, and each n in its tooltip.
    std::int64_t least = 0, most = 0;
    bool first = true;
    for (const auto& n : chart.series[0].n) {
      if (!n) continue;
      least = first ? *n : std::min(least, *n);
      most = first ? *n : std::max(most, *n);
      first = false;
    }
    if (!first) {
      notes.push_back(fmt::format("n per point {} to {} postings (each in its tooltip)",
                                  value_text(static_cast<double>(least), ValueUnit::count),
                                  value_text(static_cast<double>(most), ValueUnit::count)));
    }
  }
  if (!notes.empty()) {
    chart.note = fmt::format("{}.", fmt::join(notes, "; "));
  }
  return chart;
}

std::optional<Chart> seniority_mix(const Rows& table, int min_n) {
  static const std::array<std::string, 6> levels{"intern", "entry", "mid",
                                                 "senior", "lead",  "executive"};
  if (!table.has("period") || !table.has("postings") || !table.has("intern")) return std::nullopt;
  Chart chart;
  chart.kind = ChartKind::stacked_area;
  chart.id = "seniority-mix";
  chart.title = "Seniority mix of postings";
  chart.category_label = "period";
  chart.value_label = "% of the period's postings";
  chart.unit = ValueUnit::percent;
  const auto rows = all_rows(table);
  set_categories(chart, table, rows, "period", "postings", min_n);
  for (const std::string& level : levels) {
    Series series{level, {}, {}, {}, {}, {}};
    for (std::size_t row : rows) {
      auto count = table.number(row, level);
      auto total = table.number(row, "postings");
      series.values.push_back(count && total && *total > 0
                                  ? std::optional<double>(*count / *total * 100)
                                  : std::nullopt);
      series.n.push_back(table.count(row, "postings"));
    }
    chart.series.push_back(std::move(series));
  }
  chart.description = fmt::format(
      "Stacked areas of each seniority level's share of postings per period, {} to {}, intern at "
      "the bottom and executive at the top.",
      chart.categories.front(), chart.categories.back());
  return chart;
}

std::optional<Chart> pay_ranges(const Rows& table, const std::string& id, const std::string& title,
                                int min_n, const std::string& group_column) {
  if (!table.has("median") || !table.has("p25") || !table.has("p75")) return std::nullopt;
  Chart chart;
  chart.kind = ChartKind::range_bars;
  chart.id = id;
  chart.title = title;
  chart.category_label = group_column == "level" ? "seniority level" : group_column;
  chart.value_label = "annual pay, USD (bar: p25 to p75; mark: median)";
  chart.unit = ValueUnit::usd;
  std::vector<std::size_t> rows = first_rows(table, chart);
  set_categories(chart, table, rows, group_column, "n", min_n);
  chart.series.push_back(series_of(table, rows, "p25", "p25", "n"));
  chart.series.push_back(series_of(table, rows, "median", "median", "n"));
  chart.series.push_back(series_of(table, rows, "p75", "p75", "n"));
  chart.description = fmt::format(
      "Horizontal bars from the 25th to the 75th percentile of annual pay in USD per {}, the "
      "median marked{}; {} rows, first {}.",
      chart.category_label, chart.series[1].low.empty() ? "" : " with its confidence interval",
      rows.size(), chart.categories.front());
  return chart;
}

std::optional<Chart> pay_by_region(const Rows& table, const std::string& group_column, int min_n) {
  if (!table.has("vs_us_pct")) return std::nullopt;
  Chart chart;
  chart.kind = ChartKind::bars;
  chart.id = "pay-by-region";
  chart.title = fmt::format("Median pay by {} against the US", group_column);
  chart.category_label = group_column;
  chart.value_label = "median annual pay against the US median (%)";
  chart.unit = ValueUnit::percent;
  std::vector<std::size_t> rows = first_rows(table, chart);
  set_categories(chart, table, rows, group_column, "n", min_n);
  chart.series.push_back(series_of(table, rows, "vs US", "vs_us_pct", "n"));
  if (chart.note.empty()) chart.note = "0 is the US median; bars to the left pay less.";
  chart.description =
      fmt::format("Bars of each {}'s median annual pay against the US median, in percent; {} rows.",
                  group_column, rows.size());
  return chart;
}

std::optional<Chart> top_skills(const Rows& table, int min_n) {
  if (!table.has("share_pct") || !table.has("skill") || !table.has("period")) return std::nullopt;
  // The latest period's ranking (periods sort as text: 2025-03, 2025-Q1, 2025).
  std::string latest;
  for (std::size_t row = 0; row < table.size(); ++row)
    latest = std::max(latest, table.text(row, "period"));
  std::vector<std::size_t> rows;
  for (std::size_t row = 0; row < table.size(); ++row) {
    if (table.text(row, "period") == latest) rows.push_back(row);
  }
  std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
    return table.number(a, "rank").value_or(0) < table.number(b, "rank").value_or(0);
  });
  Chart chart;
  chart.kind = ChartKind::bars;
  chart.id = "top-skills";
  chart.title = "Top skills in " + latest;
  chart.category_label = "skill, by rank";
  chart.value_label = "% of the period's postings asking for the skill";
  chart.unit = ValueUnit::percent;
  set_categories(chart, table, rows, "skill", "postings", min_n);
  chart.series.push_back(series_of(table, rows, "share", "share_pct", "postings"));
  chart.note = "The latest period of the report; the table has every period.";
  chart.description = fmt::format(
      "Ranked bars of the share of postings asking for each of the top {} skills in {}.",
      rows.size(), latest);
  return chart;
}

std::optional<Chart> paired(const Rows& table, const std::string& id, const std::string& title,
                            const std::string& group_column,
                            const std::array<std::string, 4>& columns, ValueUnit unit,
                            const std::string& value_label, int min_n) {
  // columns: first value, its n, second value, its n
  if (!table.has(columns[0]) || !table.has(columns[2])) return std::nullopt;
  Chart chart;
  chart.kind = ChartKind::paired_bars;
  chart.id = id;
  chart.title = title;
  chart.category_label = group_column == "level" ? "seniority level" : group_column;
  chart.value_label = value_label;
  chart.unit = unit;
  std::vector<std::size_t> rows = first_rows(table, chart);
  chart.series.push_back(series_of(table, rows, "AI roles", columns[0], columns[1]));
  chart.series.push_back(series_of(table, rows, "other roles", columns[2], columns[3]));
  for (std::size_t row : rows) {
    chart.categories.push_back(table.text(row, group_column));
    auto a = table.count(row, columns[1]), b = table.count(row, columns[3]);
    chart.series[0].small.push_back(a && *a < min_n);
    chart.series[1].small.push_back(b && *b < min_n);
    chart.small.push_back((a && *a < min_n) || (b && *b < min_n) || table.noted(row));
  }
  chart.small_label = fmt::format("n below {}", min_n);
  chart.description = fmt::format("Paired bars per {}: AI roles beside other roles, {}; {} rows.",
                                  chart.category_label, value_label, rows.size());
  return chart;
}

}  // namespace

std::optional<Chart> report_chart(const std::string& report, const Table& table, int min_n) {
  Rows rows(table);
  if (rows.size() == 0) return std::nullopt;
  if (report == "ai-share") return ai_share(rows, min_n);
  if (report == "seniority-mix") return seniority_mix(rows, min_n);
  if (report == "pay-by-skill") {
    return pay_ranges(rows, "pay-by-skill", "Pay by skill", min_n, "skill");
  }
  if (report == "pay-by-level") {
    return pay_ranges(rows, "pay-by-level", "Pay by seniority level", min_n, "level");
  }
  if (report == "pay-by-region") return pay_by_region(rows, first_column(table), min_n);
  if (report == "top-skills") return top_skills(rows, min_n);
  if (report == "ai-growth") {
    // The growth is the postings of the year against the year before: its n is the year's.
    return paired(rows, "ai-growth", "Growth of AI and other postings", first_column(table),
                  {"ai_growth_pct", "ai_postings", "other_growth_pct", "other_postings"},
                  ValueUnit::percent, "growth against the same months a year before (%)", min_n);
  }
  if (report == "ai-premium") {
    return paired(rows, "ai-premium", "Median pay of AI and other roles", "level",
                  {"ai_median", "ai_n", "other_median", "other_n"}, ValueUnit::usd,
                  "median annual pay, USD", min_n);
  }
  return std::nullopt;
}

}  // namespace jobsight::charts
