// The claims file (SPEC 4.1): read with the project's CSV reader, checked whole before any claim
// runs, so that a typo anywhere stops the check with the file, line and column to fix.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>

#include "csv/text_check.hpp"
#include "jobsight/claims.hpp"
#include "jobsight/csv.hpp"
#include "jobsight/error.hpp"
#include "util/text.hpp"

namespace jobsight {
namespace {

constexpr std::array<ClaimTest, 5> kTests = {ClaimTest::between, ClaimTest::at_least,
                                             ClaimTest::at_most, ClaimTest::rising,
                                             ClaimTest::falling};

// The columns of a claims file, in the order SPEC 4.1 lists them; the first six must be there.
const std::vector<std::string> kColumns = {"id",    "claim",  "report",  "column", "test",
                                           "value", "source", "filters", "row",    "value2"};
constexpr std::size_t kRequiredColumns = 6;
const std::vector<std::string> kSpecOrder = {"id",  "claim",  "source", "report", "filters",
                                             "row", "column", "test",   "value",  "value2"};

// Where a header name sits in the record (0-based), for every claims column the header has.
using ColumnPositions = std::map<std::string, std::size_t>;

// What is wrong with a cell's bytes, for a claims file (which is written by hand, not imported).
std::string text_problem(const TextProblem& problem) {
  if (problem.kind == TextProblem::Kind::nul_byte) {
    return fmt::format("holds a NUL byte (at byte {}); a claims file is text", problem.offset + 1);
  }
  return fmt::format(
      "not UTF-8 text (byte 0x{:02X} at byte {}); save the file as UTF-8 (from "
      "Latin-1 / Windows-1252: iconv -f WINDOWS-1252 -t UTF-8)",
      problem.byte, problem.offset + 1);
}

std::string at_line(const std::string& name, std::size_t line) {
  return name + ":" + std::to_string(line) + ":";
}

std::string at_cell(const std::string& name, std::size_t line, const std::string& column,
                    std::size_t position) {
  return fmt::format("{} column '{}' ({}):", at_line(name, line), column, position + 1);
}

ColumnPositions read_header(const CsvRecord& header, const std::string& name) {
  const std::string at = at_line(name, header.line);
  if (!header.error.empty()) throw Error(at + " the header row cannot be read: " + header.error);
  ColumnPositions positions;
  std::vector<std::string> found;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    if (std::optional<TextProblem> problem = find_text_problem(header.fields[i])) {
      throw Error(fmt::format("{} column {} of the header: {}", at, i + 1, text_problem(*problem)));
    }
    std::string column = to_lower(trim(header.fields[i]));
    found.push_back(column);
    if (std::find(kColumns.begin(), kColumns.end(), column) == kColumns.end()) continue;
    auto [it, inserted] = positions.emplace(column, i);
    if (!inserted) {
      throw Error(fmt::format("{} column '{}' ({}): named twice in the header (also column {})", at,
                              column, i + 1, it->second + 1));
    }
  }
  for (std::size_t k = 0; k < kRequiredColumns; ++k) {
    if (positions.count(kColumns[k]) == 0) {
      throw Error(fmt::format(
          "{} the header has no column '{}' (found: {}); a claims file has the columns {} "
          "(source, filters, row and value2 may be left out)",
          at, kColumns[k], join(found), join(kSpecOrder)));
    }
  }
  return positions;
}

// One claims row's cells by column name, with the messages that name the cell.
class ClaimRow {
 public:
  ClaimRow(const CsvRecord& record, const ColumnPositions& positions, const std::string& name)
      : record_(record), positions_(positions), name_(name) {}

  // The cell of `column`, trimmed; "" when the header has no such column or the record ends
  // before it.
  std::string text(const std::string& column) const {
    auto it = positions_.find(column);
    if (it == positions_.end() || it->second >= record_.fields.size()) return "";
    return std::string(trim(record_.fields[it->second]));
  }

  // text(column), or an error when it is empty.
  std::string required(const std::string& column, const std::string& what) const {
    std::string value = text(column);
    if (value.empty()) fail(column, "empty; " + what);
    return value;
  }

  // The cell as a number, or nothing when it is empty.
  std::optional<double> number(const std::string& column) const {
    std::string value = text(column);
    if (value.empty()) return std::nullopt;
    double number = 0;
    const char* end = value.data() + value.size();
    auto [ptr, ec] = std::from_chars(value.data(), end, number);
    if (ec != std::errc() || ptr != end || !std::isfinite(number)) {
      fail(column, "'" + excerpt(value) + "' is not a number; write plain digits, e.g. 90000");
    }
    return number;
  }

  [[noreturn]] void fail(const std::string& column, const std::string& message) const {
    auto it = positions_.find(column);
    std::size_t position = it == positions_.end() ? 0 : it->second;
    throw Error(at_cell(name_, record_.line, column, position) + " " + message);
  }

 private:
  const CsvRecord& record_;
  const ColumnPositions& positions_;
  const std::string& name_;
};

std::optional<ClaimTest> claim_test_of(const std::string& text) {
  for (ClaimTest test : kTests) {
    if (claim_test_name(test) == text) return test;
  }
  return std::nullopt;
}

Claim read_claim(const CsvRecord& record, const ColumnPositions& positions,
                 const std::string& name) {
  ClaimRow row(record, positions, name);
  Claim claim;
  claim.line = record.line;
  claim.id = row.required("id", "every claim needs an id");
  claim.claim = row.required("claim", "write the sentence the claim makes");
  claim.source = row.text("source");
  claim.report = row.required("report", "name a report (see 'jobsight report list')");
  claim.filters = row.text("filters");
  claim.row = row.text("row");
  claim.column = row.required("column", "name the report column to test, e.g. median");
  std::string test = to_lower(row.required("test",
                                           "one of between, at_least, at_most, rising, "
                                           "falling"));
  std::optional<ClaimTest> kind = claim_test_of(test);
  if (!kind) {
    std::vector<std::string_view> names;
    for (ClaimTest t : kTests) names.push_back(claim_test_name(t));
    row.fail("test", fmt::format("'{}' is not one of {}", excerpt(row.text("test")), join(names)));
  }
  claim.test = *kind;
  claim.value = row.number("value");
  claim.value2 = row.number("value2");
  const bool bounded = claim.test == ClaimTest::between || claim.test == ClaimTest::at_least ||
                       claim.test == ClaimTest::at_most;
  if (bounded && !claim.value) row.fail("value", "empty; " + test + " needs a number");
  if (claim.test == ClaimTest::between) {
    if (!claim.value2) row.fail("value2", "empty; between needs the upper bound here");
    if (*claim.value2 < *claim.value) {
      row.fail("value2", fmt::format("{} is less than value {}", *claim.value2, *claim.value));
    }
  } else if (claim.value2) {
    row.fail("value2", "only between takes a second value (the test is " + test + ")");
  }
  if (!bounded && claim.value && *claim.value < 0) {
    row.fail("value", fmt::format("{} is negative; the smallest change that counts as {} is 0 or "
                                  "more",
                                  *claim.value, test));
  }
  if (!claim.row.empty()) {
    std::size_t equals = claim.row.find('=');
    if (equals == std::string::npos || trim(claim.row.substr(0, equals)).empty()) {
      row.fail("row",
               fmt::format("'{}' is not COLUMN=VALUE, e.g. level=entry", excerpt(claim.row)));
    }
  }
  return claim;
}

bool blank(const CsvRecord& record) {
  return std::all_of(record.fields.begin(), record.fields.end(),
                     [](const std::string& field) { return trim(field).empty(); });
}

}  // namespace

std::string_view claim_test_name(ClaimTest test) {
  switch (test) {
    case ClaimTest::between:
      return "between";
    case ClaimTest::at_least:
      return "at_least";
    case ClaimTest::at_most:
      return "at_most";
    case ClaimTest::rising:
      return "rising";
    case ClaimTest::falling:
      return "falling";
  }
  return "between";
}

std::vector<Claim> read_claims(std::istream& in, const std::string& name) {
  CsvReader reader(in);
  const std::string head(reader.head(kSniffBytes));
  if (std::optional<std::string> problem = describe_non_csv_input(head, name))
    throw Error(*problem);
  reader.set_delimiter(detect_delimiter(name, head, [](const std::vector<std::string>& names) {
    return static_cast<int>(std::count_if(names.begin(), names.end(), [](const std::string& n) {
      return std::find(kColumns.begin(), kColumns.end(), to_lower(trim(n))) != kColumns.end();
    }));
  }));
  CsvRecord record;
  if (!reader.next(record)) {
    throw Error(name + ": empty file; a claims file starts with a header row naming its columns: " +
                join(kSpecOrder));
  }
  const std::size_t header_line = record.line;
  const std::size_t header_fields = record.fields.size();
  const ColumnPositions positions = read_header(record, name);
  std::vector<Claim> claims;
  std::map<std::string, std::size_t> id_lines;
  while (reader.next(record)) {
    if (!record.error.empty()) {
      const std::size_t k = record.error_column == 0 ? 0 : record.error_column - 1;
      std::string column;
      for (const auto& [header, position] : positions) {
        if (position == k) column = header;
      }
      throw Error(column.empty() || record.error_column == 0
                      ? fmt::format("{} column {}: {}", at_line(name, record.line),
                                    record.error_column, record.error)
                      : at_cell(name, record.line, column, k) + " " + record.error);
    }
    if (blank(record)) continue;
    if (record.fields.size() > header_fields) {
      throw Error(
          fmt::format("{} {} fields, but the header has {} (a comma in a cell that is not quoted?)",
                      at_line(name, record.line), record.fields.size(), header_fields));
    }
    for (const auto& [column, position] : positions) {
      if (position >= record.fields.size()) continue;
      if (std::optional<TextProblem> problem = find_text_problem(record.fields[position])) {
        throw Error(at_cell(name, record.line, column, position) + " " + text_problem(*problem));
      }
    }
    Claim claim = read_claim(record, positions, name);
    auto [it, inserted] = id_lines.emplace(claim.id, claim.line);
    if (!inserted) {
      throw Error(fmt::format("{} '{}' is used twice (first on line {}); ids must be unique",
                              at_cell(name, claim.line, "id", positions.at("id")),
                              excerpt(claim.id), it->second));
    }
    claims.push_back(std::move(claim));
  }
  if (claims.empty()) throw Error(at_line(name, header_line) + " no claims after the header");
  return claims;
}

std::vector<Claim> read_claims_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open the claims file (" + std::strerror(errno) + ")");
  try {
    return read_claims(in, path);
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const Error*>(&e) != nullptr) throw;
    throw Error(path + ": cannot read the claims file (" + e.what() + ")");
  }
}

std::vector<std::string> split_shell_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
      continue;
    }
    in_word = true;
    if (c == '\\') {
      if (i + 1 == text.size()) throw Error("a backslash at the end, with nothing after it");
      word += text[++i];
    } else if (c == '\'') {
      std::size_t close = text.find('\'', i + 1);
      if (close == std::string_view::npos) {
        throw Error(fmt::format("unterminated ' (opened at character {})", i + 1));
      }
      word += text.substr(i + 1, close - i - 1);
      i = close;
    } else if (c == '"') {
      std::size_t open = i;
      for (++i;; ++i) {
        if (i == text.size()) {
          throw Error(fmt::format("unterminated \" (opened at character {})", open + 1));
        }
        if (text[i] == '"') break;
        if (text[i] == '\\' && i + 1 < text.size() &&
            std::string_view("\"\\$`").find(text[i + 1]) != std::string_view::npos) {
          ++i;
        }
        word += text[i];
      }
    } else {
      word += c;
    }
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

std::string quote_shell_word(std::string_view word) {
  if (word.empty()) return "''";
  const bool plain = std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c) ||
           std::string_view("-_./:=,+@%").find(c) != std::string_view::npos;
  });
  if (plain) return std::string(word);
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace jobsight
