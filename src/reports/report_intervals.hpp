#pragma once
// SPEC 3.1 intervals on report rows (report layer), computed from a report's counts: shares
// (Wilson), ratios of two counts, changes of shares (Newcombe) and means. One table in
// report_intervals.cpp says which column of which report is a share, ratio or change of what.

#include <cstddef>
#include <optional>
#include <string>

#include "jobsight/table.hpp"
#include "util/intervals.hpp"

namespace jobsight {

// Completes the --ci rows of report `report` at `confidence`: adds `<column>_ci_low/_ci_high`
// for every share (Wilson, in percent), ratio of two counts (senior_per_junior, the growth
// percentages of ai-growth: the Wilson interval of a/(a+b) mapped through q/(1−q), the exact
// conditional interval for a ratio of two counts), change of a share between periods
// (change_pts: Newcombe, in points) and mean (mean ± z·s/√n, a normal approximation: the one
// interval SPEC 3.1 leaves open); moves every interval column right after the column it
// bounds; drops the helper columns the SQL passed (names starting with `_`); and adds a last
// column `note` that says `n too small` on rows where a statistic has a value but one of its
// intervals does not exist.
void complete_intervals(const std::string& report, Table& table, double confidence);

// The interval of the change in share column `column` (ai_share_pct, junior_share_pct,
// senior_share_pct, share_pct) from row `first` to row `last` of `table`, the rows of report
// `report` as run_report returns them with --ci: Newcombe's hybrid score interval of the
// difference (last − first) at `confidence`, in the column's unit (percentage points). nullopt
// when `column` is not a share of `report`, or when either row has no postings.
std::optional<Interval> change_interval(const std::string& report, const std::string& column,
                                        const Table& table, std::size_t first, std::size_t last,
                                        double confidence);

}  // namespace jobsight
