#pragma once
// Matching a CSV header against the canonical fields of one kind of import (postings, salary
// observations): aliases, and explicit FIELD=COLUMN mappings given with --map.

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jobsight/column_mapping.hpp"
#include "normalise/row_problem.hpp"
#include "util/text_words.hpp"

namespace jobsight {

// The field (index into `fields`) a header name stands for: its canonical name or an alias,
// case-insensitive, trimmed. -1 when none.
int field_from_header(std::span<const FieldSpec> fields, std::string_view header);

// Where each field sits in a header.
struct HeaderMatch {
  std::vector<int> index;            // one per field of `fields`: column number, -1 when absent
  std::vector<std::string> unknown;  // header names no field uses, with why when not plain
};

// Matches `header` against `fields`. Mapped columns come first: a --map FIELD=COLUMN puts FIELD
// at the first column whose name equals COLUMN (case-insensitive, trimmed), and that column is
// not matched by alias to any other field. Then each remaining column, left to right, takes the
// field its name stands for unless that field is already placed: the first column wins, a later
// one is listed in `unknown` as "name (duplicate of field)", or "name (not used: --map
// field=column)" when --map placed the field. Columns matching nothing are listed as they are.
// Throws jobsight::Error when the mappings are invalid (check_column_mappings) or name a column
// the header lacks: "FILE: --map title=Job Name: no column 'Job Name' in the header (found: a, b)".
HeaderMatch match_header(std::span<const FieldSpec> fields, const std::vector<std::string>& header,
                         const std::vector<ColumnMapping>& mappings, std::string_view kind,
                         const std::string& file_name);

// The header names as a message lists them: "a, b, (empty)", or "none"; past the first 20,
// "... and N more".
std::string describe_header(const std::vector<std::string>& header);

// Where each canonical field of one kind of import (`Field`, an enum of `Count` fields) sits in a
// file's header: what map_posting_columns and map_salary_columns return.
template <typename Field, std::size_t Count>
struct ColumnsOf {
  std::array<int, Count> index{};    // -1 when the file has no such column
  std::vector<std::string> unknown;  // header names that matched nothing
  std::vector<std::string> header;   // the header as read
  std::size_t width = 0;             // number of header fields

  bool has(Field field) const { return index[static_cast<std::size_t>(field)] >= 0; }
  int operator[](Field field) const { return index[static_cast<std::size_t>(field)]; }

  // The cell of `field` in the record `fields`, trimmed; "" when the file has no such column.
  std::string_view get(const std::vector<std::string>& fields, Field field) const;

  // The row-width rule of both imports: a record must have as many fields as the header, else
  // it is rejected as a whole ("row has 3 fields, the header has 5").
  std::optional<RowProblem> check_width(const std::vector<std::string>& fields) const {
    if (fields.size() == width) return std::nullopt;
    return RowProblem{"", "row has " + std::to_string(fields.size()) + " fields, the header has " +
                              std::to_string(width)};
  }

  // Matches `header` against `specs` (one per Field, in Field order) as match_header does.
  static ColumnsOf match(std::span<const FieldSpec> specs, const std::vector<std::string>& header,
                         const std::vector<ColumnMapping>& mappings, std::string_view kind,
                         const std::string& file_name) {
    HeaderMatch found = match_header(specs, header, mappings, kind, file_name);
    ColumnsOf columns;
    std::copy(found.index.begin(), found.index.end(), columns.index.begin());
    columns.unknown = std::move(found.unknown);
    columns.header = header;
    columns.width = header.size();
    return columns;
  }
};

template <typename Field, std::size_t Count>
std::string_view ColumnsOf<Field, Count>::get(const std::vector<std::string>& fields,
                                              Field field) const {
  int at = (*this)[field];
  if (at < 0 || static_cast<std::size_t>(at) >= fields.size()) return {};
  return trim(fields[static_cast<std::size_t>(at)]);
}

}  // namespace jobsight
