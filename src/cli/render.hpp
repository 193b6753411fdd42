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
//   text made printable (see printable: line breaks shown as spaces, control characters as
//   escapes, so that no cell can move the cursor or change the terminal); shares
//   and changes (`*_pct`, `*_pts`) with one decimal, pay columns (p25, median, p75, p90, mean)
//   rounded to whole dollars, other reals with two decimals; headers wrap onto several lines so
//   that the table fits `width` columns.
// - csv: header row, then plain numbers at full precision (shortest round-trip form); text as
//   stored, byte for byte, quoted by RFC 4180 when it holds a comma, quote or line break
//   (formula-like text such as `=cmd|...` is data and is written as it is).
// - json: an array of objects keyed by column name; numbers as numbers, NULL as null; control
//   characters escaped as JSON requires, invalid UTF-8 (only possible in data other tools wrote)
//   replaced by U+FFFD.
// - markdown: a pipe table formatted like `table`.
void render(const Table& table, Format format, std::ostream& out, std::size_t width = 100);

// `text` made safe to print on a terminal, on one line: CRLF, CR, LF and tab become a space;
// other C0 control characters and DEL become `\xHH` (ESC -> `\x1B`), C1 control characters
// (U+0080-U+009F) `\u00HH`. Everything else, invalid UTF-8 included, is kept.
std::string printable(std::string_view text);

// 1234567 -> "1,234,567".
std::string with_thousands(std::int64_t value);

}  // namespace jobsight::cli
