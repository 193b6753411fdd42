#include "cli/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "jobsight/csv.hpp"
#include "jobsight/error.hpp"

namespace jobsight::cli {
namespace {

bool is_pay_column(std::string_view name) {
  return name == "p25" || name == "median" || name == "p75" || name == "p90" || name == "mean" ||
         name.ends_with("_usd");
}

bool is_numeric_cell(const Cell& cell) {
  return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell);
}

// Identifiers and line numbers are read digit by digit, without thousands separators.
bool is_plain_integer_column(const std::string& column) {
  return column == "year" || column == "id" || column == "line" || column.ends_with("_id");
}

// A cell as people read it (table and markdown).
std::string human_cell(const std::string& column, const Cell& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return "-";
  if (const auto* text = std::get_if<std::string>(&cell)) return printable(*text);
  if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
    return is_plain_integer_column(column) ? std::to_string(*integer) : with_thousands(*integer);
  }
  double value = std::get<double>(cell);
  if (!std::isfinite(value)) return "-";
  if (column.ends_with("_pct") || column.ends_with("_pts")) return fmt::format("{:.1f}", value);
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

struct Layout {
  std::vector<std::vector<std::string>> cells;    // rendered body
  std::vector<std::vector<std::string>> headers;  // per column, header lines
  std::vector<std::size_t> widths;
  std::vector<bool> right_aligned;
};

Layout lay_out(const Table& table, std::size_t max_width) {
  Layout layout;
  std::size_t n = table.columns.size();
  layout.widths.assign(n, 0);
  layout.right_aligned.assign(n, false);
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < n; ++c) {
      cells.push_back(human_cell(table.columns[c], row[c]));
      layout.widths[c] = std::max(layout.widths[c], cells.back().size());
      if (is_numeric_cell(row[c])) layout.right_aligned[c] = true;
    }
    layout.cells.push_back(std::move(cells));
  }
  std::vector<std::string> labels;
  std::size_t total = n > 0 ? 2 * (n - 1) : 0;
  for (std::size_t c = 0; c < n; ++c) {
    labels.push_back(header_label(printable(table.columns[c])));
    total += std::max(layout.widths[c], labels.back().size());
  }
  bool must_wrap = total > max_width;
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t limit = must_wrap ? std::max<std::size_t>(layout.widths[c], 5) : labels[c].size();
    layout.headers.push_back(wrap(labels[c], limit));
    for (const std::string& line : layout.headers.back()) {
      layout.widths[c] = std::max(layout.widths[c], line.size());
    }
  }
  return layout;
}

std::string pad(const std::string& text, std::size_t width, bool right) {
  std::string spaces(width > text.size() ? width - text.size() : 0, ' ');
  return right ? spaces + text : text + spaces;
}

void render_table(const Table& table, std::ostream& out, std::size_t max_width) {
  Layout layout = lay_out(table, max_width);
  std::size_t n = table.columns.size();
  std::size_t header_lines = 0;
  for (const auto& lines : layout.headers) header_lines = std::max(header_lines, lines.size());
  auto write_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t c = 0; c < n; ++c) {
      if (c > 0) line += "  ";
      line += pad(cells[c], layout.widths[c], layout.right_aligned[c]);
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

void render_markdown(const Table& table, std::ostream& out) {
  Layout layout = lay_out(table, SIZE_MAX);
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

void render(const Table& table, Format format, std::ostream& out, std::size_t width) {
  switch (format) {
    case Format::table:
      render_table(table, out, width);
      break;
    case Format::csv:
      render_csv(table, out);
      break;
    case Format::json:
      render_json(table, out);
      break;
    case Format::markdown:
      render_markdown(table, out);
      break;
  }
}

}  // namespace jobsight::cli
