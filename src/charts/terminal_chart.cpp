#include "charts/terminal_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "charts/scale.hpp"

namespace jobsight::charts {
namespace {

constexpr std::array<std::string_view, 8> kSparks{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
// A bar's last cell in eighths: ▏ is 1/8 ... █ is 8/8.
constexpr std::array<std::string_view, 9> kEighths{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"};

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::string pad_right(const std::string& text, std::size_t width) {
  const std::size_t count = char_count(text);
  return count >= width ? text : text + std::string(width - count, ' ');
}

std::string coloured(const std::string& text, int ansi, bool colour) {
  return colour && !text.empty() ? fmt::format("\x1b[{}m{}\x1b[0m", ansi, text) : text;
}

bool is_small(const Chart& chart, std::size_t i) {
  return i < chart.small.size() && chart.small[i];
}

// A bar of `cells` (fractional, in eighths) of `block`, or of ░ for a small group.
std::string bar(double cells, bool small) {
  cells = std::max(cells, 0.0);
  if (small) return repeat("░", static_cast<std::size_t>(std::lround(cells)));
  auto eighths = static_cast<std::size_t>(std::lround(cells * 8));
  return repeat("█", eighths / 8) + std::string(kEighths[eighths % 8]);
}

std::string header(const Chart& chart, std::size_t width) {
  return cut_label(chart.title + " (" + chart.value_label + ")", width) + "\n";
}

std::string sparkline(const Chart& chart, const Series& series, std::size_t first, double top) {
  std::string line;
  for (std::size_t i = first; i < series.values.size(); ++i) {
    if (!series.values[i]) {
      line += " ";
    } else if (is_small(chart, i)) {
      line += "·";
    } else {
      double level = top > 0 ? *series.values[i] / top : 0;
      auto step = static_cast<std::size_t>(std::clamp(std::lround(level * 7), 0L, 7L));
      line += kSparks[step];
    }
  }
  return line;
}

std::string over_time(const Chart& chart, const TerminalStyle& style, std::size_t width) {
  std::string out = header(chart, width);
  const std::size_t count = chart.categories.size();
  // Each sparkline has a label in front (the series name) and the range of periods after it.
  std::size_t label_width = 0;
  if (chart.kind == ChartKind::stacked_area) {
    for (const Series& series : chart.series)
      label_width = std::max(label_width, char_count(series.name));
    label_width += 1;
  }
  const std::size_t tail = 26;
  const std::size_t room = width > label_width + tail + 4 ? width - label_width - tail : 4;
  const std::size_t first = count > room ? count - room : 0;
  double top = 0;
  for (const Series& series : chart.series) {
    for (const auto& value : series.values) top = std::max(top, value.value_or(0));
  }
  const int colours[] = {33, 36, 32, 31, 35, 34};
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const Series& series = chart.series[s];
    std::string line = label_width ? pad_right(series.name, label_width) : "";
    line += coloured(sparkline(chart, series, first, top),
                     chart.kind == ChartKind::line ? 34 : colours[s % 6], style.colour);
    const auto& a = series.values[first];
    const auto& b = series.values[count - 1];
    line += cut_label(
        fmt::format(" {} {} → {} {}", chart.categories[first], a ? value_text(*a, chart.unit) : "-",
                    chart.categories[count - 1], b ? value_text(*b, chart.unit) : "-"),
        tail);
    out += line + "\n";
  }
  if (first > 0) out += fmt::format("(the last {} of {} periods)\n", count - first, count);
  bool any_small = false;
  for (std::size_t i = first; i < count; ++i) any_small = any_small || is_small(chart, i);
  if (any_small) out += "· " + chart.small_label + "\n";
  return out;
}

std::string bars(const Chart& chart, const TerminalStyle& style, std::size_t width) {
  std::string out = header(chart, width);
  std::size_t label_width = 0;
  for (const std::string& category : chart.categories) {
    label_width = std::max(label_width, char_count(category));
  }
  label_width = std::min<std::size_t>(label_width, std::max<std::size_t>(10, width / 4));
  // The value text after each bar: "$138k n=75", "-41.1% n below 10"
  const std::size_t value_width = chart.kind == ChartKind::paired_bars ? 10 : 22;
  const std::size_t plot =
      width > label_width + value_width + 3 ? width - label_width - value_width - 3 : 10;
  double low = 0, high = 0;
  for (const Series& series : chart.series) {
    for (const auto& value : series.values) {
      if (!value) continue;
      low = std::min(low, *value);
      high = std::max(high, *value);
    }
  }
  if (high == low) high = low + 1;
  const double per_cell = (high - low) / static_cast<double>(plot);
  const auto zero_cells = static_cast<std::size_t>(std::lround(-low / per_cell));
  auto cells_of = [&](double value) { return std::abs(value) / per_cell; };

  for (std::size_t i = 0; i < chart.categories.size(); ++i) {
    const bool small = is_small(chart, i);
    const std::string label = pad_right(cut_label(chart.categories[i], label_width), label_width);
    if (chart.kind == ChartKind::range_bars) {
      const Series &p25 = chart.series[0], &median = chart.series[1], &p75 = chart.series[2];
      std::string line = label + " ";
      if (p25.values[i] && p75.values[i] && median.values[i]) {
        auto from = static_cast<std::size_t>(std::lround((*p25.values[i] - low) / per_cell));
        auto to = static_cast<std::size_t>(std::lround((*p75.values[i] - low) / per_cell));
        auto mid = static_cast<std::size_t>(std::lround((*median.values[i] - low) / per_cell));
        // At least one cell, inside the plot, even when p25 is the largest value drawn.
        from = std::min(from, plot - 1);
        to = std::min(std::max(to, from + 1), plot);
        mid = std::clamp(mid, from, to > 0 ? to - 1 : 0);
        std::string drawn;
        for (std::size_t c = from; c < to; ++c) drawn += c == mid ? "█" : (small ? "·" : "░");
        line += std::string(from, ' ') + coloured(drawn, 36, style.colour) +
                std::string(plot - to, ' ');
      } else {
        line += std::string(plot, ' ');
      }
      std::string value = median.values[i] ? value_text(*median.values[i], chart.unit) : "-";
      std::string n = i < median.n.size() && median.n[i]
                          ? "n=" + value_text(static_cast<double>(*median.n[i]), ValueUnit::count)
                          : "";
      out +=
          line + " " + cut_label(value + " " + (small ? chart.small_label : n), value_width) + "\n";
      continue;
    }
    const std::size_t series_count = chart.kind == ChartKind::paired_bars ? 2 : 1;
    for (std::size_t s = 0; s < series_count && s < chart.series.size(); ++s) {
      const Series& series = chart.series[s];
      std::string line = s == 0 ? label : std::string(label_width, ' ');
      line += " ";
      const auto& value = series.values[i];
      const bool value_small = is_small_value(chart, series, i);
      // Cells left of the zero line (negative values, whole cells) and right of it.
      std::string left_drawn, right_drawn;
      if (value && *value < 0) {
        left_drawn = repeat(value_small ? "░" : (s == 1 ? "▒" : "█"),
                            std::min<std::size_t>(zero_cells, std::lround(cells_of(*value))));
      } else if (value) {
        right_drawn = s == 1 && !value_small
                          ? repeat("▒", static_cast<std::size_t>(std::lround(cells_of(*value))))
                          : bar(cells_of(*value), value_small);
      }
      const std::size_t left_cells = char_count(left_drawn), right_cells = char_count(right_drawn);
      line += std::string(zero_cells - left_cells, ' ') + coloured(left_drawn, 31, style.colour);
      if (zero_cells > 0) line += "│";
      line += coloured(right_drawn, s == 0 ? 34 : 33, style.colour);
      const std::size_t used = zero_cells + right_cells;
      line += std::string(plot > used ? plot - used : 0, ' ');
      std::string text = value ? value_text(*value, chart.unit) : "-";
      if (chart.kind == ChartKind::paired_bars) {
        text = (s == 0 ? "AI " : "oth ") + text;
      } else {
        text +=
            " " +
            (small ? chart.small_label
                   : (i < series.n.size() && series.n[i]
                          ? "n=" + value_text(static_cast<double>(*series.n[i]), ValueUnit::count)
                          : ""));
      }
      out += line + " " + cut_label(text, value_width) + "\n";
    }
  }
  if (chart.kind == ChartKind::paired_bars) {
    out += fmt::format("█ {}  ▒ {}", chart.series[0].name, chart.series[1].name);
    bool any_small = std::find(chart.small.begin(), chart.small.end(), true) != chart.small.end();
    out += any_small ? "  ░ " + chart.small_label + "\n" : "\n";
  }
  if (!chart.note.empty()) out += cut_label(chart.note, width) + "\n";
  return out;
}

}  // namespace

std::string terminal_chart(const Chart& chart, const TerminalStyle& style) {
  const std::size_t width = std::max<std::size_t>(style.width, 40);
  if (chart.categories.empty() || chart.series.empty()) return "";
  if (chart.kind == ChartKind::line || chart.kind == ChartKind::stacked_area) {
    return over_time(chart, style, width);
  }
  return bars(chart, style, width);
}

}  // namespace jobsight::charts
