#include "charts/svg_frame.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "charts/scale.hpp"

namespace jobsight::charts {

SvgWriter open_chart(const Chart& chart, double height, const std::vector<SeriesStyle>& styles,
                     bool legend) {
  SvgWriter svg(kChartWidth, height, chart.id, chart.title, chart.description);
  svg.rect(0, 0, kChartWidth, height, "fill=\"#FFFFFF\"");
  std::string defs = "<defs>\n";
  for (std::size_t i = 0; i < styles.size(); ++i) {
    if (!styles[i].hatched) continue;
    // Diagonal white lines over the colour: a second cue beside hue and lightness.
    defs += fmt::format(
        "<pattern id=\"{}-hatch-{}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"{}\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#FFFFFF\" stroke-width=\"2\"/>"
        "</pattern>\n",
        xml_escape(chart.id), i, styles[i].colour.hex);
  }
  svg.raw(defs + "</defs>\n");
  svg.text(12, 22, chart.title, "font-size=\"15\" font-weight=\"bold\" fill=\"#000000\"");
  if (legend && chart.series.size() > 1) {
    double x = 12;
    for (std::size_t i = 0; i < chart.series.size() && i < styles.size(); ++i) {
      svg.rect(x, 32, 12, 12, fill_of(chart, styles[i], i) + " stroke=\"#000000\"");
      svg.text(x + 16, 42, chart.series[i].name, "fill=\"#000000\"");
      x += 16 + 7.0 * static_cast<double>(char_count(chart.series[i].name)) + 18;
    }
  }
  return svg;
}

std::string fill_of(const Chart& chart, const SeriesStyle& style, std::size_t index) {
  if (style.hatched) return fmt::format("fill=\"url(#{}-hatch-{})\"", xml_escape(chart.id), index);
  return fmt::format("fill=\"{}\"", style.colour.hex);
}

std::pair<double, double> value_range(const Chart& chart) {
  double low = 0, high = 0;
  bool any = false;
  auto take = [&](const std::vector<std::optional<double>>& values) {
    for (const auto& value : values) {
      if (!value) continue;
      low = std::min(low, *value);
      high = std::max(high, *value);
      any = true;
    }
  };
  for (const Series& series : chart.series) {
    take(series.values);
    take(series.low);
    take(series.high);
  }
  if (!any || low == high) return {0, 1};
  return {low, high};
}

LinearScale draw_value_axis_x(SvgWriter& svg, const Chart& chart, double left, double right,
                              double top, double bottom) {
  auto [low, high] = value_range(chart);
  std::vector<double> ticks = nice_ticks(low, high);
  LinearScale scale{ticks.front(), ticks.back(), left, right};
  for (double tick : ticks) {
    const double x = scale(tick);
    svg.line(x, top, x, bottom,
             tick == 0 ? "stroke=\"#000000\"" : "stroke=\"#D0D0D0\" stroke-dasharray=\"2 2\"");
    svg.text(x, bottom + 16, value_text(tick, chart.unit),
             "text-anchor=\"middle\" fill=\"#333333\"");
  }
  svg.text((left + right) / 2, bottom + 34, chart.value_label,
           "text-anchor=\"middle\" fill=\"#000000\"");
  return scale;
}

LinearScale draw_value_axis_y(SvgWriter& svg, const Chart& chart, const std::vector<double>& ticks,
                              double left, double right, double top, double bottom) {
  LinearScale scale{ticks.front(), ticks.back(), bottom, top};
  for (double tick : ticks) {
    const double y = scale(tick);
    svg.line(left, y, right, y,
             tick == 0 ? "stroke=\"#000000\"" : "stroke=\"#D0D0D0\" stroke-dasharray=\"2 2\"");
    svg.text(left - 6, y + 4, value_text(tick, chart.unit), "text-anchor=\"end\" fill=\"#333333\"");
  }
  // The value label runs up the left edge.
  svg.text(0, 0, chart.value_label,
           fmt::format("transform=\"translate(14 {}) rotate(-90)\" text-anchor=\"middle\" "
                       "fill=\"#000000\"",
                       coordinate((top + bottom) / 2)));
  return scale;
}

bool has_small(const Chart& chart) {
  return std::find(chart.small.begin(), chart.small.end(), true) != chart.small.end();
}

void draw_notes(SvgWriter& svg, const Chart& chart, double y) {
  if (!chart.note.empty()) {
    svg.text(12, y, chart.note, "fill=\"#333333\"");
    y += 16;
  }
  if (has_small(chart)) {
    svg.rect(12, y - 10, 12, 12,
             fmt::format("fill=\"#999999\" opacity=\"{}\" stroke=\"#000000\" "
                         "stroke-dasharray=\"3 2\"",
                         kFadedOpacity));
    svg.text(30, y, "faded: " + chart.small_label, "fill=\"#333333\"");
  }
}

std::string value_tooltip(const Chart& chart, const Series& series, std::size_t i) {
  std::string text = chart.categories[i];
  if (chart.series.size() > 1) text += ", " + series.name;
  text += ": ";
  const auto& value = series.values[i];
  text += value ? value_text(*value, chart.unit) : "no value";
  if (i < series.low.size() && series.low[i] && series.high[i]) {
    text += fmt::format(" (CI {} to {})", value_text(*series.low[i], chart.unit),
                        value_text(*series.high[i], chart.unit));
  }
  if (i < series.n.size() && series.n[i]) {
    text += ", n = " + value_text(static_cast<double>(*series.n[i]), ValueUnit::count);
  }
  if (is_small_value(chart, series, i)) text += " (" + chart.small_label + ")";
  return text;
}

}  // namespace jobsight::charts
