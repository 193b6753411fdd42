#pragma once
// The reports that are one SQL query each (sql/reports/), run with their filters (report layer).

#include <string>

#include "jobsight/database.hpp"
#include "jobsight/reports.hpp"
#include "jobsight/table.hpp"

namespace jobsight {

// Runs the SQL report `name` ("ai-share", not "summary") with `filters`, already checked by
// check_report_filters: --year becomes the whole-year date range (for ai-growth, the comparison
// year), --country is resolved to its ISO code, --skill to its skill_id, the other segments
// (SPEC 3.2) to the forms sql/reports/_scoped_postings.sql reads, every filter is bound as a
// NULL-safe parameter, and with --by country the group column is named `country`. Throws
// jobsight::Error for a --skill no skill or alias is called (suggesting the closest names), and
// DatabaseError.
Table run_trend_report(Database& db, const std::string& name, const ReportFilters& filters);

}  // namespace jobsight
