#pragma once
// Axes: round tick values for a range of data, a value as a short label, a label cut to fit.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "charts/chart.hpp"

namespace jobsight::charts {

// Round tick values covering [low, high]: about `count` steps of 1, 2, 2.5 or 5 times a power of
// ten, the first tick <= low and the last >= high. A range of one value is widened around it
// (to [0, 1] for 0); low > high is swapped.
std::vector<double> nice_ticks(double low, double high, int count = 5);

// A value as an axis or bar label: usd "$120k" (whole thousands from $10k up, "$9.5k" below,
// "$1.2M" from a million), percent "25%" (one decimal when not whole: "12.5%"), points
// "+2.5 pts", count "1,234". Negative values keep their minus sign ("-$5k", "-12%").
std::string value_text(double value, ValueUnit unit);

// `text` in at most `max_chars` terminal cells (shorten_end): as it is when it fits, else its
// longest start that leaves room for "…", and "…".
std::string cut_label(std::string_view text, std::size_t max_chars);

// The terminal cells `text` takes (display_width: 北 takes two, a combining accent none); the
// SVG charts also estimate a label's length from it.
std::size_t char_count(std::string_view text);

}  // namespace jobsight::charts
