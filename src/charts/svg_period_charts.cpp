// Charts over time: a line with its interval band, stacked shares.
#include <fmt/format.h>

#include <algorithm>

#include "charts/report_charts.hpp"
#include "charts/scale.hpp"
#include "charts/svg_charts.hpp"
#include "charts/svg_frame.hpp"

namespace jobsight::charts {
namespace {

// Under the plot: category labels, the category axis label, then up to two lines of notes.
constexpr double kHeight = 384, kLeft = 70, kRight = kChartWidth - 24, kTop = 60,
                 kBottom = kHeight - 100;

// The x of category `i` of `count`, spread evenly over the plot.
double category_x(std::size_t i, std::size_t count) {
  if (count <= 1) return (kLeft + kRight) / 2;
  return kLeft + (kRight - kLeft) * static_cast<double>(i) / static_cast<double>(count - 1);
}

// Category labels under the plot, at most about a dozen (every k-th, and always the last).
void draw_category_axis(SvgWriter& svg, const Chart& chart) {
  const std::size_t count = chart.categories.size();
  const std::size_t every = std::max<std::size_t>(1, (count + 11) / 12);
  for (std::size_t i = 0; i < count; ++i) {
    if (i % every != 0 && i + 1 != count) continue;
    if (i + 1 == count && i % every != 0 && i % every < every / 2 + 1 && count > 1) continue;
    const double x = category_x(i, count);
    svg.line(x, kBottom, x, kBottom + 4, "stroke=\"#000000\"");
    svg.text(x, kBottom + 18, cut_label(chart.categories[i], 10),
             "text-anchor=\"middle\" fill=\"#333333\"");
  }
  svg.text((kLeft + kRight) / 2, kBottom + 38, chart.category_label,
           "text-anchor=\"middle\" fill=\"#000000\"");
}

}  // namespace

std::string line_chart_svg(const Chart& chart) {
  SvgWriter svg = open_chart(chart, kHeight, {kMainStyle});
  const Series& series = chart.series.at(0);
  const std::size_t count = chart.categories.size();
  auto [low, high] = value_range(chart);
  LinearScale y = draw_value_axis_y(svg, chart, nice_ticks(0, std::max(high, low)), kLeft, kRight,
                                    kTop, kBottom);
  draw_category_axis(svg, chart);

  // The interval as a band: upper bounds left to right, lower bounds back.
  std::string band, line;
  std::vector<std::size_t> with_interval;
  for (std::size_t i = 0; i < count; ++i) {
    if (i < series.low.size() && series.low[i] && series.high[i]) with_interval.push_back(i);
  }
  if (with_interval.size() >= 2) {
    for (std::size_t i : with_interval) {
      band += fmt::format("{}{} {} ", band.empty() ? "M" : "L", coordinate(category_x(i, count)),
                          coordinate(y(*series.high[i])));
    }
    for (auto it = with_interval.rbegin(); it != with_interval.rend(); ++it) {
      band += fmt::format("L{} {} ", coordinate(category_x(*it, count)),
                          coordinate(y(*series.low[*it])));
    }
    band += "Z";
    svg.path(band, fmt::format("fill=\"{}\" opacity=\"0.3\"", kSkyBlue.hex));
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (!series.values[i]) continue;
    line += fmt::format("{}{} {} ", line.empty() ? "M" : "L", coordinate(category_x(i, count)),
                        coordinate(y(*series.values[i])));
  }
  if (!line.empty()) {
    line.pop_back();
    svg.path(line,
             fmt::format("fill=\"none\" stroke=\"{}\" stroke-width=\"2\"", kMainStyle.colour.hex));
  }
  // Points, each with its tooltip; the n under each point when they fit.
  const bool label_n = count <= kMaxPointLabels && !series.n.empty();
  // Past two dozen points the whiskers would hide the line; the band shows the intervals.
  const bool whiskers = count <= 24;
  for (std::size_t i = 0; i < count; ++i) {
    if (!series.values[i]) continue;
    const bool small = i < chart.small.size() && chart.small[i];
    const double x = category_x(i, count), py = y(*series.values[i]);
    svg.begin_group(small ? fmt::format("opacity=\"{}\"", kFadedOpacity) : "class=\"point\"",
                    value_tooltip(chart, series, i));
    if (whiskers && i < series.low.size() && series.low[i] && series.high[i]) {
      svg.line(x, y(*series.low[i]), x, y(*series.high[i]),
               fmt::format("stroke=\"{}\" stroke-width=\"1\"", kMainStyle.colour.hex));
    }
    svg.circle(x, py, 3.5,
               small ? fmt::format("fill=\"#FFFFFF\" stroke=\"{}\" stroke-dasharray=\"2 1\"",
                                   kMainStyle.colour.hex)
                     : fmt::format("fill=\"{}\"", kMainStyle.colour.hex));
    if (label_n && series.n[i]) {
      svg.text(x, kBottom - 6,
               "n=" + value_text(static_cast<double>(*series.n[i]), ValueUnit::count),
               "text-anchor=\"middle\" font-size=\"10\" fill=\"#333333\"");
    }
    svg.end_group();
  }
  draw_notes(svg, chart, kBottom + 60);
  return svg.finish();
}

std::string stacked_area_svg(const Chart& chart) {
  std::vector<SeriesStyle> styles(kStackStyles.begin(), kStackStyles.end());
  SvgWriter svg = open_chart(chart, kHeight, styles);
  const std::size_t count = chart.categories.size();
  LinearScale y = draw_value_axis_y(svg, chart, nice_ticks(0, 100), kLeft, kRight, kTop, kBottom);
  draw_category_axis(svg, chart);
  std::vector<double> base(count, 0.0);
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const Series& series = chart.series[s];
    std::vector<double> top = base;
    for (std::size_t i = 0; i < count; ++i) top[i] += series.values[i].value_or(0);
    std::string d;
    for (std::size_t i = 0; i < count; ++i) {
      d += fmt::format("{}{} {} ", d.empty() ? "M" : "L", coordinate(category_x(i, count)),
                       coordinate(y(top[i])));
    }
    for (std::size_t i = count; i-- > 0;) {
      d += fmt::format("L{} {} ", coordinate(category_x(i, count)), coordinate(y(base[i])));
    }
    d += "Z";
    svg.begin_group("class=\"layer\"", series.name);
    svg.path(d, fill_of(chart, styles[s % styles.size()], s % styles.size()) +
                    " stroke=\"#FFFFFF\" stroke-width=\"0.5\"");
    svg.end_group();
    base = top;
  }
  // Small periods: a faded veil over their slice of the plot, and a tooltip per period.
  const double half = count > 1 ? (kRight - kLeft) / static_cast<double>(count - 1) / 2 : 20;
  for (std::size_t i = 0; i < count; ++i) {
    std::string tooltip = chart.categories[i] + ":";
    for (const Series& series : chart.series) {
      tooltip += " " + series.name + " " +
                 (series.values[i] ? value_text(*series.values[i], chart.unit) : "-");
    }
    if (!chart.series.empty() && i < chart.series[0].n.size() && chart.series[0].n[i]) {
      tooltip +=
          ", n = " + value_text(static_cast<double>(*chart.series[0].n[i]), ValueUnit::count);
    }
    const bool small = i < chart.small.size() && chart.small[i];
    if (small) tooltip += " (" + chart.small_label + ")";
    const double x = category_x(i, count);
    svg.begin_group("class=\"period\"", tooltip);
    svg.rect(std::max(kLeft, x - half), kTop,
             std::min(kRight, x + half) - std::max(kLeft, x - half), kBottom - kTop,
             small ? "fill=\"#FFFFFF\" opacity=\"0.65\"" : "fill=\"#FFFFFF\" opacity=\"0\"");
    svg.end_group();
  }
  draw_notes(svg, chart, kBottom + 60);
  return svg.finish();
}

}  // namespace jobsight::charts
