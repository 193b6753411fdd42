#include "charts/scale.hpp"

#include <fmt/format.h>

#include "jobsight/display_width.hpp"

#include <algorithm>
#include <cmath>

namespace jobsight::charts {
namespace {

std::string thousands(long long value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (value < 0 ? "-" : "") + out;
}

// A number with at most one decimal, without a trailing ".0".
std::string short_number(double value) {
  std::string text = fmt::format("{:.1f}", value);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text == "-0" ? "0" : text;
}

}  // namespace

std::vector<double> nice_ticks(double low, double high, int count) {
  if (!std::isfinite(low) || !std::isfinite(high)) low = 0, high = 1;
  if (low > high) std::swap(low, high);
  if (low == high) {
    double pad = low == 0 ? 1 : std::abs(low) * 0.1;
    low = low == 0 ? 0 : low - pad;
    high += pad;
  }
  const double raw = (high - low) / std::max(count, 1);
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  double step = power * 10;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (power * factor >= raw) {
      step = power * factor;
      break;
    }
  }
  const double first = std::floor(low / step + 1e-9) * step;
  std::vector<double> ticks;
  for (double tick = first; tick < high + step * 0.999; tick += step) {
    ticks.push_back(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    if (tick >= high - step * 1e-9) break;
  }
  if (ticks.size() < 2) ticks.push_back(first + step);
  return ticks;
}

std::string value_text(double value, ValueUnit unit) {
  const std::string sign = value < 0 ? "-" : "";
  const double magnitude = std::abs(value);
  switch (unit) {
    // fmt::format rather than chains of +, which GCC 12 at -O3 warns about (-Wrestrict).
    case ValueUnit::usd:
      if (magnitude >= 1e6) return fmt::format("{}${}M", sign, short_number(magnitude / 1e6));
      if (magnitude >= 1e4) return fmt::format("{}${:.0f}k", sign, magnitude / 1e3);
      if (magnitude >= 1e3) return fmt::format("{}${}k", sign, short_number(magnitude / 1e3));
      return fmt::format("{}${:.0f}", sign, magnitude);
    case ValueUnit::percent:
      return fmt::format("{}%", short_number(value));
    case ValueUnit::points:
      return fmt::format("{}{} pts", value > 0 ? "+" : "", short_number(value));
    case ValueUnit::count:
      return thousands(std::llround(value));
  }
  return short_number(value);
}

std::size_t char_count(std::string_view text) {
  return display_width(text);
}

std::string cut_label(std::string_view text, std::size_t max_chars) {
  return shorten_end(text, max_chars);
}

}  // namespace jobsight::charts
