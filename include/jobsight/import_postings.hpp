#pragma once
// Importing a postings CSV file into a jobsight database (import layer).

#include <string>

#include "jobsight/database.hpp"
#include "jobsight/import_file.hpp"

namespace jobsight {

// Imports the postings in `path` ("-" reads standard input) in one transaction: either the whole
// file is stored (accepted rows, rejected rows with their reasons, and an import_runs row) or,
// on any error, nothing is. Rows already stored (same identity, SPEC 2.6) count as duplicates;
// importing the same file again is recorded as a run whose rows are all duplicates (or rejects).
// Throws jobsight::Error naming the file (and line) when the file cannot be read, has no title
// or date column, `options.column_map` is invalid for postings or names a column the header
// lacks, or, with `strict`, has a rejected row; Interrupted when cancelled.
ImportSummary import_postings(Database& db, const std::string& path, const ImportOptions& options);

}  // namespace jobsight
