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
// a comment line `-- only with :a, :b or :c` inside it: the file's promise that the arm gives no
// row while all of those parameters are NULL. An arm is kept when one of them is in
// `set_parameters` (a parameter the report declares a default for, which its view binds). The
// arm goes with the UNION ALL before it, or, for the first arm of its bracket (or of the file),
// with the UNION ALL after it. Throws std::logic_error when a marker is outside any arm or every
// arm of one bracket would go: the files are ours, so that is a mistake in them.
std::string without_unset_arms(std::string_view sql,
                               const std::vector<std::string>& set_parameters);

}  // namespace jobsight
