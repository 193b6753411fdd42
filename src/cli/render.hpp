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

// The width tables and help fit when nothing tells it: standard output is a file or a pipe and
// COLUMNS is unset.
constexpr std::size_t kDefaultWidth = 80;

// How `render` lays out the table and markdown formats; csv and json do not depend on it.
struct RenderStyle {
  // table: the display columns no line may pass; unset: output_width() ($COLUMNS, else the
  // terminal's width, else 80).
  std::optional<std::size_t> width;
  // table and markdown: print every number as stored (for `jobsight sql`): integers in plain
  // digits, reals in their shortest round-trip form with ".0" when they have no fraction
  // (0.0123, 0.39, 185000.0, 1e+20), infinities as Inf and -Inf, like SQLite; otherwise
  // numbers are formatted for people by column name (see render).
  bool numbers_as_stored = false;
  // table: the text columns that are cut first when the table is too wide (see render).
  std::vector<std::string> cut_first;
  // table: a text cell too long for its column wraps onto more lines at spaces (the row's
  // numbers stay on its first line) instead of being cut with "…"; only a word longer than the
  // column is still cut.
  bool wrap_text = false;
};

// Writes `table` to `out`:
// - table: aligned columns with thousands separators (not in `year`, `line` and `*id` columns),
//   text made printable (see printable: line breaks shown as spaces, control characters as
//   escapes, so that no cell can move the cursor or change the terminal); shares
//   and changes (`*_pct`, `*_pts`) with one decimal, pay columns (p25, median, p75, p90, mean,
//   `*_median`, `*_mean`, `*_usd`) rounded to whole dollars, interval columns
//   (`<column>_ci_low`, `<column>_ci_high`) like the column they bound, other reals with two
//   decimals (unless `style.numbers_as_stored`). NULL is shown as "-".
//   No line is wider than the width (style.width, else output_width()), counted in display
//   cells (jobsight/display_width.hpp: 北京 takes 4, Zürich 6): when the columns side by side are
//   wider, headers wrap at spaces, then text cells are cut to end in "…" (never inside a UTF-8
//   character), or wrapped with `style.wrap_text`: the columns of `style.cut_first` first, then
//   the other text columns, the widest first, none below its header's longest word. Numbers are
//   never cut or wrapped: when they still do not fit (or text would be cut to under 10 cells,
//   unless `cut_first` names it), the table is printed as panels one below the other, a blank
//   line between them, each repeating the leading text, id and year columns (the row's name;
//   those that fit in half the line) with as many of the other columns as fit.
// - csv: header row, then plain numbers at full precision (shortest round-trip form); text as
//   stored, byte for byte, quoted by RFC 4180 when it holds a comma, quote or line break
//   (formula-like text such as `=cmd|...` is data and is written as it is).
// - json: an array of objects keyed by column name; numbers as numbers, NULL as null; control
//   characters escaped as JSON requires, invalid UTF-8 (only possible in data other tools wrote)
//   replaced by U+FFFD.
// - markdown: a pipe table whose cells are formatted like `table`'s, never cut or split.
void render(const Table& table, Format format, std::ostream& out, const RenderStyle& style = {});

// The width to fit a table to when something tells it: $COLUMNS when it is a positive number,
// else the width of the terminal `fd` (standard output unless told) is (ioctl TIOCGWINSZ);
// nothing when neither is known (a file or a pipe, and COLUMNS unset or not a number).
std::optional<std::size_t> terminal_width(int fd = 1);

// terminal_width(fd), else kDefaultWidth (80): the width tables, help and progress fit.
std::size_t output_width(int fd = 1);

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
