#pragma once
// Column mapping as the command line gives it (--map FIELD=COLUMN), and the canonical fields of
// each kind of import with the header names accepted for them (public API).

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// A canonical field of an import kind and the other header names accepted for it, each written
// as header names are compared: lower-case words joined by `_` ("job_title" stands for "Job
// Title", "job-title", "jobTitle"). A column with the field's own name beats one that only
// matches an alias, wherever it stands; an alias beats a fallback, a name read only when no
// column has the field's name or an alias (a URL column for posting_id).
struct FieldSpec {
  std::string_view name;
  std::span<const std::string_view> aliases;
  std::span<const std::string_view> fallbacks = {};
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
// file is read. Field names are matched folded, as header names are ("Posted Date" is
// posted_date). Throws jobsight::Error for a field
// the kind does not have ("--map foo=bar: unknown field 'foo' for postings (fields: ...)", with a
// hint when `foo` is an alias of a field) and for a field mapped twice.
void check_column_mappings(std::span<const FieldSpec> fields,
                           const std::vector<ColumnMapping>& mappings, std::string_view kind);

// One --set FIELD=VALUE (SPEC 1.3): every row's `field` is `value` where the file has no such
// column, or the row's cell is empty.
struct FieldValue {
  std::string field;  // as given, trimmed
  std::string value;  // as given, trimmed
  std::string text;   // the whole option value as given, for messages
};

// Parses "FIELD=VALUE" (split at the first `=`, both sides trimmed). Throws jobsight::Error
// "--set TEXT: expected FIELD=VALUE ..." when there is no `=` or either side is empty.
FieldValue parse_field_value(std::string_view text);

// Checks --set values against the fields of import kind `kind`, as check_column_mappings does
// for --map: an unknown field or a field set twice throws jobsight::Error. (Whether the value
// reads as the field's values do is checked when the file's import starts.)
void check_field_values(std::span<const FieldSpec> fields, const std::vector<FieldValue>& values,
                        std::string_view kind);

// Every postings field with its aliases, in the order of SPEC 1.1 (for --map checks and help).
std::span<const FieldSpec> posting_fields();

// Every salary-survey field with its aliases, in the order of SPEC 1.2.
std::span<const FieldSpec> salary_fields();

}  // namespace jobsight
