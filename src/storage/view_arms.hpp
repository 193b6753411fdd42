#pragma once
// The UNION ALL arms a report_* view leaves out (storage layer). A view is its report's query
// with every parameter NULL (sql/reports/README.md), so an arm that reads rows only when a
// filter is set reads none there, yet SQLite parses it each time a connection loads the schema:
// every command paid for about 68 KB of view text, 5-8 ms of a 13 ms report (BENCHMARKS.md).

#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// `sql` (a report's or fragment's file, comments and all) without each UNION ALL arm marked by
// a comment on a line of its own, `-- only with :a, :b or :c`, inside it: the file's promise
// that the arm gives no row while all of those parameters are NULL. An arm is kept when one of
// them is in `set_parameters` (a parameter the report declares a default for, which its view
// binds). An arm runs from the UNION ALL before it to the next UNION ALL of its bracket (or of
// the file), or to the bracket's end: so the first arm of a UNION ALL cannot be marked, and a
// marked last arm must not be followed by the compound's own ORDER BY or LIMIT (no report file
// has one). Throws std::logic_error for a marker that names no parameter, or that is in the
// first arm of a UNION ALL or outside one, dropped or not: the files are ours, so that is a
// mistake in them.
std::string without_unset_arms(std::string_view sql,
                               const std::vector<std::string>& set_parameters);

}  // namespace jobsight
