#pragma once
// Importing CSV files into a jobsight database (public API): postings (SPEC 1.1) and salary
// surveys (SPEC 1.2), their options, progress and summary.

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "jobsight/column_mapping.hpp"
#include "jobsight/database.hpp"

namespace jobsight {

// Where an import is, for a progress display.
struct ImportProgress {
  std::uint64_t bytes_read = 0;
  std::uint64_t bytes_total = 0;  // 0 when unknown (stdin)
  std::uint64_t rows_read = 0;
  double seconds = 0;
};

struct ImportOptions {
  // Source name: postings use it for rows without a source value; every import records it in
  // import_runs.source. Default "" (none).
  std::string source;
  // Any rejected row fails the whole file (nothing of it is kept). Default false.
  bool strict = false;
  // Explicit FIELD=COLUMN header mappings (--map); they take precedence over aliases. Default
  // none.
  std::vector<ColumnMapping> column_map;
  // --as-of YYYY-MM-DD: the day relative dates ("3 days ago") and dates without a year count
  // back from. "" for none: such dates are then rejected with a reason naming --as-of.
  std::string as_of;
  // --date-order dmy|mdy: the order of numeric dates such as 03/04/2024. "" for none: the file's
  // own unambiguous dates decide (SPEC 1.1).
  std::string date_order;
  // --set FIELD=VALUE: values for the whole file (SPEC 1.3). Default none.
  std::vector<FieldValue> set_values;
  // --delimiter: ',', ';', '\t' or '|'; 0 (the default) detects it from the header line.
  char delimiter = 0;
  // Called now and then (about every 64k rows) while importing; may be empty.
  std::function<void(const ImportProgress&)> on_progress;
  // When set and it becomes true, the import stops and rolls back (throws Interrupted).
  const std::atomic<bool>* cancel = nullptr;
};

// A rejected row as shown in a summary.
struct RejectedRow {
  std::size_t line = 0;
  std::string column;  // "" when the row as a whole is at fault
  std::string reason;
};

// How the pay of the imported rows came out (SPEC 2.2). Each row counts once in converted,
// no_pay or one of the problems; period_inferred, currency_assumed and outlier count among the
// converted rows.
struct PayOutcomes {
  std::uint64_t converted = 0;
  std::uint64_t no_pay = 0;  // no pay stated: no figure, or words such as "Not disclosed"
  std::uint64_t unparsable = 0;
  std::uint64_t unknown_currency = 0;
  std::uint64_t currency_conflict = 0;
  std::uint64_t unknown_period = 0;
  std::uint64_t period_inferred = 0;
  std::uint64_t currency_assumed = 0;
  std::uint64_t outlier = 0;
  // The first value met for each problem and flag, as written, by outcome name
  // ("unparsable" -> "DOE, see website"), in the order first met.
  std::vector<std::pair<std::string, std::string>> examples;
};

struct ImportSummary {
  std::string file_name;
  std::int64_t import_id = 0;  // 0 when nothing was recorded (already imported)
  std::uint64_t file_size = 0;
  std::string sha256;
  std::uint64_t rows_read = 0;
  std::uint64_t rows_imported = 0;
  std::uint64_t rows_duplicate = 0;
  std::uint64_t rows_rejected = 0;
  std::uint64_t pay_unconverted = 0;  // pay given but not convertible (currency, period, amount)
  std::vector<std::string> unknown_columns;
  // For each field more than one column could give: which was taken and which ignored, e.g.
  // "title: took 'title', ignored 'role' (the field's own name beats an alias)".
  std::vector<std::string> column_notes;
  char delimiter = ',';  // the field delimiter read (detected or --delimiter)
  PayOutcomes pay;
  std::vector<RejectedRow> first_rejects;  // the first few, in file order (all are in the DB)
  double seconds = 0;
  // For kinds imported once per file: when this file (same sha256) was imported before, that
  // import's id and finish time (ISO 8601 UTC). Nothing was added, and the row counts are 0.
  std::int64_t previous_import_id = 0;
  std::string previous_import_at;

  bool already_imported() const { return previous_import_id != 0; }
};

// Checks, before anything is written, that `path` can be opened for import: "-" (standard input)
// always can; otherwise it must exist, not be a directory and, when it is a regular file, open
// for reading (a FIFO or device is not opened: that would wait for its writer). Throws the
// jobsight::Error import_file would ("FILE: no such file", "FILE: is a directory, not a CSV
// file", "FILE: cannot open for reading (permission denied?)").
void check_import_path(const std::string& path);

// Imports the postings in `path` ("-" reads standard input) in one transaction: either the whole
// file is stored (accepted rows, rejected rows with their reasons, and an import_runs row) or,
// on any error, nothing is. Rows already stored (same identity, SPEC 2.6) count as duplicates;
// importing the same file again is recorded as a run whose rows are all duplicates (or rejects).
// Throws jobsight::Error naming the file (and line) when the file cannot be read, has no title
// or date column, `options.column_map` is invalid for postings or names a column the header
// lacks, or, with `strict`, has a rejected row; Interrupted when cancelled.
ImportSummary import_postings(Database& db, const std::string& path, const ImportOptions& options);

// Imports the salary observations in `path` ("-" reads standard input) in one transaction:
// either the whole file is stored (every accepted row as an observation, exact repeats
// included; rejected rows with their reasons; an import_runs row of kind 'salaries') or, on any
// error, nothing is. A file whose sha256 was imported as salaries before is not imported again:
// the summary names that import (previous_import_id, previous_import_at) and nothing is written.
// Throws jobsight::Error naming the file (and line) when the file cannot be read, lacks a
// work_year, a job_title or both salary_in_usd and salary columns, `options.column_map` is
// invalid for salaries or names a column the header lacks, or, with `strict`, has a rejected
// row; Interrupted when cancelled.
ImportSummary import_salaries(Database& db, const std::string& path, const ImportOptions& options);

// What `imports delete` removed.
struct DeletedImport {
  std::int64_t import_id = 0;
  std::string kind;  // "postings" or "salaries"
  std::string file_name;
  std::int64_t postings = 0;
  std::int64_t skill_links = 0;
  std::int64_t observations = 0;
  std::int64_t rejected_rows = 0;
  std::int64_t companies = 0;   // companies no remaining posting names
  std::int64_t new_skills = 0;  // skills first seen in imports that no remaining posting asks for
};

// Removes import `import_id` and everything it added (SPEC 2.6), in one transaction, so the file
// can be imported again (a salary file too). Throws jobsight::Error "there is no import N;
// 'jobsight imports' lists them" when there is none, DatabaseError when the database fails.
DeletedImport delete_import(Database& db, std::int64_t import_id);

}  // namespace jobsight
