#pragma once
// The pay statistics of the pay reports, computed in the program (util layer): the same numbers
// as sql/reports/_pay_stats.sql (what the report_* views run), from the pay figures sorted once in
// memory instead of by SQLite's window functions, plus the intervals of --ci (SPEC 3.1).

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "jobsight/table.hpp"

namespace jobsight {

// Pay figures gathered per group, one row (grp, pay_source, pay) at a time as
// report_pay_values_query returns them (a figure costs 8 bytes, whatever its group), and their
// statistics.
class PayFigures {
 public:
  // Adds one row; a row whose pay is NULL adds nothing.
  void add(const std::vector<Cell>& row);

  // One row per group with at least `min_n` figures, in the columns of
  // given_pay_stats_columns(): grp, n, p25, median, p75, p90 (linear interpolation, SPEC 3:
  // h = p·(n − 1), x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) on the sorted figures), mean, and
  // how many figures came from postings and from observations. With `confidence` (--ci) also
  // each percentile's order-statistic interval, the median's at √C (median_pc_*, for premiums)
  // and the mean of the squares (mean_sq); without it those cells are NULL. The mean is the sum
  // of the sorted figures in ascending order over n, the order in which SQLite's avg() adds them
  // in _pay_stats.sql, so both give the same doubles.
  std::vector<std::vector<Cell>> statistics(std::int64_t min_n, std::optional<double> confidence);

 private:
  struct Group {
    std::vector<double> pay;
    std::int64_t from_postings = 0;
    std::int64_t from_observations = 0;
  };
  std::map<Cell, Group> groups_;
};

}  // namespace jobsight
