#pragma once
// A Chart drawn for a terminal with Unicode blocks: sparklines over time, horizontal bars.

#include <cstddef>
#include <string>

#include "charts/chart.hpp"

namespace jobsight::charts {

// How the terminal chart is laid out.
struct TerminalStyle {
  std::size_t width = 80;  // no line is longer than this many cells (at least 40 is used)
  bool colour = false;     // ANSI colours (only when the terminal shows them and NO_COLOR is unset)
};

// `chart` as lines of text ending in '\n', each at most style.width terminal cells (counted by
// display_width: a wide CJK character takes 2):
// - line: a sparkline (▁▂▃▄▅▆▇█) of the latest periods that fit, scaled from 0 to the largest
//   value, with the first and last value; a small period is drawn as "·";
// - stacked_area: one sparkline per series (its share over time);
// - range_bars: ░ from p25 to p75 with █ at the median; bars: █ from zero (negative ones to the
//   left of a │ zero line); paired_bars: two bars per category (█ and ▒);
// a small group's bar is drawn with ░ and labelled with the chart's small label.
std::string terminal_chart(const Chart& chart, const TerminalStyle& style);

}  // namespace jobsight::charts
