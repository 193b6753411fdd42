#pragma once
// Looking inside a database: its status, import runs, rejected rows, the skill taxonomy and
// read-only SQL (report layer). Every function returns data; rendering it is the CLI's job.

#include <cstdint>
#include <optional>
#include <string>

#include "jobsight/database.hpp"
#include "jobsight/table.hpp"

namespace jobsight {

// How many of the latest import runs `database_status` lists.
inline constexpr int kStatusLastImports = 5;

// What `jobsight status` shows.
struct DatabaseStatus {
  // Columns item, value; one row per fact, in display order: database (the absolute file name),
  // schema_version (the file's), binary_schema_version (this jobsight's), jobsight_version,
  // postings, postings_first_date, postings_last_date, salary_observations,
  // observations_first_date, observations_last_date, skills, skills_in_taxonomy,
  // skills_found_in_imports, companies, import_runs, rejected_rows, pay_outliers (postings and
  // observations whose pay is kept but left out of pay reports). Counts are integers; dates
  // are YYYY-MM-DD text, NULL when there is nothing to date.
  Table overview;
  // Columns import_id, kind, file_name, finished_at, imported: the last kStatusLastImports
  // import runs, newest first.
  Table last_imports;
};

// The status of `db`. Works on a database without any import (counts 0, dates NULL).
DatabaseStatus database_status(Database& db);

// `status` as one item,value table for scripts: the overview rows, then one row per cell of the
// last imports, named `last_import.N.COLUMN` with N = 1 for the newest (`last_import.1.kind`).
Table status_rows(const DatabaseStatus& status);

// Import runs, newest first, at most `limit` (all when unset), with columns import_id, kind,
// file_name, source, sha256_short (the first 12 hex digits), started_at, finished_at,
// rows_read, imported, duplicates, rejected, pay_unconverted. Throws jobsight::Error for a
// negative limit.
Table list_imports(Database& db, std::optional<std::int64_t> limit = std::nullopt);

// Rejected rows with columns import_id, file_name, line, column (NULL when the row as a whole is
// at fault), reason, raw_record (the record as CSV): the newest import's first, each import's in
// file order; only import `import_id`'s when set; at most `limit` when set. Throws
// jobsight::Error when there is no import `import_id` or the limit is negative.
Table list_rejects(Database& db, std::optional<std::int64_t> import_id = std::nullopt,
                   std::optional<std::int64_t> limit = std::nullopt);

struct SkillFilters {
  std::optional<std::string> category;  // only this category (any case); unset: all
  std::optional<std::string> search;    // substring of the name or an alias, any ASCII case
  std::optional<std::int64_t> limit;    // at most this many rows; unset: all
};

// Skills (the taxonomy and skills first seen in imports) with columns skill, category, origin
// (`taxonomy` or `import`), aliases (the other spellings, sorted case-insensitively and joined
// with ", "; "" when none), postings (how many postings ask for it); most asked-for first, then
// by name. `search` is matched literally (`%` and `_` are not wildcards). Throws jobsight::Error
// for an unknown category (naming the categories) or a negative limit.
Table list_skills(Database& db, const SkillFilters& filters = {});

// Runs exactly one read-only statement (SELECT, WITH, VALUES, EXPLAIN, or a PRAGMA from a short
// list of read-only ones such as table_info) and returns its rows; BLOBs come back as X'hex'
// text. Meant for a database opened read-only; on any database, while it runs, writes, ATTACH,
// DETACH, transactions, other PRAGMAs and load_extension are refused by an authorizer and
// PRAGMA query_only, and extension loading is switched off (for good). Throws jobsight::Error
// with "jobsight sql is read-only: X is not allowed" for a refused statement, "one statement at
// a time" for more than one, "no SQL statement given" for none, and "SQL error: " followed by
// SQLite's message for any other failure.
Table run_read_only_sql(Database& db, const std::string& sql);

}  // namespace jobsight
