#pragma once
// Writing postings (storage layer). Callers own the transaction (WriteTransaction). Import runs
// and rejected rows are in import_store.hpp.

#include <cstdint>
#include <memory>

#include "jobsight/database.hpp"
#include "normalise/posting_normaliser.hpp"

namespace jobsight {

// Inserts postings with their company and skills through reused prepared statements.
class PostingWriter {
 public:
  // Prepares the statements for import run `import_id`. Throws DatabaseError.
  PostingWriter(Database& db, std::int64_t import_id);
  ~PostingWriter();

  // Inserts `posting` read from `source_line`. Returns false, changing nothing, when a posting
  // with the same identity is already stored (a duplicate). New companies and skills not in the
  // taxonomy are created on first use (new skills in category `other`, first spelling wins).
  // Throws DatabaseError.
  bool insert(const NormalisedPosting& posting, std::size_t source_line);

 private:
  struct Statements;
  Database& db_;
  std::int64_t import_id_;
  std::unique_ptr<Statements> statements_;
};

}  // namespace jobsight
