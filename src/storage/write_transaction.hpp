#pragma once
// A write transaction as a guard object (storage layer): the import asks for one instead of
// speaking SQL, so the importer does not know which database it writes to.

#include "jobsight/database.hpp"

namespace jobsight {

class WriteTransaction {
 public:
  // Starts a write transaction on `db` that takes the write lock at once (SQLite's BEGIN
  // IMMEDIATE), waiting up to the busy timeout for another writer. Throws DatabaseError.
  explicit WriteTransaction(Database& db);
  // Rolls back unless commit() was called; never throws.
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  // Makes everything written since the start permanent. Throws DatabaseError (the transaction
  // is then rolled back by the destructor).
  void commit();

 private:
  Database& db_;
  bool open_ = false;
};

}  // namespace jobsight
