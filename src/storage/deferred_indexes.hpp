#pragma once
// Secondary indexes set aside during a large import (storage layer, issue 10). SQLite builds an
// index from all rows at once, sorted, faster than it inserts rows one at a time at random places
// in it: at 300k postings into an empty database, the import took 18.7 s with the indexes kept up
// row by row and 8.8 s with them built after the rows (at 1M the gain is small: BENCHMARKS.md).
// Postings' identity index (postings_by_identity, UNIQUE) goes too: the rows repeat no identity
// as a rule, so it is built in one sort at the end, and when they do, the later repeats are taken
// out before it is built (random inserts into it cost 15% of an import of 1M postings). Other
// UNIQUE and primary key indexes stay. Everything happens inside the import's transaction, so an
// import that fails or is interrupted leaves every index as it was.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jobsight/database.hpp"
#include "storage/posting_store.hpp"

namespace jobsight {

// Whether setting the indexes aside pays for a file of `file_bytes` bytes going into tables that
// hold `existing_rows` rows already: when the file, at about 400 bytes a row, adds at least a
// quarter as many rows as there are (rebuilding reads every row, old ones included; inserting
// one by one costs about ten times as much a row). A file of unknown size (0) never does.
bool indexes_worth_setting_aside(std::int64_t existing_rows, std::uintmax_t file_bytes);

// Whether the table an import of `kind` ("postings" or "salaries") writes holds no rows yet: its
// first import, which may write through the rollback journal (bulk_journal.hpp). Throws
// DatabaseError.
bool holds_no_rows(Database& db, std::string_view kind);

// Whether an import of `kind` ("postings" or "salaries") from a file of `file_bytes` bytes into
// `db` is large, by indexes_worth_setting_aside on the rows its table holds now: such an import
// sets the indexes aside. Throws DatabaseError.
bool is_large_import(Database& db, std::string_view kind, std::uintmax_t file_bytes);

class DeferredIndexes {
 public:
  // Within the caller's open write transaction, drops the secondary indexes of the tables an
  // import of `kind` ("postings" or "salaries") writes, when indexes_worth_setting_aside says so
  // for a file of `file_bytes` bytes; otherwise does nothing. Throws DatabaseError.
  DeferredIndexes(Database& db, std::string_view kind, std::uintmax_t file_bytes);

  // Builds the indexes set aside again, from their stored definitions, before anything reads the
  // tables through them. Before postings' identity index, removes the postings of run
  // `import_id` that repeat an identity stored before them (remove_later_duplicates) and returns
  // them, for the import's counts. Does nothing when none was set aside or they were rebuilt
  // already. Throws DatabaseError.
  std::vector<RemovedDuplicate> rebuild(std::int64_t import_id);

  // How many indexes are set aside now.
  std::size_t set_aside() const { return definitions_.size() + unique_definitions_.size(); }

 private:
  Database& db_;
  // Their CREATE INDEX statements, from sqlite_schema; the UNIQUE ones are built last.
  std::vector<std::string> definitions_;
  std::vector<std::string> unique_definitions_;
};

}  // namespace jobsight
