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

// Splits a label into lines of at most `width` characters at spaces (longer words stay whole).
std::vector<std::string> wrap(const std::string& label, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= label.size()) {
    std::size_t end = label.find(' ', start);
    if (end == std::string::npos) end = label.size();
    std::string word = label.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  lines.push_back(line);
  return lines;
}

// The UTF-8 character that starts at text[i]: its size in bytes and code point. A byte that
// starts no well-formed character is a character of its own (size 1, U+FFFD, as terminals show
// it).
struct Utf8Char {
  std::size_t size;
  char32_t code;
};

// The size of the UTF-8 character that `lead` starts; 0 when it starts none.
std::size_t utf8_size(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

Utf8Char utf8_char_at(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t size = utf8_size(lead);
  if (size == 1) return {1, lead};
  if (size == 0 || i + size > text.size()) return {1, U'\uFFFD'};
  char32_t code = lead & (0xFF >> (size + 1));
  for (std::size_t k = 1; k < size; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return {1, U'\uFFFD'};
    code = (code << 6) | (next & 0x3F);
  }
  return {size, code};
}

// How many terminal columns a code point takes: 0 for combining marks and zero-width
// characters, 2 for East Asian wide ones and emoji, 1 for the rest.
std::size_t char_columns(char32_t code) {
  auto in = [code](char32_t first, char32_t last) { return code >= first && code <= last; };
  if (in(0x0300, 0x036F) || in(0x1AB0, 0x1AFF) || in(0x1DC0, 0x1DFF) || in(0x200B, 0x200F) ||
      in(0x20D0, 0x20FF) || in(0xFE00, 0xFE0F) || in(0xFE20, 0xFE2F) || in(0xE0100, 0xE01EF)) {
    return 0;
  }
  if (in(0x1100, 0x115F) || in(0x2E80, 0x303E) || in(0x3041, 0x33FF) || in(0x3400, 0x4DBF) ||
      in(0x4E00, 0x9FFF) || in(0xA000, 0xA4CF) || in(0xAC00, 0xD7A3) || in(0xF900, 0xFAFF) ||
      in(0xFE30, 0xFE4F) || in(0xFF00, 0xFF60) || in(0xFFE0, 0xFFE6) || in(0x1F300, 0x1F64F) ||
      in(0x1F900, 0x1F9FF) || in(0x20000, 0x3FFFD)) {
    return 2;
  }
  return 1;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    Utf8Char ch = utf8_char_at(text, i);
    width += char_columns(ch.code);
    i += ch.size;
  }
  return width;
}

// `text` in at most `width` display columns: as it is when it fits, else its longest prefix of
// whole characters that leaves room for "…", without trailing spaces, then "…".
std::string cut(const std::string& text, std::size_t width) {
  if (display_width(text) <= width) return text;
  if (width == 0) return "";
  std::size_t used = 0, end = 0;
  while (end < text.size()) {
    Utf8Char ch = utf8_char_at(text, end);
    if (used + char_columns(ch.code) > width - 1) break;
    used += char_columns(ch.code);
    end += ch.size;
  }
  std::string prefix = text.substr(0, end);
  prefix.erase(prefix.find_last_not_of(' ') + 1);
  return prefix + "…";
}

struct Layout {
  std::vector<std::vector<std::string>> cells;    // rendered body
  std::vector<std::vector<std::string>> headers;  // per column, header lines
  std::vector<std::size_t> widths;
  std::vector<bool> right_aligned;
  bool display_columns = false;  // widths count display columns, else bytes

  std::size_t measure(std::string_view text) const {
    return display_columns ? display_width(text) : text.size();
  }
};

// The width of a column whose cells take `cell_width` once its header is wrapped as lay_out
// wraps it when the table is too wide.
std::size_t wrapped_width(const Layout& layout, const std::string& label, std::size_t cell_width) {
  std::size_t width = cell_width;
  for (const std::string& line : wrap(label, std::max<std::size_t>(cell_width, 5))) {
    width = std::max(width, layout.measure(line));
  }
  return width;
}

// Cuts the text cells of a table wider than `style.width` (RenderStyle::cut_to_width): the
// columns of `style.cut_first` give way first, then the other text columns; within each group
// the widest cells are cut first, all of the group's columns to one width (water-filling), none
// below the width its wrapped header needs. Numeric columns keep their width.
void cut_to_fit(const Table& table, const RenderStyle& style,
                const std::vector<std::string>& labels, Layout& layout) {
  std::size_t n = table.columns.size();
  std::vector<std::size_t> natural(n), least(n);
  for (std::size_t c = 0; c < n; ++c) {
    natural[c] = wrapped_width(layout, labels[c], layout.widths[c]);
    least[c] = std::max<std::size_t>(wrapped_width(layout, labels[c], 0), 1);
  }
  std::vector<std::size_t> width = natural;
  auto sum_over = [&](auto&& include) {
    std::size_t sum = n > 0 ? 2 * (n - 1) : 0;
    for (std::size_t c = 0; c < n; ++c) sum += include(c) ? width[c] : 0;
    return sum;
  };
  auto cut_first = [&](std::size_t c) {
    return std::find(style.cut_first.begin(), style.cut_first.end(), table.columns[c]) !=
           style.cut_first.end();
  };
  for (bool first_group : {true, false}) {
    if (sum_over([](std::size_t) { return true; }) <= style.width) break;
    std::vector<std::size_t> group;
    for (std::size_t c = 0; c < n; ++c) {
      if (!layout.right_aligned[c] && cut_first(c) == first_group) group.push_back(c);
    }
    auto in_group = [&](std::size_t c) {
      return std::find(group.begin(), group.end(), c) != group.end();
    };
    std::size_t others = sum_over([&](std::size_t c) { return !in_group(c); });
    std::size_t room = style.width > others ? style.width - others : 0;
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
      width[c] = std::clamp(low, least[c], natural[c]);
      // The columns still cut share what is left, one display column each.
      if (spare > 0 && width[c] < natural[c]) {
        ++width[c];
        --spare;
      }
    }
  }
  for (std::size_t c = 0; c < n; ++c) {
    if (width[c] >= natural[c]) continue;
    layout.widths[c] = 0;
    for (auto& cells : layout.cells) {
      cells[c] = cut(cells[c], width[c]);
      layout.widths[c] = std::max(layout.widths[c], layout.measure(cells[c]));
    }
  }
}

Layout lay_out(const Table& table, const RenderStyle& style) {
  Layout layout;
  layout.display_columns = style.cut_to_width;
  std::size_t n = table.columns.size();
  layout.widths.assign(n, 0);
  layout.right_aligned.assign(n, false);
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < n; ++c) {
      cells.push_back(human_cell(table.columns[c], row[c], style.numbers_as_stored));
      layout.widths[c] = std::max(layout.widths[c], layout.measure(cells.back()));
      if (is_numeric_cell(row[c])) layout.right_aligned[c] = true;
    }
    layout.cells.push_back(std::move(cells));
  }
  std::vector<std::string> labels;
  std::size_t total = n > 0 ? 2 * (n - 1) : 0;
  for (std::size_t c = 0; c < n; ++c) {
    labels.push_back(header_label(printable(table.columns[c])));
    total += std::max(layout.widths[c], layout.measure(labels.back()));
  }
  bool must_wrap = total > style.width;
  if (must_wrap && style.cut_to_width) cut_to_fit(table, style, labels, layout);
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t limit = must_wrap ? std::max<std::size_t>(layout.widths[c], 5) : labels[c].size();
    layout.headers.push_back(wrap(labels[c], limit));
    for (const std::string& line : layout.headers.back()) {
      layout.widths[c] = std::max(layout.widths[c], layout.measure(line));
    }
  }
  return layout;
}

std::string pad(const Layout& layout, const std::string& text, std::size_t width, bool right) {
  std::size_t size = layout.measure(text);
  std::string spaces(width > size ? width - size : 0, ' ');
  return right ? spaces + text : text + spaces;
}

void render_table(const Table& table, std::ostream& out, const RenderStyle& style) {
  Layout layout = lay_out(table, style);
  std::size_t n = table.columns.size();
  std::size_t header_lines = 0;
  for (const auto& lines : layout.headers) header_lines = std::max(header_lines, lines.size());
  auto write_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t c = 0; c < n; ++c) {
      if (c > 0) line += "  ";
      line += pad(layout, cells[c], layout.widths[c], layout.right_aligned[c]);
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
  };
  for (std::size_t l = 0; l < header_lines; ++l) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < n; ++c) {
      const auto& lines = layout.headers[c];
      // Bottom-align wrapped headers so the last line sits on the rule.
      std::size_t offset = header_lines - lines.size();
      cells.push_back(l >= offset ? lines[l - offset] : "");
    }
    write_line(cells);
  }
  std::vector<std::string> rule;
  for (std::size_t c = 0; c < n; ++c) rule.push_back(std::string(layout.widths[c], '-'));
  write_line(rule);
  for (const auto& cells : layout.cells) write_line(cells);
  if (table.rows.empty()) out << "(no rows)\n";
}

void render_markdown(const Table& table, std::ostream& out, const RenderStyle& style) {
  RenderStyle uncut;
  uncut.width = SIZE_MAX;
  uncut.numbers_as_stored = style.numbers_as_stored;
  Layout layout = lay_out(table, uncut);
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
  for (std::size_t c = 0; c < n; ++c) out << (layout.right_aligned[c] ? " ---: |" : " --- |");
  out << '\n';
  for (const auto& cells : layout.cells) {
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

std::optional<std::size_t> terminal_width() {
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    const char* end = columns + std::strlen(columns);
    std::size_t width = 0;
    auto [stop, error] = std::from_chars(columns, end, width);
    if (error == std::errc() && stop == end && width > 0) return width;
  }
  winsize size{};
  if (isatty(STDOUT_FILENO) == 1 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
      size.ws_col > 0) {
    return size.ws_col;
  }
  return std::nullopt;
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
