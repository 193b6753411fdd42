#pragma once
// Matching a CSV header against the canonical fields of one kind of import (postings, salary
// observations): aliases, and explicit FIELD=COLUMN mappings given with --map.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jobsight/column_mapping.hpp"

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

}  // namespace jobsight
