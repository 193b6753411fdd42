#pragma once
// Writing postings, import runs and rejected rows (storage layer). Callers own the transaction.

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "jobsight/database.hpp"
#include "jobsight/posting_normaliser.hpp"

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
};

// Inserts an import run with zero counts and returns its id; finish it with finish_import_run.
std::int64_t begin_import_run(Database& db, const ImportRunRecord& run);

// Writes the final counts, hash, size and finish time of run `import_id`.
void finish_import_run(Database& db, std::int64_t import_id, const ImportRunRecord& run);

// Stores one rejected row of run `import_id`.
void insert_import_reject(Database& db, std::int64_t import_id, std::size_t line,
                          const std::string& column, const std::string& reason,
                          const std::string& raw_record);

// Inserts postings with their company and skills through reused prepared statements.
class PostingWriter {
 public:
  PostingWriter(Database& db, std::int64_t import_id);

  // Inserts `posting` read from `source_line`. Returns false, changing nothing, when a posting
  // with the same identity is already stored (a duplicate). New companies and skills not in the
  // taxonomy are created on first use (new skills in category `other`, first spelling wins).
  bool insert(const NormalisedPosting& posting, std::size_t source_line);

 private:
  std::int64_t company_id(const std::string& name);
  std::int64_t skill_id(const PostingSkill& skill);

  Database& db_;
  std::int64_t import_id_;
  SQLite::Statement insert_posting_;
  SQLite::Statement insert_link_;
  SQLite::Statement find_company_;
  SQLite::Statement insert_company_;
  SQLite::Statement find_skill_;
  SQLite::Statement insert_skill_;
  std::unordered_map<std::string, std::int64_t> companies_;
  std::unordered_map<std::string, std::int64_t> new_skills_;  // lower-case name -> id
};

}  // namespace jobsight
