#pragma once
// Yearly exchange rates to US dollars with nearest-year fallback (SPEC 2.2).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace jobsight {

class FxTable {
 public:
  // Records that one unit of `currency` (upper-case ISO 4217) was worth `usd_per_unit` USD in
  // `year`. A later call for the same currency and year replaces the rate.
  void add(const std::string& currency, int year, double usd_per_unit);

  // USD per unit for `year`; when that year is missing, the nearest year present (on a tie the
  // earlier year). USD is always 1. nullopt when the currency is unknown.
  std::optional<double> usd_per_unit(std::string_view currency, int year) const;

  bool knows(std::string_view currency) const;

 private:
  std::unordered_map<std::string, std::map<int, double>> rates_;
};

}  // namespace jobsight
