#pragma once
// Report queries as embedded SQL: composing them and turning them into views (storage layer).

#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// Names of the embedded report queries with `-` for `_` ("ai-share"), in file order.
std::vector<std::string> embedded_report_names();

// The full query of report `name` ("ai-share"): the shared fragments it uses
// (sql/reports/_NAME.sql, each as a CTE called NAME, e.g. scoped_postings) followed by the
// report's own SQL, with comments removed. Parameters (:from, :to, :country, :region, :industry,
// :period, :min_n, :source, :by, :year, :top) are left for binding; each one is NULL-safe, NULL
// meaning "no filter" or "the default". Lines ending in `-- ci` are kept (without the marker)
// only `with_intervals`: they add the interval columns of --ci (SPEC 3.1) and may read
// :ci_ranks. Throws jobsight::Error for an unknown name.
std::string report_query(std::string_view name, bool with_intervals = false);

// The --ci query of report `name` with every statistic of pay_stats NULL but each group's n
// (sql/reports/_pay_sizes.sql): what a first run needs to learn the group sizes whose
// order-statistic ranks the second run reads, without sorting any pay. Throws as report_query.
std::string report_group_sizes_query(std::string_view name);

// `CREATE VIEW report_<name> AS <query with every parameter replaced by NULL>`.
std::string report_view_sql(std::string_view name);

// "report_ai_share" for "ai-share".
std::string report_view_name(std::string_view name);

}  // namespace jobsight
