#pragma once
// Importing a salary-survey CSV file (SPEC 1.2) into a jobsight database (import layer).

#include <string>

#include "jobsight/database.hpp"
#include "jobsight/import_file.hpp"

namespace jobsight {

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

}  // namespace jobsight
