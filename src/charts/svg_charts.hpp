#pragma once
// A Chart drawn as SVG text: one drawer per kind (svg_period_charts.cpp: over time;
// svg_bar_charts.cpp: horizontal bars), and chart_svg to pick it.

#include <string>

#include "charts/chart.hpp"

namespace jobsight::charts {

// `chart` as a complete <svg> element (no XML declaration, so it can sit inside HTML): the
// drawer of its kind. Categories without a value are left out of the drawing; small ones are
// drawn faded, and every mark has a tooltip with its value, interval and n.
std::string chart_svg(const Chart& chart);

// The drawers, by kind (chart_svg calls the right one).
std::string line_chart_svg(const Chart& chart);
std::string stacked_area_svg(const Chart& chart);
std::string range_bars_svg(const Chart& chart);
std::string bars_svg(const Chart& chart);
std::string paired_bars_svg(const Chart& chart);

}  // namespace jobsight::charts
