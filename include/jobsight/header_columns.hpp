#pragma once
// Matching a CSV header against the canonical fields of one kind of import (postings, salary
// observations): aliases, and explicit FIELD=COLUMN mappings given with --map.

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// A canonical field of an import kind and the other header names accepted for it (lower-case;
// unused slots are "").
struct FieldSpec {
  std::string_view name;
  std::array<std::string_view, 6> aliases;
};

// One --map FIELD=COLUMN: the canonical field `field` is read from the header column `column`.
struct ColumnMapping {
  std::string field;   // as given, trimmed
  std::string column;  // as given, trimmed
  std::string text;    // the whole option value as given, for messages
};

// Parses "FIELD=COLUMN" (split at the first `=`, both sides trimmed, e.g. "title=Job Name").
// Throws jobsight::Error "--map TEXT: expected FIELD=COLUMN ..." when there is no `=` or either
// side is empty.
ColumnMapping parse_column_mapping(std::string_view text);

// Checks mappings against the fields of import kind `kind` ("postings", "salaries") before any
// file is read. Field names are matched case-insensitively. Throws jobsight::Error for a field
// the kind does not have ("--map foo=bar: unknown field 'foo' for postings (fields: ...)", with a
// hint when `foo` is an alias of a field) and for a field mapped twice.
void check_column_mappings(std::span<const FieldSpec> fields,
                           const std::vector<ColumnMapping>& mappings, std::string_view kind);

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
