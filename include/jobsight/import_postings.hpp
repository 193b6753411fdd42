#pragma once
// Importing a postings CSV file into a jobsight database (import layer).

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

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
  // Source name for rows whose file has no source column or an empty source value.
  std::string source;
  // Any rejected row fails the whole file (nothing of it is kept).
  bool strict = false;
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

struct ImportSummary {
  std::string file_name;
  std::int64_t import_id = 0;
  std::uint64_t file_size = 0;
  std::string sha256;
  std::uint64_t rows_read = 0;
  std::uint64_t rows_imported = 0;
  std::uint64_t rows_duplicate = 0;
  std::uint64_t rows_rejected = 0;
  std::uint64_t pay_unconverted = 0;  // pay given but not convertible (currency, period, amount)
  std::vector<std::string> unknown_columns;
  std::vector<RejectedRow> first_rejects;  // the first few, in file order (all are in the DB)
  double seconds = 0;
};

// Imports the postings in `path` ("-" reads standard input) in one transaction: either the whole
// file is stored (accepted rows, rejected rows with their reasons, and an import_runs row) or,
// on any error, nothing is. Rows already stored (same identity, SPEC 2.6) count as duplicates.
// Throws jobsight::Error naming the file (and line) when the file cannot be read, has no title
// or date column, or, with `strict`, has a rejected row; Interrupted when cancelled.
ImportSummary import_postings(Database& db, const std::string& path, const ImportOptions& options);

}  // namespace jobsight
