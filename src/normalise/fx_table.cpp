#include "normalise/fx_table.hpp"

#include <iterator>

namespace jobsight {

namespace {

constexpr std::string_view kUsd = "USD";

}  // namespace

void FxTable::add(const std::string& currency, int year, double usd_per_unit) {
  rates_[currency][year] = usd_per_unit;
}

std::optional<double> FxTable::usd_per_unit(std::string_view currency, int year) const {
  if (currency == kUsd) return 1.0;
  const auto found = rates_.find(std::string(currency));
  if (found == rates_.end() || found->second.empty()) return std::nullopt;
  const std::map<int, double>& by_year = found->second;
  const auto after = by_year.lower_bound(year);  // first year >= `year`
  if (after == by_year.begin()) return after->second;
  const auto before = std::prev(after);
  if (after == by_year.end()) return before->second;
  if (after->first == year) return after->second;
  // Ties go to the earlier year: `year - before` <= `after - year`.
  const long long to_before = static_cast<long long>(year) - before->first;
  const long long to_after = static_cast<long long>(after->first) - year;
  return to_before <= to_after ? before->second : after->second;
}

bool FxTable::knows(std::string_view currency) const {
  return currency == kUsd || rates_.find(std::string(currency)) != rates_.end();
}

}  // namespace jobsight
