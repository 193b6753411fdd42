#pragma once
// Writing postings (storage layer). Callers own the transaction. Import runs and rejected rows
// are in import_store.hpp.

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "jobsight/database.hpp"
#include "storage/import_store.hpp"
#include "normalise/posting_normaliser.hpp"

namespace jobsight {

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
