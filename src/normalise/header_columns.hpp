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

// A header name as it is compared with field names and --map columns: trimmed, ASCII
// lower-case, with spaces, tabs, `_`, `-`, `.` and camelCase boundaries all one `_` between words
// ("Job Description", "job-description", "jobDescription" and "JOB_DESCRIPTION" are all
// "job_description"). A run of capitals is one word, except that its last capital starts the
// next word when a lower-case letter follows: "salaryInUSD" -> "salary_in_usd", "USDSalary" ->
// "usd_salary", "JobID" -> "job_id". A capital after a digit starts a word ("top10Skills" ->
// "top10_skills"); digits never do. Other bytes (brackets, `/`, UTF-8) are kept as they are.
std::string fold_header_name(std::string_view name);

// The field (index into `fields`) a header name stands for: its canonical name, an alias or a
// fallback, compared folded (fold_header_name). -1 when none.
int field_from_header(std::span<const FieldSpec> fields, std::string_view header);

// How the column read for a field was chosen.
enum class MatchedBy {
  none,      // no column gives the field
  mapped,    // --map FIELD=COLUMN
  name,      // the column has the field's own name
  alias,     // the column has one of the field's aliases
  fallback,  // the column has one of the field's fallbacks
};

// Why a field was read from one column when other columns named it too, for the import summary:
// text() is "title: took 'title', ignored 'role', 'Position' (the field's own name beats an
// alias)".
struct ColumnNote {
  std::string field;                 // canonical field name
  std::string taken;                 // the column read, as written (trimmed)
  std::vector<std::string> ignored;  // the other columns naming the field, in header order
  std::string why;                   // the rule that chose `taken`, e.g. "--map title=Role Name"
  std::string text() const;
};

// Where each field sits in a header.
struct HeaderMatch {
  std::vector<int> index;             // one per field of `fields`: column number, -1 when absent
  std::vector<MatchedBy> matched_by;  // one per field: how its column was chosen
  // Every column not read, in header order, trimmed: a name no field uses as it is, and a column
  // that lost to another with "(duplicate of FIELD)" or "(not used: --map FIELD=COLUMN)".
  std::vector<std::string> unknown;
  std::vector<std::string> unmatched;  // the names of the columns no field uses, trimmed
  std::vector<ColumnNote> notes;       // one per field that more than one column names
};

// Matches `header` against `fields`:
// - A --map FIELD=COLUMN puts FIELD at the first column whose folded name is COLUMN folded; that
//   column is matched to no other field.
// - Every other field takes, of the remaining columns naming it, the first with its own name,
//   else the first with an alias, else the first with a fallback (MatchedBy). The others are
//   listed in `unknown` and in a ColumnNote.
// Throws jobsight::Error when the mappings are invalid (check_column_mappings) or name a column
// the header lacks: "FILE: --map title=Job Name: no column 'Job Name' in the header (found: a, b)".
HeaderMatch match_header(std::span<const FieldSpec> fields, const std::vector<std::string>& header,
                         const std::vector<ColumnMapping>& mappings, std::string_view kind,
                         const std::string& file_name);

// The header names as a message lists them: "a, b, (empty)", or "none"; past the first 20,
// "... and N more".
std::string describe_header(const std::vector<std::string>& header);

// One required field of an import kind, or alternatives of which one is enough.
struct RequiredField {
  std::vector<int> any_of;    // indexes into `fields`; the field is there when one of them is
  std::string_view set_hint;  // "posted_date=YYYY-MM-DD" when --set can give it, else ""
};

// `required` without the fields a --set value gives: those are there whatever the header holds.
std::vector<RequiredField> required_without_set(std::span<const FieldSpec> fields,
                                                const std::vector<RequiredField>& required,
                                                const std::vector<FieldValue>& values);

// The refusal of a header that lacks required fields, or "" when nothing is missing:
// "FILE: no title or posted_date column, so nothing was imported (found: Role Name, Pay, Added).
// Name them with --map, e.g. --map title='Role Name' --map posted_date=COLUMN, or give a value
// for the whole file with --set posted_date=YYYY-MM-DD." Every missing field is named at once
// (each alternative of a missing RequiredField). The --map example of a missing RequiredField is
// the first column no field uses whose name shares a word with the names of one of its fields
// and of no other field (shell-quoted when needed), else COLUMN.
std::string missing_columns_message(std::span<const FieldSpec> fields, const HeaderMatch& match,
                                    const std::vector<std::string>& header,
                                    const std::vector<RequiredField>& required,
                                    const std::string& file_name);

// The field (index into `fields`) whose canonical name `name` is, folded; -1 when none.
int field_index_by_name(std::span<const FieldSpec> fields, std::string_view name);

// Where each canonical field of one kind of import (`Field`, an enum of `Count` fields) sits in a
// file's header: what map_posting_columns and map_salary_columns return.
template <typename Field, std::size_t Count>
struct ColumnsOf {
  std::array<int, Count> index{};              // -1 when the file has no such column
  std::array<MatchedBy, Count> matched_by{};   // how each field's column was chosen
  std::vector<std::string> unknown;            // every column not read (HeaderMatch::unknown)
  std::vector<std::string> unmatched;          // the columns no field uses
  std::vector<ColumnNote> notes;               // fields more than one column names
  std::vector<std::string> header;             // the header as read
  std::size_t width = 0;                       // number of header fields
  std::array<std::string, Count> set_value{};  // --set values (SPEC 1.3)
  std::array<bool, Count> is_set{};            // fields with a --set value

  // Records the --set values (already checked by check_field_values against `specs`).
  void set_values(std::span<const FieldSpec> specs, const std::vector<FieldValue>& values) {
    for (const FieldValue& value : values) {
      int field = field_index_by_name(specs, value.field);
      if (field < 0) continue;
      set_value[static_cast<std::size_t>(field)] = value.value;
      is_set[static_cast<std::size_t>(field)] = true;
    }
  }

  bool has(Field field) const { return index[static_cast<std::size_t>(field)] >= 0; }
  int operator[](Field field) const { return index[static_cast<std::size_t>(field)]; }

  // The cell of `field` in the record `fields`, trimmed; where the file has no such column or
  // the cell is empty, the field's --set value, else "".
  std::string_view get(const std::vector<std::string>& fields, Field field) const;

  // The row-width rule of both imports: a record must have as many fields as the header, else
  // it is rejected as a whole ("row has 3 fields, the header has 5").
  std::optional<RowProblem> check_width(const std::vector<std::string>& fields) const {
    if (fields.size() == width) return std::nullopt;
    return RowProblem{"", "row has " + std::to_string(fields.size()) + " fields, the header has " +
                              std::to_string(width)};
  }

  // The columns of `found`, what match_header returned for `header` against the specs of the
  // Count fields (one per Field, in Field order).
  static ColumnsOf from(HeaderMatch found, const std::vector<std::string>& header) {
    ColumnsOf columns;
    std::copy(found.index.begin(), found.index.end(), columns.index.begin());
    std::copy(found.matched_by.begin(), found.matched_by.end(), columns.matched_by.begin());
    columns.unknown = std::move(found.unknown);
    columns.unmatched = std::move(found.unmatched);
    columns.notes = std::move(found.notes);
    columns.header = header;
    columns.width = header.size();
    return columns;
  }
};

template <typename Field, std::size_t Count>
std::string_view ColumnsOf<Field, Count>::get(const std::vector<std::string>& fields,
                                              Field field) const {
  const auto f = static_cast<std::size_t>(field);
  int at = index[f];
  std::string_view cell;
  if (at >= 0 && static_cast<std::size_t>(at) < fields.size()) {
    cell = trim(fields[static_cast<std::size_t>(at)]);
  }
  if (cell.empty() && is_set[f]) return set_value[f];
  return cell;
}

}  // namespace jobsight
