#include "util/exact_sum.hpp"

#include <cmath>
#include <cstddef>

namespace jobsight {

void ExactSum::add(double value) {
  double x = value;
  std::size_t kept = 0;
  for (double y : partials_) {
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    const double high = x + y;
    const double low = y - (high - x);
    if (low != 0.0) partials_[kept++] = low;
    x = high;
  }
  partials_.resize(kept);
  partials_.push_back(x);
}

void ExactSum::add(const ExactSum& other) {
  const std::vector<double> partials = other.partials_;  // a copy: `other` may be this one
  for (double partial : partials) add(partial);
}

double ExactSum::value() const {
  if (partials_.empty()) return 0.0;
  std::size_t n = partials_.size();
  double high = partials_[--n];
  double low = 0.0;
  while (n > 0) {
    const double x = high;
    const double y = partials_[--n];
    high = x + y;
    const double rounded = high - x;
    low = y - rounded;
    if (low != 0.0) break;
  }
  // Half-way between two doubles: round to even by looking at the next partial's sign.
  if (n > 0 && ((low < 0.0 && partials_[n - 1] < 0.0) || (low > 0.0 && partials_[n - 1] > 0.0))) {
    const double y = low * 2.0;
    const double x = high + y;
    if (y == x - high) high = x;
  }
  return high;
}

}  // namespace jobsight
