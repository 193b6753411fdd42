#pragma once
// Recording import runs and rejected rows (storage layer). Callers own the transaction.

#include <cstdint>
#include <optional>
#include <string>

#include "jobsight/database.hpp"

namespace jobsight {

// What an import run records about itself (table import_runs).
struct ImportRunRecord {
  std::string kind;  // "postings" or "salaries"
  std::string file_name;
  std::int64_t file_size = 0;
  std::string sha256;
  std::string source;
  std::string started_at;  // ISO 8601 UTC
  std::string finished_at;
  std::int64_t rows_read = 0;
  std::int64_t rows_imported = 0;
  std::int64_t rows_duplicate = 0;
  std::int64_t rows_rejected = 0;
  std::int64_t pay_unconverted = 0;
  std::string unknown_columns;  // comma-separated
  std::string options;          // --map, --set, --as-of, ... as typed
};

// Inserts an import run with zero counts and returns its id; finish it with finish_import_run.
std::int64_t begin_import_run(Database& db, const ImportRunRecord& run);

// Writes the final counts, hash, size and finish time of run `import_id`.
void finish_import_run(Database& db, std::int64_t import_id, const ImportRunRecord& run);

// Stores one rejected row of run `import_id`. `raw_record` is stored as TEXT when it is valid
// UTF-8 without NUL bytes, else as a BLOB of its exact bytes (so that nothing of it is lost and
// no client reading the column as text meets invalid UTF-8).
void insert_import_reject(Database& db, std::int64_t import_id, std::size_t line,
                          const std::string& column, const std::string& reason,
                          const std::string& raw_record);

// An import run found again by its file's hash.
struct PreviousImport {
  std::int64_t import_id = 0;
  std::string finished_at;  // ISO 8601 UTC
};

// The earliest import of kind `kind` whose file had hash `sha256` and that kept at least one
// row, or nullopt (an import that kept nothing does not stand in the way of importing again).
std::optional<PreviousImport> find_import_by_sha256(Database& db, const std::string& kind,
                                                    const std::string& sha256);

// What removing one import run took away.
struct ImportRemoval {
  std::string kind;
  std::string file_name;
  std::int64_t postings = 0;
  std::int64_t skill_links = 0;
  std::int64_t observations = 0;
  std::int64_t rejected_rows = 0;
  std::int64_t companies = 0;   // companies no posting names any more
  std::int64_t new_skills = 0;  // skills first seen in imports that no posting asks for any more
};

// Removes import run `import_id` and everything it added (its postings with their skill links,
// its salary observations, its rejected rows, then companies and import-made skills nothing
// refers to any more), in one transaction. nullopt, changing nothing, when there is no such run.
// Throws DatabaseError.
std::optional<ImportRemoval> remove_import_run(Database& db, std::int64_t import_id);

}  // namespace jobsight
