#pragma once
// SPEC 3.1 intervals on report rows: which column is a share of what, and the interval of a
// change in a share between two rows (report layer).

#include <cstddef>
#include <optional>
#include <string>

#include "jobsight/table.hpp"
#include "reports/intervals.hpp"

namespace jobsight {

// The interval of the change in share column `column` (ai_share_pct, junior_share_pct,
// senior_share_pct, share_pct) from row `first` to row `last` of `table`, the rows of report
// `report` as run_report returns them with --ci: Newcombe's hybrid score interval of the
// difference (last − first) at `confidence`, in the column's unit (percentage points). nullopt
// when `column` is not a share of `report`, or when either row has no postings.
std::optional<Interval> change_interval(const std::string& report, const std::string& column,
                                        const Table& table, std::size_t first, std::size_t last,
                                        double confidence);

}  // namespace jobsight
