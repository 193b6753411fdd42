#pragma once
// Rendering a report table as an aligned text table, CSV, JSON or Markdown.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "jobsight/table.hpp"

namespace jobsight::cli {

enum class Format { table, csv, json, markdown };

// "table", "csv", "json", "markdown" -> Format; throws jobsight::Error otherwise.
Format parse_format(std::string_view text);

// How `render` lays out the table and markdown formats; csv and json do not depend on it.
struct RenderStyle {
  // table: the line width that headers wrap to and that `cut_to_width` cuts cells to.
  std::size_t width = 100;
  // table and markdown: print every number as stored (for `jobsight sql`): integers in plain
  // digits, reals in their shortest round-trip form with ".0" when they have no fraction
  // (0.0123, 0.39, 185000.0, 1e+20), infinities as Inf and -Inf, like SQLite; otherwise
  // numbers are formatted for people by column name (see render).
  bool numbers_as_stored = false;
  // table: cut text cells so that no line is wider than `width` display columns: a cut cell ends
  // in "…", and never in the middle of a UTF-8 character. The columns in `cut_first` give way
  // first, each down to the width of its header; the other text columns only when that is not
  // enough. Numbers are never cut, so a table of more numbers than fit is still wider. Widths
  // are counted in display columns (a wide CJK character counts 2, a combining mark 0);
  // without cut_to_width they are counted in bytes, as before.
  bool cut_to_width = false;
  std::vector<std::string> cut_first;
};

// Writes `table` to `out`:
// - table: aligned columns with thousands separators (not in `year`, `line` and `*id` columns),
//   text made printable (see printable: line breaks shown as spaces, control characters as
//   escapes, so that no cell can move the cursor or change the terminal); shares
//   and changes (`*_pct`, `*_pts`) with one decimal, pay columns (p25, median, p75, p90, mean,
//   `*_median`, `*_mean`, `*_usd`) rounded to whole dollars, interval columns
//   (`<column>_ci_low`, `<column>_ci_high`) like the column they bound, other reals with two
//   decimals (unless `style.numbers_as_stored`);
//   headers wrap onto several lines so that the table fits `style.width` columns, and with
//   `style.cut_to_width` long text cells are cut to fit it too. NULL is shown as "-".
// - csv: header row, then plain numbers at full precision (shortest round-trip form); text as
//   stored, byte for byte, quoted by RFC 4180 when it holds a comma, quote or line break
//   (formula-like text such as `=cmd|...` is data and is written as it is).
// - json: an array of objects keyed by column name; numbers as numbers, NULL as null; control
//   characters escaped as JSON requires, invalid UTF-8 (only possible in data other tools wrote)
//   replaced by U+FFFD.
// - markdown: a pipe table whose cells are formatted like `table`'s, never cut.
void render(const Table& table, Format format, std::ostream& out, const RenderStyle& style = {});

// The width to fit a table to: $COLUMNS when it is a positive number, else the width of the
// terminal standard output writes to; nothing when neither is known (standard output is a file
// or a pipe and COLUMNS is unset or not a number).
std::optional<std::size_t> terminal_width();

// `text` made safe to print on a terminal, on one line: CRLF, CR, LF and tab become a space;
// other C0 control characters and DEL become `\xHH` (ESC -> `\x1B`), C1 control characters
// (U+0080-U+009F) `\u00HH`. Everything else, invalid UTF-8 included, is kept.
std::string printable(std::string_view text);

// A cell as the table format shows it, for reports: numbers formatted by column name, text
// made printable, NULL as "-" (the HTML pages show their tables this way).
std::string display_cell(const std::string& column, const Cell& cell);

// A column name as the table format heads it: "ai_share_pct" -> "ai share %".
std::string display_header(const std::string& column);

// 1234567 -> "1,234,567".
std::string with_thousands(std::int64_t value);

}  // namespace jobsight::cli
