#include "util/pay_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "util/intervals.hpp"

namespace jobsight {
namespace {

// A pay cell as a number: an integer or a finite real; anything else is no figure.
std::optional<double> pay_of(const Cell& cell) {
  if (const auto* integer = std::get_if<std::int64_t>(&cell)) return static_cast<double>(*integer);
  if (const auto* real = std::get_if<double>(&cell)) {
    if (std::isfinite(*real)) return *real;
  }
  return std::nullopt;
}

// The percentile p of `sorted` as _pay_stats.sql computes it.
double percentile(const std::vector<double>& sorted, double p) {
  const auto n = static_cast<std::int64_t>(sorted.size());
  const double h = p * static_cast<double>(n - 1);
  const auto k = static_cast<std::int64_t>(h);
  const double low = sorted[static_cast<std::size_t>(k)];
  const double high = k + 1 < n ? sorted[static_cast<std::size_t>(k + 1)] : low;
  return low + (h - static_cast<double>(k)) * (high - low);
}

void push_interval(std::vector<Cell>& row, const std::vector<double>& sorted, double p,
                   std::optional<double> confidence) {
  std::optional<Interval> interval;
  if (confidence) interval = percentile_ci(sorted, p, *confidence);
  row.push_back(interval ? Cell{interval->low} : Cell{});
  row.push_back(interval ? Cell{interval->high} : Cell{});
}

}  // namespace

void PayFigures::add(const std::vector<Cell>& row) {
  std::optional<double> pay = pay_of(row[2]);
  if (!pay) return;
  Group& group = groups_[row[0]];
  group.pay.push_back(*pay);
  const auto* source = std::get_if<std::string>(&row[1]);
  if (source != nullptr && *source == "postings") ++group.from_postings;
  if (source != nullptr && *source == "observations") ++group.from_observations;
}

std::vector<std::vector<Cell>> PayFigures::statistics(std::int64_t min_n,
                                                      std::optional<double> confidence) {
  std::vector<std::vector<Cell>> rows;
  for (auto& [key, group] : groups_) {
    std::vector<double>& sorted = group.pay;
    const auto n = static_cast<std::int64_t>(sorted.size());
    if (n < min_n) continue;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0, sum_of_squares = 0;
    for (double pay : sorted) {
      sum += pay;
      sum_of_squares += pay * pay;
    }
    std::vector<Cell> row = {key, Cell{n}};
    row.emplace_back(percentile(sorted, 0.25));
    push_interval(row, sorted, 0.25, confidence);
    row.emplace_back(percentile(sorted, 0.5));
    push_interval(row, sorted, 0.5, confidence);
    push_interval(
        row, sorted, 0.5,
        confidence ? std::optional<double>(premium_confidence(*confidence)) : std::nullopt);
    row.emplace_back(percentile(sorted, 0.75));
    push_interval(row, sorted, 0.75, confidence);
    row.emplace_back(percentile(sorted, 0.9));
    push_interval(row, sorted, 0.9, confidence);
    row.emplace_back(sum / static_cast<double>(n));
    row.push_back(confidence ? Cell{sum_of_squares / static_cast<double>(n)} : Cell{});
    row.emplace_back(group.from_postings);
    row.emplace_back(group.from_observations);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace jobsight
