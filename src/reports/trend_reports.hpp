#pragma once
// The reports that are one SQL query each (sql/reports/), run with their filters (report layer).

#include <string>

#include "jobsight/database.hpp"
#include "jobsight/reports.hpp"
#include "jobsight/table.hpp"

namespace jobsight {

// Runs the SQL report `name` ("ai-share", not "summary") with `filters`, already checked by
// check_report_filters: --year becomes the whole-year date range (for ai-growth, the comparison
// year), --country is resolved to its ISO code, every filter is bound as a NULL-safe parameter,
// and with --by country the group column is named `country`. Throws DatabaseError.
Table run_trend_report(Database& db, const std::string& name, const ReportFilters& filters);

}  // namespace jobsight
