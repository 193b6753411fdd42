#include "reports/report_intervals.hpp"

namespace jobsight {

std::optional<Interval> change_interval(const std::string& /*report*/,
                                        const std::string& /*column*/, const Table& /*table*/,
                                        std::size_t /*first*/, std::size_t /*last*/,
                                        double /*confidence*/) {
  return std::nullopt;  // filled in with --ci
}

}  // namespace jobsight
