#pragma once
// The exact counts kept at import (storage layer): posting_counts, skill_counts and the skill
// counts by place, by industry and by pair (migrations/0010, 0012, 0015, 0018). An import counts
// the postings it stores here, in memory, and adds them to the tables in its transaction: cheaper
// than a GROUP BY over the stored rows, which sorted every skill link. The keys are the values
// those tables' SQL derives from a posting's row (sql/queries/counts_take_out.sql undoes them).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include <SQLiteCpp/Database.h>

#include "normalise/posting_normaliser.hpp"

namespace jobsight {

// The count table rows a run of stored postings adds, not yet in the database.
class KeptCountsBatch {
 public:
  KeptCountsBatch();
  ~KeptCountsBatch();
  KeptCountsBatch(const KeptCountsBatch&) = delete;
  KeptCountsBatch& operator=(const KeptCountsBatch&) = delete;

  // Counts `posting`, stored, with the ids of the skills it was linked to (each once). A posting
  // asking for k skills counts k * (k + 1) / 2 skill pairs (itself included), each once with the
  // lower id first; store() writes the k * k rows of skill_pair_counts, both ways round.
  void add(const NormalisedPosting& posting, std::span<const std::int64_t> skill_ids);

  // True when the batch holds so many keys that it should be stored now, to keep memory bounded
  // whatever variety of months, places, industries and skills a file has.
  bool full() const;

  // Adds the batch to the tables (upserts; the caller owns the transaction) and empties it.
  // Throws SQLite::Exception.
  void store(SQLite::Database& db);

  // The number of keys that makes the batch full: 400,000 (at most about 25 MB of hash-map
  // arrays). The generated benchmark's 1M postings make 320,000 keys over the five tables, its
  // 10M postings 389,000.
  static constexpr std::size_t kKeysInMemory = 400'000;

 private:
  struct Maps;
  std::unique_ptr<Maps> maps_;
};

}  // namespace jobsight
