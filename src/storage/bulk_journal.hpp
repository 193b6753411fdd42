#pragma once
// The journal a large import writes through (storage layer, issue 10). jobsight writes in WAL
// mode, so that reports keep reading the last commit while an import runs. A large import is one
// transaction of hundreds of megabytes, and in WAL mode every page of it is written twice (into
// the -wal file, then checkpointed into the database) and every page SQLite reads back is first
// looked up in the growing WAL index. Through the rollback journal, pages the transaction adds
// are written once, straight into the file, and only the pages it changes are journalled: an
// import of 1M postings into an empty database took 32.5 s instead of 37.3 s, of 3M 114 s
// instead of 133 s (BENCHMARKS.md). The price: from the first time SQLite writes the transaction
// to the file until it commits, other connections cannot read it (they wait their busy timeout,
// then report the database busy), and a reader holding the file when the import must write makes
// it wait too. So only the first import of a kind uses it, when there is nothing to read yet.
// Killed, such an import leaves a hot -journal file; the next connection that may write rolls it
// back (Database::open_read_only makes one for the purpose).

#include "jobsight/database.hpp"

namespace jobsight {

class BulkJournal {
 public:
  // Outside any transaction. When `bulk`, switches `db` from WAL to the rollback journal with
  // synchronous = FULL (a rollback journal needs it to survive a power cut) until destroyed.
  // When another connection holds the database, SQLite refuses the switch and the import stays
  // in WAL mode, correct but slower. Does nothing when `bulk` is false. Throws
  // DatabaseError for any other failure.
  BulkJournal(Database& db, bool bulk);
  // Back to WAL with synchronous = NORMAL; never throws (the data is committed or rolled back
  // either way).
  ~BulkJournal();
  BulkJournal(const BulkJournal&) = delete;
  BulkJournal& operator=(const BulkJournal&) = delete;

  // Whether the rollback journal is in use.
  bool active() const { return active_; }

 private:
  Database& db_;
  bool active_ = false;
};

}  // namespace jobsight
