#pragma once
// What every SVG chart shares: its size, title and legend, hatch patterns, value axis, and the
// look of a faded (small n) group. Used by the chart drawers only.

#include <string>
#include <string_view>
#include <vector>

#include "charts/chart.hpp"
#include "charts/palette.hpp"
#include "charts/svg_writer.hpp"

namespace jobsight::charts {

// Every chart is this wide (user units); its height depends on its kind and rows.
inline constexpr double kChartWidth = 720;
// Opacity of a group whose n is below the report's minimum.
inline constexpr std::string_view kFadedOpacity = "0.35";

// A writer for `chart` of `height`, with its title drawn at the top, the hatch patterns of
// `styles` defined (ids "<chart id>-hatch-<i>"), and, when `legend` is set and there is more
// than one series, a legend of `styles` named by the chart's series.
SvgWriter open_chart(const Chart& chart, double height, const std::vector<SeriesStyle>& styles,
                     bool legend = true);

// The fill attribute of series `index` drawn in `style`: its colour, or its hatch pattern.
std::string fill_of(const Chart& chart, const SeriesStyle& style, std::size_t index);

// The lowest and highest value of the chart's series, intervals included, and 0 (bars and shares
// start at zero); [0, 1] when there is no value.
std::pair<double, double> value_range(const Chart& chart);

// A linear map from values [from_value, to_value] to pixels [from_pixel, to_pixel].
struct LinearScale {
  double from_value, to_value, from_pixel, to_pixel;
  double operator()(double value) const {
    return from_pixel + (value - from_value) / (to_value - from_value) * (to_pixel - from_pixel);
  }
};

// A horizontal value axis for bar charts: grid lines and tick labels under the plot from `left`
// to `right`, between `top` and `bottom`, and the chart's value label under them. Returns the
// map from a value to its x.
LinearScale draw_value_axis_x(SvgWriter& svg, const Chart& chart, double left, double right,
                              double top, double bottom);

// The same, vertical, for line and area charts: ticks at the left of `left`, grid lines across.
LinearScale draw_value_axis_y(SvgWriter& svg, const Chart& chart, const std::vector<double>& ticks,
                              double left, double right, double top, double bottom);

// The chart's note (and the small-n legend when a group is small) as lines at `y` and below.
void draw_notes(SvgWriter& svg, const Chart& chart, double y);

// Whether any category of `chart` is small.
bool has_small(const Chart& chart);

// The tooltip text of value `i` of `series`: "2025: 25.5% (95% CI 23.1% to 28.1%), n = 1,155".
std::string value_tooltip(const Chart& chart, const Series& series, std::size_t i);

}  // namespace jobsight::charts
