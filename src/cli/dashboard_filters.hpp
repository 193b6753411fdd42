#pragma once
// Which of the dashboard's filters each report runs with: the ones it takes.

#include <string>
#include <vector>

#include "jobsight/reports.hpp"

namespace jobsight::cli {

// The filters of `all` that report `info` takes (by its catalogue entry); every option it does
// not take or refuses is left out and named in `left_out` ("--ai (it compares AI roles with the
// others)", "--top"). A --by value the report does not group by (--by industry on
// pay-by-region) is left out the same way. The result passes check_report_filters for `info`
// whenever `all` would for some report, so one bad value still fails the whole dashboard.
ReportFilters filters_for_report(const ReportInfo& info, const ReportFilters& all,
                                 std::vector<std::string>& left_out);

}  // namespace jobsight::cli
