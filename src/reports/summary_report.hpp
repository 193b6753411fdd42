#pragma once
// The `summary` report: a headline digest assembled from the other reports (report layer).

#include "jobsight/database.hpp"
#include "jobsight/reports.hpp"
#include "jobsight/table.hpp"

namespace jobsight {

// Rows of (topic, item, value, n): the latest 12 months' AI share against the 12 before, pay
// bands per level, the top paying and fastest growing skills, the junior share trend, and pay by
// region against the US, each with the number of postings or pay figures behind it. `filters`
// are already checked by check_report_filters (the summary takes no --by, --period or --top);
// each part runs its SQL report directly (run_trend_report).
Table summary_report(Database& db, const ReportFilters& filters);

}  // namespace jobsight
