#include "cli/render.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

#include "jobsight/csv.hpp"
#include "jobsight/display_width.hpp"
#include "jobsight/error.hpp"

namespace jobsight::cli {
namespace {

// The column an interval column bounds: "median" for "median_ci_low" (SPEC 3.1 names).
std::string_view bounded_column(std::string_view name) {
  for (std::string_view suffix : {"_ci_low", "_ci_high"}) {
    if (name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
  }
  return name;
}

bool is_pay_column(std::string_view name) {
  name = bounded_column(name);
  return name == "p25" || name == "median" || name == "p75" || name == "p90" || name == "mean" ||
         name.ends_with("_median") || name.ends_with("_mean") || name.ends_with("_usd");
}

bool is_numeric_cell(const Cell& cell) {
  return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell);
}

// Identifiers and line numbers are read digit by digit, without thousands separators.
bool is_plain_integer_column(const std::string& column) {
  return column == "year" || column == "id" || column == "line" || column.ends_with("_id");
}

// A real as SQLite shows it, at full precision: the shortest digits that read back as the same
// double, with ".0" when that is a whole number; infinities as Inf and -Inf.
std::string stored_real(double value) {
  if (std::isnan(value)) return "-";  // SQLite stores NaN as NULL
  if (std::isinf(value)) return value > 0 ? "Inf" : "-Inf";
  std::string text = fmt::format("{}", value);
  if (text.find_first_not_of("-0123456789") == std::string::npos) text += ".0";
  return text;
}

// A cell as people read it (table and markdown): numbers formatted by column name for reports,
// or as stored.
std::string human_cell(const std::string& column, const Cell& cell, bool numbers_as_stored) {
  if (std::holds_alternative<std::monostate>(cell)) return "-";
  if (const auto* text = std::get_if<std::string>(&cell)) return printable(*text);
  if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
    return numbers_as_stored || is_plain_integer_column(column) ? std::to_string(*integer)
                                                                : with_thousands(*integer);
  }
  double value = std::get<double>(cell);
  if (numbers_as_stored) return stored_real(value);
  if (!std::isfinite(value)) return "-";
  std::string_view bounded = bounded_column(column);
  if (bounded.ends_with("_pct") || bounded.ends_with("_pts")) return fmt::format("{:.1f}", value);
  if (is_pay_column(column)) return with_thousands(std::llround(value));
  return fmt::format("{:.2f}", value);
}

// A cell at full precision (csv).
std::string plain_cell(const Cell& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return "";
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* integer = std::get_if<std::int64_t>(&cell)) return std::to_string(*integer);
  double value = std::get<double>(cell);
  return std::isfinite(value) ? fmt::format("{}", value) : "";
}

std::string header_label(const std::string& column) {
  std::string label;
  std::size_t start = 0;
  while (start <= column.size()) {
    std::size_t end = column.find('_', start);
    if (end == std::string::npos) end = column.size();
    std::string word = column.substr(start, end - start);
    if (!label.empty()) label += ' ';
    label += word == "pct" ? "%" : word;
    start = end + 1;
  }
  return label;
}

// Splits a label into lines of at most `width` display columns at spaces (longer words stay
// whole).
std::vector<std::string> wrap(const std::string& label, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= label.size()) {
    std::size_t end = label.find(' ', start);
    if (end == std::string::npos) end = label.size();
    std::string word = label.substr(start, end - start);
    if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  lines.push_back(line);
  return lines;
}

// A table's cells as printed, before it is fitted to a width: the same for every panel.
struct Formatted {
  std::vector<std::string> names;               // column names, to match `cut_first`
  std::vector<std::string> labels;              // header labels, unwrapped
  std::vector<std::vector<std::string>> cells;  // body
  std::vector<bool> right_aligned;              // numeric columns
  std::vector<std::size_t> cell_widths;         // widest cell per column
};

Formatted format_cells(const Table& table, bool numbers_as_stored) {
  Formatted f;
  std::size_t n = table.columns.size();
  f.names = table.columns;
  f.right_aligned.assign(n, false);
  f.cell_widths.assign(n, 0);
  for (const std::string& column : table.columns) {
    f.labels.push_back(header_label(printable(column)));
  }
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < n; ++c) {
      cells.push_back(human_cell(table.columns[c], row[c], numbers_as_stored));
      f.cell_widths[c] = std::max(f.cell_widths[c], display_width(cells.back()));
      if (is_numeric_cell(row[c])) f.right_aligned[c] = true;
    }
    f.cells.push_back(std::move(cells));
  }
  return f;
}

// The columns `columns` of `f`, in that order.
Formatted project(const Formatted& f, const std::vector<std::size_t>& columns) {
  Formatted p;
  for (std::size_t c : columns) {
    p.names.push_back(f.names[c]);
    p.labels.push_back(f.labels[c]);
    p.right_aligned.push_back(f.right_aligned[c]);
    p.cell_widths.push_back(f.cell_widths[c]);
  }
  for (const auto& row : f.cells) {
    std::vector<std::string> cells;
    for (std::size_t c : columns) cells.push_back(row[c]);
    p.cells.push_back(std::move(cells));
  }
  return p;
}

// The width of a column whose cells take `cell_width` once its header is wrapped as fit_columns
// wraps it when the table is too wide.
std::size_t wrapped_width(const std::string& label, std::size_t cell_width) {
  std::size_t width = cell_width;
  for (const std::string& line : wrap(label, std::max<std::size_t>(cell_width, 5))) {
    width = std::max(width, display_width(line));
  }
  return width;
}

// The narrowest a column can be: a number's cells and a text column's wrapped header.
std::size_t least_width(const Formatted& f, std::size_t c) {
  return f.right_aligned[c] ? wrapped_width(f.labels[c], f.cell_widths[c])
                            : std::max<std::size_t>(wrapped_width(f.labels[c], 0), 1);
}

// Columns side by side with their gaps.
std::size_t total_width(const std::vector<std::size_t>& widths) {
  std::size_t sum = widths.empty() ? 0 : 2 * (widths.size() - 1);
  for (std::size_t w : widths) sum += w;
  return sum;
}

// The width each column is cut to so that the table fits `width`: the columns of `cut_first`
// give way first, then the other text columns; within each group the widest cells are cut
// first, all of the group's columns to one width (water-filling), none below its least width.
// Numeric columns keep their width.
std::vector<std::size_t> cut_widths(const Formatted& f, std::size_t width,
                                    const std::vector<std::string>& cut_first_columns) {
  std::size_t n = f.names.size();
  std::vector<std::size_t> natural(n), least(n);
  for (std::size_t c = 0; c < n; ++c) {
    natural[c] = wrapped_width(f.labels[c], f.cell_widths[c]);
    least[c] = std::min(least_width(f, c), natural[c]);
  }
  std::vector<std::size_t> widths = natural;
  auto cut_first = [&](std::size_t c) {
    return std::find(cut_first_columns.begin(), cut_first_columns.end(), f.names[c]) !=
           cut_first_columns.end();
  };
  for (bool first_group : {true, false}) {
    if (total_width(widths) <= width) break;
    std::vector<std::size_t> group;
    for (std::size_t c = 0; c < n; ++c) {
      if (!f.right_aligned[c] && cut_first(c) == first_group) group.push_back(c);
    }
    if (group.empty()) continue;
    std::size_t others = total_width(widths);
    for (std::size_t c : group) others -= widths[c];
    std::size_t room = width > others ? width - others : 0;
    // What the group takes when no column of it is wider than `cap`.
    auto taken = [&](std::size_t cap) {
      std::size_t sum = 0;
      for (std::size_t c : group) sum += std::clamp(cap, least[c], natural[c]);
      return sum;
    };
    // The widest cap at which the group fits in `room` (0 when it does not fit at all).
    std::size_t low = 0, high = 0;
    for (std::size_t c : group) high = std::max(high, natural[c]);
    while (low < high) {
      std::size_t middle = low + (high - low + 1) / 2;
      if (taken(middle) <= room) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    std::size_t spare = room > taken(low) ? room - taken(low) : 0;
    for (std::size_t c : group) {
      widths[c] = std::clamp(low, least[c], natural[c]);
      // The columns still cut share what is left, one display column each.
      if (spare > 0 && widths[c] < natural[c]) {
        ++widths[c];
        --spare;
      }
    }
  }
  return widths;
}

// A column that names its row rather than measures it: text, or an identifier or year.
bool is_name_column(const Formatted& f, std::size_t c) {
  const std::string& name = f.names[c];
  return !f.right_aligned[c] || name == "id" || name == "year" || name.ends_with("_id");
}

// The panels a table too wide for `width` is printed in, one below the other: each repeats the
// leading name columns (text, ids and years: the row's name, e.g. period or skill; as many of
// them as fit in half the line) and takes as many of the others, in order, as fit. Columns are
// counted at their least width (numbers, headers' longest words), except those that would lose too
// much: the repeated columns at their full width up to a third of the line, and text that is cut
// rather than wrapped, unless `style.cut_first` names it, up to 10 cells. One panel holding every
// column when they all fit.
std::vector<std::vector<std::size_t>> panels_of(const Formatted& f, std::size_t width,
                                                const RenderStyle& style) {
  std::size_t n = f.names.size();
  std::vector<std::size_t> least(n);
  for (std::size_t c = 0; c < n; ++c) {
    least[c] = least_width(f, c);
    bool cut_freely = std::find(style.cut_first.begin(), style.cut_first.end(), f.names[c]) !=
                      style.cut_first.end();
    if (!f.right_aligned[c] && !style.wrap_text && !cut_freely) {
      std::size_t natural = wrapped_width(f.labels[c], f.cell_widths[c]);
      least[c] = std::max(least[c], std::min<std::size_t>(natural, 10));
    }
  }
  std::vector<std::size_t> all(n);
  for (std::size_t c = 0; c < n; ++c) all[c] = c;
  std::vector<std::size_t> keys;
  while (keys.size() < n && is_name_column(f, keys.size())) keys.push_back(keys.size());
  std::vector<std::size_t> key_widths;
  for (std::size_t c : keys) {
    std::size_t natural = wrapped_width(f.labels[c], f.cell_widths[c]);
    key_widths.push_back(std::max(least[c], std::min(natural, width / 3)));
  }
  // The repeated columns take at most half the line: the first of them that fit.
  while (!keys.empty() && (keys.size() == n || total_width(key_widths) > width / 2 ||
                           total_width(key_widths) + 2 + least[keys.size()] > width)) {
    keys.pop_back();
    key_widths.pop_back();
  }
  std::vector<std::size_t> one_panel = least;
  std::copy(key_widths.begin(), key_widths.end(), one_panel.begin());
  if (total_width(one_panel) <= width) return {all};
  std::vector<std::vector<std::size_t>> panels;
  std::vector<std::size_t> panel = keys, widths = key_widths;
  for (std::size_t c = keys.size(); c < n; ++c) {
    widths.push_back(least[c]);
    if (panel.size() > keys.size() && total_width(widths) > width) {
      panels.push_back(panel);
      panel = keys;
      widths = key_widths;
      widths.push_back(least[c]);
    }
    panel.push_back(c);
  }
  panels.push_back(panel);
  return panels;
}

// `text` in lines of at most `width` display columns, broken at spaces; a word longer than a
// line is cut with "…".
std::vector<std::string> wrap_cell(const std::string& text, std::size_t width) {
  std::vector<std::string> lines = wrap(text, width);
  for (std::string& line : lines) line = shorten_end(line, width);
  return lines;
}

std::string pad(const std::string& text, std::size_t width, bool right) {
  std::size_t size = display_width(text);
  std::string spaces(width > size ? width - size : 0, ' ');
  return right ? spaces + text : text + spaces;
}

// Writes `f` fitted to `width`: headers wrap, and text cells are cut (or wrapped onto more
// lines, with style.wrap_text) when the columns side by side are wider.
void write_panel(Formatted f, std::size_t width, const RenderStyle& style, std::ostream& out) {
  std::size_t n = f.names.size();
  std::vector<std::size_t> widths(n);
  for (std::size_t c = 0; c < n; ++c) {
    widths[c] = std::max(f.cell_widths[c], display_width(f.labels[c]));
  }
  bool must_wrap = total_width(widths) > width;
  if (must_wrap) {
    std::vector<std::size_t> cut = cut_widths(f, width, style.cut_first);
    std::vector<bool> narrowed(n);
    for (std::size_t c = 0; c < n; ++c) {
      narrowed[c] = cut[c] < wrapped_width(f.labels[c], f.cell_widths[c]);
      if (narrowed[c]) f.cell_widths[c] = 0;
    }
    std::vector<std::vector<std::string>> lines;  // the rows' lines as printed
    for (const auto& cells : f.cells) {
      std::vector<std::vector<std::string>> parts(n);
      std::size_t count = 1;
      for (std::size_t c = 0; c < n; ++c) {
        if (!narrowed[c]) {
          parts[c] = {cells[c]};
        } else if (style.wrap_text) {
          parts[c] = wrap_cell(cells[c], cut[c]);
        } else {
          parts[c] = {shorten_end(cells[c], cut[c])};
        }
        count = std::max(count, parts[c].size());
        for (const std::string& part : parts[c]) {
          f.cell_widths[c] = std::max(f.cell_widths[c], display_width(part));
        }
      }
      for (std::size_t k = 0; k < count; ++k) {
        std::vector<std::string> line;
        for (std::size_t c = 0; c < n; ++c) line.push_back(k < parts[c].size() ? parts[c][k] : "");
        lines.push_back(std::move(line));
      }
    }
    f.cells = std::move(lines);
  }
  std::vector<std::vector<std::string>> headers;
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t limit =
        must_wrap ? std::max<std::size_t>(f.cell_widths[c], 5) : display_width(f.labels[c]);
    headers.push_back(wrap(f.labels[c], limit));
    widths[c] = f.cell_widths[c];
    for (const std::string& line : headers.back()) {
      widths[c] = std::max(widths[c], display_width(line));
    }
  }
  std::size_t header_lines = 0;
  for (const auto& lines : headers) header_lines = std::max(header_lines, lines.size());
  auto write_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t c = 0; c < n; ++c) {
      if (c > 0) line += "  ";
      line += pad(cells[c], widths[c], f.right_aligned[c]);
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
  };
  for (std::size_t l = 0; l < header_lines; ++l) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < n; ++c) {
      const auto& lines = headers[c];
      // Bottom-align wrapped headers so the last line sits on the rule.
      std::size_t offset = header_lines - lines.size();
      cells.push_back(l >= offset ? lines[l - offset] : "");
    }
    write_line(cells);
  }
  std::vector<std::string> rule;
  for (std::size_t c = 0; c < n; ++c) rule.push_back(std::string(widths[c], '-'));
  write_line(rule);
  for (const auto& cells : f.cells) write_line(cells);
}

void render_table(const Table& table, std::ostream& out, const RenderStyle& style) {
  std::size_t width = style.width.value_or(output_width());
  Formatted formatted = format_cells(table, style.numbers_as_stored);
  std::vector<std::vector<std::size_t>> panels = panels_of(formatted, width, style);
  for (std::size_t p = 0; p < panels.size(); ++p) {
    if (p > 0) out << '\n';
    write_panel(panels.size() == 1 ? formatted : project(formatted, panels[p]), width, style, out);
  }
  if (table.rows.empty()) out << "(no rows)\n";
}

void render_markdown(const Table& table, std::ostream& out, const RenderStyle& style) {
  Formatted f = format_cells(table, style.numbers_as_stored);
  std::size_t n = table.columns.size();
  auto escape = [](const std::string& text) {
    std::string escaped;
    for (char c : text) {
      if (c == '|') escaped += '\\';
      escaped += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return escaped;
  };
  out << '|';
  for (std::size_t c = 0; c < n; ++c) out << ' ' << escape(printable(table.columns[c])) << " |";
  out << "\n|";
  for (std::size_t c = 0; c < n; ++c) out << (f.right_aligned[c] ? " ---: |" : " --- |");
  out << '\n';
  for (const auto& cells : f.cells) {
    out << '|';
    for (const std::string& cell : cells) out << ' ' << escape(cell) << " |";
    out << '\n';
  }
}

void render_csv(const Table& table, std::ostream& out) {
  out << csv_encode(table.columns) << '\n';
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    cells.reserve(row.size());
    for (const Cell& cell : row) cells.push_back(plain_cell(cell));
    out << csv_encode(cells) << '\n';
  }
}

void render_json(const Table& table, std::ostream& out) {
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const auto& row : table.rows) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const Cell& cell = row[c];
      if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
        object[table.columns[c]] = *integer;
      } else if (const auto* real = std::get_if<double>(&cell); real && std::isfinite(*real)) {
        object[table.columns[c]] = *real;
      } else if (const auto* text = std::get_if<std::string>(&cell)) {
        object[table.columns[c]] = *text;
      } else {
        object[table.columns[c]] = nullptr;
      }
    }
    rows.push_back(std::move(object));
  }
  out << rows.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace

Format parse_format(std::string_view text) {
  if (text == "table") return Format::table;
  if (text == "csv") return Format::csv;
  if (text == "json") return Format::json;
  if (text == "markdown") return Format::markdown;
  throw Error("--format '" + std::string(text) + "' is not one of table, csv, json, markdown");
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (c == '\r' || c == '\n' || c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02X}", c);
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      const auto code = static_cast<unsigned char>(text[++i]);
      out += fmt::format("\\u00{:02X}", code);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string display_cell(const std::string& column, const Cell& cell) {
  return human_cell(column, cell, false);
}

std::string display_header(const std::string& column) {
  return header_label(column);
}

std::string with_thousands(std::int64_t value) {
  std::string digits = std::to_string(value < 0 ? -static_cast<unsigned long long>(value)
                                                : static_cast<unsigned long long>(value));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

std::optional<std::size_t> terminal_width(int fd) {
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    const char* end = columns + std::strlen(columns);
    std::size_t width = 0;
    auto [stop, error] = std::from_chars(columns, end, width);
    if (error == std::errc() && stop == end && width > 0) return width;
  }
  winsize size{};
  if (isatty(fd) == 1 && ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  return std::nullopt;
}

std::size_t output_width(int fd) {
  return terminal_width(fd).value_or(kDefaultWidth);
}

void render(const Table& table, Format format, std::ostream& out, const RenderStyle& style) {
  switch (format) {
    case Format::table:
      render_table(table, out, style);
      break;
    case Format::csv:
      render_csv(table, out);
      break;
    case Format::json:
      render_json(table, out);
      break;
    case Format::markdown:
      render_markdown(table, out, style);
      break;
  }
}

}  // namespace jobsight::cli
