#pragma once
// Rendering a report table as an aligned text table, CSV, JSON or Markdown.

#include <ostream>
#include <string>
#include <string_view>

#include "jobsight/table.hpp"

namespace jobsight::cli {

enum class Format { table, csv, json, markdown };

// "table", "csv", "json", "markdown" -> Format; throws jobsight::Error otherwise.
Format parse_format(std::string_view text);

// Writes `table` to `out`:
// - table: aligned columns with thousands separators (not in `year`, `line` and `*id` columns),
//   line breaks inside text shown as spaces; shares
//   and changes (`*_pct`, `*_pts`) with one decimal, pay columns (p25, median, p75, p90, mean)
//   rounded to whole dollars, other reals with two decimals; headers wrap onto several lines so
//   that the table fits `width` columns.
// - csv: header row, then plain numbers at full precision (shortest round-trip form).
// - json: an array of objects keyed by column name; numbers as numbers, NULL as null.
// - markdown: a pipe table formatted like `table`.
void render(const Table& table, Format format, std::ostream& out, std::size_t width = 100);

// 1234567 -> "1,234,567".
std::string with_thousands(std::int64_t value);

}  // namespace jobsight::cli
