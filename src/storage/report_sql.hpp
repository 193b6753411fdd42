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
// only `with_intervals`: they add the interval columns of --ci (SPEC 3.1). Throws
// jobsight::Error for an unknown name.
std::string report_query(std::string_view name, bool with_intervals = false);

// True when report `name` computes pay statistics (its SQL reads pay_stats over its pay_groups).
bool report_has_pay_stats(std::string_view name);

// The rows (grp, pay_source, pay) of the pay report `name`'s pay_groups inside its filters (the
// same parameters as report_query), for the program to compute the statistics itself. Throws
// jobsight::Error for an unknown name.
std::string report_pay_values_query(std::string_view name);

// As report_pay_values_query, each row with the seniority and is_ai of the posting or
// observation its figure comes from (grp, pay_source, pay, seniority, is_ai): what
// kept_pay_stats.cpp needs to keep the statistics of each segment in one read.
std::string report_pay_values_by_segment_query(std::string_view name);

// The pay report `name`'s pay_groups over one figure of each level and AI flag, from postings,
// with no place and no pay (sql/reports/_scoped_pay_cells.sql in place of _scoped_pay.sql): the
// distinct (grp, seniority, is_ai), the groups a figure of that level and flag falls in. What
// kept_pay_stats.cpp puts pay-by-skill's cells of one skill in to keep the report for that skill;
// meaningful only for a report whose groups depend on the level and AI flag alone (a figure
// falling in no group or a NULL one says they need more). Throws jobsight::Error for an unknown
// name.
std::string report_pay_cell_groups_query(std::string_view name);

// The pay report `name`'s pay_groups over each figure once for each skill its posting asks for
// (sql/reports/_scoped_pay_skills.sql in place of _scoped_pay.sql), with :skill_id NULL: the
// rows (skill_id, grp, pay_source, pay). Those of one skill are the report's pay values with
// :skill_id bound to it. What kept_pay_stats.cpp keeps the report for each skill from, in one
// read, when its groups need more than a figure's level and AI flag; meaningful only for a
// report whose pay_groups reads scoped_pay and gives its skill_id. Throws jobsight::Error for an
// unknown name.
std::string report_pay_values_by_skill_query(std::string_view name);

// report_query with pay_stats read from temp.given_pay_stats (sql/reports/_pay_stats_given.sql,
// filled by store_given_pay_stats) instead of computed by the SQL.
std::string report_query_with_given_pay_stats(std::string_view name, bool with_intervals);

// The one row (report_grouping) of the pay report `name`'s pay_grouping: the key of its kept
// statistics for the :by it is given. Throws jobsight::Error for an unknown name.
std::string report_pay_grouping_query(std::string_view name);

// One row, `answers`: 1 when the kept statistics answer the pay report `name` with the
// parameters it is given (sql/reports/_kept_pay_stats_answer.sql: current, and every filter at
// its default), else 0. Throws jobsight::Error for an unknown name.
std::string report_kept_answer_query(std::string_view name);

// `CREATE VIEW report_<name> AS <query with every parameter replaced by NULL>`, the query less
// the UNION ALL arms its files mark `-- only with` parameters it leaves NULL
// (src/storage/view_arms.hpp), and the CTEs only those read. Throws jobsight::Error for an
// unknown name, std::logic_error for a misplaced marker.
std::string report_view_sql(std::string_view name);

// Every `:parameter` of report_query(name), without the colon, in order of first use.
std::vector<std::string> report_parameters(std::string_view name);

// The query of report `name` for a client that binds every parameter as text and gives an empty
// string for one left blank (datasette's canned queries): report_query(name) with each parameter
// in `offered` read as nullif(:p, '') (blank means "no filter" or the default), the integer ones
// (:min_n, :year, :top, :ai, :skill_id) cast to INTEGER, the lists :levels and
// :employment_types given without their outer commas ("senior,lead") and, like :title, in any
// case; every other parameter is
// NULL, except :scan, fixed to 1 (the postings themselves are read, whatever the filters).
// Throws jobsight::Error for an unknown name.
std::string report_canned_query(std::string_view name, const std::vector<std::string>& offered);

// "report_ai_share" for "ai-share".
std::string report_view_name(std::string_view name);

}  // namespace jobsight
