#pragma once
// The sum of many doubles, correctly rounded whatever the order they come in (util layer):
// Shewchuk's exact partials with the final rounding of Python's math.fsum. The pay statistics
// use it so the mean of a group is the same double whether its figures were summed sorted, in
// file order, or over two passes.

#include <vector>

namespace jobsight {

class ExactSum {
 public:
  // Adds a finite double (the partials stay exact; an infinite or NaN one is not supported).
  void add(double value);
  // Adds everything `other` holds (still exact: its partials are added one by one).
  void add(const ExactSum& other);
  // The exact sum of everything added, rounded to the nearest double (ties to even); 0 when
  // nothing was added.
  double value() const;

 private:
  std::vector<double> partials_;  // non-overlapping, increasing in magnitude; exact sum
};

}  // namespace jobsight
