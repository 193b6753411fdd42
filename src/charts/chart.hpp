#pragma once
// A chart as data: what the SVG writer and the terminal draw, built from a report's table by
// report_charts. Pure values, no drawing.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jobsight::charts {

// How a chart is drawn.
enum class ChartKind {
  line,          // one series over the categories (periods), interval as a band
  stacked_area,  // several series stacked over the categories (periods)
  range_bars,    // horizontal p25-p75 bars with the median marked (series p25, median, p75)
  bars,          // horizontal bars from zero, negative to the left (one series)
  paired_bars,   // two horizontal bars per category (two series)
};

// The unit of a chart's values, for its axis and labels.
enum class ValueUnit { percent, points, usd, count };

// One series: a value per category, its interval when the report gave one (--ci), and the n
// behind it.
struct Series {
  std::string name;                              // legend text: "AI roles", "senior"
  std::vector<std::optional<double>> values;     // nothing: no value (drawn as missing)
  std::vector<std::optional<double>> low, high;  // the interval, or empty vectors without --ci
  std::vector<std::optional<std::int64_t>> n;    // the n behind each value, or empty
  // Per value: its own n is below the minimum (paired bars, where one side can be small and the
  // other not); empty when the chart's per-category `small` says it for every series.
  std::vector<bool> small;
};

struct Chart {
  ChartKind kind = ChartKind::bars;
  std::string id;              // unique within a page: "ai-share"
  std::string title;           // "AI share of postings"
  std::string description;     // one sentence for screen readers (<desc>)
  std::string category_label;  // axis of the categories: "period", "skill"
  std::string value_label;     // axis of the values: "AI share of postings (%)"
  ValueUnit unit = ValueUnit::count;
  std::vector<std::string> categories;  // in drawing order (periods oldest first, bars top down)
  std::vector<Series> series;
  // Per category: the group's n is below the report's minimum (or its interval could not be
  // computed): drawn faded and labelled with `small_label`.
  std::vector<bool> small;
  std::string small_label;  // "n below 10"
  std::string note;         // a line under the chart ("2026 (latest period)"), may be empty
};

// Whether value `i` of `series` is drawn faded: its own flag when the series has them, else the
// category's.
inline bool is_small_value(const Chart& chart, const Series& series, std::size_t i) {
  if (!series.small.empty()) return i < series.small.size() && series.small[i];
  return i < chart.small.size() && chart.small[i];
}

}  // namespace jobsight::charts
