// Horizontal bar charts: p25-p75 ranges with the median, bars from zero, paired bars.
#include <fmt/format.h>

#include "charts/scale.hpp"
#include "charts/svg_charts.hpp"
#include "charts/svg_frame.hpp"

namespace jobsight::charts {
namespace {

// Labels sit right-aligned left of kLeft; values and n right of the plot, before kChartWidth.
constexpr double kLeft = 210, kRight = kChartWidth - 120, kTop = 74, kAxisSpace = 44,
                 kNoteSpace = 40;
constexpr std::size_t kLabelChars = 30;

double chart_height(std::size_t rows, double row_height) {
  return kTop + static_cast<double>(rows) * row_height + kAxisSpace + kNoteSpace;
}

bool is_small(const Chart& chart, std::size_t i) {
  return i < chart.small.size() && chart.small[i];
}

std::string faded_attributes(bool small) {
  return small ? fmt::format("opacity=\"{}\"", kFadedOpacity) : std::string("class=\"bar\"");
}

// The category label of row `i`, and "n = N" or the small label right of the plot.
void draw_row_labels(SvgWriter& svg, const Chart& chart, std::size_t i, double mid_y,
                     const std::string& right_text) {
  svg.text(kLeft - 8, mid_y + 4, cut_label(chart.categories[i], kLabelChars),
           "text-anchor=\"end\" fill=\"#000000\"");
  svg.text(kRight + 8, mid_y + 4, right_text, "fill=\"#333333\"");
}

std::string n_text(const Series& series, std::size_t i) {
  if (i >= series.n.size() || !series.n[i]) return "";
  return "n=" + value_text(static_cast<double>(*series.n[i]), ValueUnit::count);
}

void draw_whisker(SvgWriter& svg, double x1, double x2, double y, double half) {
  svg.line(x1, y, x2, y, "stroke=\"#000000\" stroke-width=\"1.2\"");
  svg.line(x1, y - half, x1, y + half, "stroke=\"#000000\" stroke-width=\"1.2\"");
  svg.line(x2, y - half, x2, y + half, "stroke=\"#000000\" stroke-width=\"1.2\"");
}

void draw_category_label(SvgWriter& svg, const Chart& chart) {
  svg.text(kLeft - 8, kTop - 6, chart.category_label,
           "text-anchor=\"end\" font-style=\"italic\" fill=\"#000000\"");
}

// The legend of a pay chart: the bar, the median mark and, with --ci, the median's interval.
void draw_range_legend(SvgWriter& svg, const Chart& chart) {
  svg.rect(12, 32, 24, 12, fill_of(chart, kRangeStyle, 0));
  svg.text(40, 42, "p25 to p75", "fill=\"#000000\"");
  svg.line(130, 30, 130, 46, "stroke=\"#000000\" stroke-width=\"3\"");
  svg.text(138, 42, "median", "fill=\"#000000\"");
  if (chart.series.size() > 1 && !chart.series[1].low.empty()) {
    draw_whisker(svg, 200, 224, 38, 4);
    svg.text(230, 42, "confidence interval of the median", "fill=\"#000000\"");
  }
}

}  // namespace

std::string range_bars_svg(const Chart& chart) {
  constexpr double row = 26;
  const std::size_t rows = chart.categories.size();
  const double height = chart_height(rows, row), bottom = kTop + rows * row;
  SvgWriter svg = open_chart(chart, height, {kRangeStyle}, false);
  draw_range_legend(svg, chart);
  draw_category_label(svg, chart);
  LinearScale x = draw_value_axis_x(svg, chart, kLeft, kRight, kTop, bottom);
  const Series &p25 = chart.series.at(0), &median = chart.series.at(1), &p75 = chart.series.at(2);
  for (std::size_t i = 0; i < rows; ++i) {
    const double mid = kTop + row * (static_cast<double>(i) + 0.5);
    const bool small = is_small(chart, i);
    std::string tooltip = chart.categories[i] + ":";
    if (p25.values[i] && p75.values[i]) {
      tooltip += " p25 " + value_text(*p25.values[i], chart.unit) + ", p75 " +
                 value_text(*p75.values[i], chart.unit) + ";";
    }
    tooltip += ' ';
    tooltip += value_tooltip(chart, median, i).substr(chart.categories[i].size() + 2);
    svg.begin_group(faded_attributes(small), tooltip);
    if (p25.values[i] && p75.values[i]) {
      svg.rect(x(*p25.values[i]), mid - 8, x(*p75.values[i]) - x(*p25.values[i]), 16,
               fill_of(chart, kRangeStyle, 0) +
                   (small ? " stroke=\"#000000\" stroke-dasharray=\"3 2\"" : ""));
    }
    if (i < median.low.size() && median.low[i] && median.high[i]) {
      draw_whisker(svg, x(*median.low[i]), x(*median.high[i]), mid, 4);
    }
    if (median.values[i]) {
      const double mx = x(*median.values[i]);
      svg.line(mx, mid - 10, mx, mid + 10, "stroke=\"#000000\" stroke-width=\"3\"");
    }
    std::string right = median.values[i] ? value_text(*median.values[i], chart.unit) : "-";
    right += "  " + (small ? chart.small_label : n_text(median, i));
    draw_row_labels(svg, chart, i, mid, right);
    svg.end_group();
  }
  draw_notes(svg, chart, height - 24);
  return svg.finish();
}

std::string bars_svg(const Chart& chart) {
  constexpr double row = 24;
  const std::size_t rows = chart.categories.size();
  const double height = chart_height(rows, row), bottom = kTop + rows * row;
  SvgWriter svg = open_chart(chart, height, {kMainStyle, kNegativeStyle});
  draw_category_label(svg, chart);
  LinearScale x = draw_value_axis_x(svg, chart, kLeft, kRight, kTop, bottom);
  const Series& series = chart.series.at(0);
  for (std::size_t i = 0; i < rows; ++i) {
    const double mid = kTop + row * (static_cast<double>(i) + 0.5);
    const bool small = is_small(chart, i);
    svg.begin_group(faded_attributes(small), value_tooltip(chart, series, i));
    if (series.values[i]) {
      const double value = *series.values[i];
      const double x0 = x(0), x1 = x(value);
      const bool negative = value < 0;
      svg.rect(std::min(x0, x1), mid - 8, std::abs(x1 - x0), 16,
               fill_of(chart, negative ? kNegativeStyle : kMainStyle, negative ? 1 : 0) +
                   (small ? " stroke=\"#000000\" stroke-dasharray=\"3 2\"" : ""));
    }
    if (i < series.low.size() && series.low[i] && series.high[i]) {
      draw_whisker(svg, x(*series.low[i]), x(*series.high[i]), mid, 4);
    }
    std::string right = series.values[i] ? value_text(*series.values[i], chart.unit) : "-";
    right += "  " + (small ? chart.small_label : n_text(series, i));
    draw_row_labels(svg, chart, i, mid, right);
    svg.end_group();
  }
  draw_notes(svg, chart, height - 24);
  return svg.finish();
}

std::string paired_bars_svg(const Chart& chart) {
  constexpr double row = 36;
  const std::size_t rows = chart.categories.size();
  const double height = chart_height(rows, row), bottom = kTop + rows * row;
  std::vector<SeriesStyle> styles(kPairStyles.begin(), kPairStyles.end());
  SvgWriter svg = open_chart(chart, height, styles);
  draw_category_label(svg, chart);
  LinearScale x = draw_value_axis_x(svg, chart, kLeft, kRight, kTop, bottom);
  for (std::size_t i = 0; i < rows; ++i) {
    const double top = kTop + row * static_cast<double>(i) + 3;
    const bool small = is_small(chart, i);
    std::string right;
    for (std::size_t s = 0; s < 2 && s < chart.series.size(); ++s) {
      const Series& series = chart.series[s];
      const double mid = top + 7 + 15 * static_cast<double>(s);
      // A side without a value (its group below the minimum) is drawn as an empty dashed box.
      const bool missing = !series.values[i];
      svg.begin_group(faded_attributes(is_small_value(chart, series, i) || missing),
                      value_tooltip(chart, series, i));
      if (!missing) {
        const double x0 = x(0), x1 = x(*series.values[i]);
        svg.rect(std::min(x0, x1), mid - 6, std::abs(x1 - x0), 12,
                 fill_of(chart, styles[s], s) + " stroke=\"#000000\" stroke-width=\"0.5\"");
        if (i < series.low.size() && series.low[i] && series.high[i]) {
          draw_whisker(svg, x(*series.low[i]), x(*series.high[i]), mid, 3);
        }
      } else {
        svg.text(x(0) + 4, mid + 4, "no value: " + chart.small_label,
                 "font-size=\"10\" fill=\"#333333\"");
      }
      svg.end_group();
      if (!right.empty()) right += " / ";
      right += missing ? "-" : value_text(*series.values[i], chart.unit);
    }
    svg.text(kLeft - 8, top + 18, cut_label(chart.categories[i], kLabelChars),
             fmt::format("text-anchor=\"end\" fill=\"#000000\"{}",
                         small ? fmt::format(" opacity=\"{}\"", kFadedOpacity) : ""));
    svg.text(kRight + 8, top + 18, right, "fill=\"#333333\"");
  }
  draw_notes(svg, chart, height - 24);
  return svg.finish();
}

std::string chart_svg(const Chart& chart) {
  switch (chart.kind) {
    case ChartKind::line:
      return line_chart_svg(chart);
    case ChartKind::stacked_area:
      return stacked_area_svg(chart);
    case ChartKind::range_bars:
      return range_bars_svg(chart);
    case ChartKind::bars:
      return bars_svg(chart);
    case ChartKind::paired_bars:
      return paired_bars_svg(chart);
  }
  return "";
}

}  // namespace jobsight::charts
