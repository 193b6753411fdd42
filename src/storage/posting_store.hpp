#pragma once
// Writing postings (storage layer). Callers own the transaction (WriteTransaction). Import runs
// and rejected rows are in import_store.hpp.

#include <cstdint>
#include <memory>
#include <vector>

#include <SQLiteCpp/Database.h>

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
  // with the same identity is already stored (a duplicate); while a large import has set the
  // identity index aside (DeferredIndexes) it cannot tell, stores the posting and returns true,
  // and remove_later_duplicates takes such postings out again. New companies and skills not in the
  // taxonomy are created on first use (new skills in category `other`, first spelling wins).
  // Throws DatabaseError.
  bool insert(const NormalisedPosting& posting, std::size_t source_line);

  // Adds the postings and skill links inserted since the last call to the kept count tables
  // (KeptCountsBatch, counted as they were inserted; insert calls it too whenever the batch is
  // full). Throws DatabaseError.
  void store_counts();

 private:
  struct Statements;
  Database& db_;
  std::int64_t import_id_;
  std::unique_ptr<Statements> statements_;
};

// A posting stored by an import and then taken out as a later duplicate, with its pay as stored
// (for the import's counts).
struct RemovedDuplicate {
  PayStatus pay_status = PayStatus::none;
  PayProblem pay_problem = PayProblem::none;
  bool pay_period_inferred = false;
  bool pay_currency_assumed = false;
  bool pay_outlier = false;
};

// What take_out_postings removed.
struct PostingsTakenOut {
  std::int64_t skill_links = 0, postings = 0, companies = 0, new_skills = 0;
};

// Within a write transaction: takes the postings listed in temp.postings_out (posting_id,
// company_id) out of the database (their counts in the kept count tables, their skill
// links, the rows, and the companies and new skills only they used), then drops the list.
// Throws SQLite::Exception.
PostingsTakenOut take_out_postings(SQLite::Database& sql);

// The statement that makes the empty temp.postings_out list.
inline constexpr const char* kCreatePostingsOut =
    "CREATE TEMP TABLE postings_out (posting_id INTEGER PRIMARY KEY, company_id INTEGER)";

// Within the import's transaction, while postings_by_identity is set aside: removes the postings
// of run `import_id` whose identity a posting stored before them has (the first is kept, as
// PostingWriter::insert keeps it), with their counts in the kept count tables (which
// store_counts added), their skill links and the companies and new skills only they used, and
// returns them in the order they were stored. Throws DatabaseError.
std::vector<RemovedDuplicate> remove_later_duplicates(Database& db, std::int64_t import_id);

}  // namespace jobsight
