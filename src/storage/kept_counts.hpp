#pragma once
// The exact counts kept at import (storage layer): posting_counts, skill_counts, the skill
// counts by place, by industry and by pair, and the counts by title word (migrations/0010, 0012,
// 0015, 0018, 0023). An import counts the postings it stores here, in memory, and adds them to
// the tables in its transaction: cheaper than a GROUP BY over the stored rows, which sorted every
// skill link. The keys are the values those tables' SQL derives from a posting's row
// (sql/queries/counts_take_out.sql undoes them).

#include <cstddef>
#include <cstdint>
#include <future>
#include <memory>
#include <span>

#include <SQLiteCpp/Database.h>

#include "normalise/posting_normaliser.hpp"

namespace jobsight {

// The count table rows a run of stored postings adds, not yet in the database. The writer hands
// the postings over in chunks to a thread of their own, which counts one chunk while the writer
// stores the next postings (the counting took a sixth of the writer's time).
class KeptCountsBatch {
 public:
  KeptCountsBatch();
  ~KeptCountsBatch();
  KeptCountsBatch(const KeptCountsBatch&) = delete;
  KeptCountsBatch& operator=(const KeptCountsBatch&) = delete;

  // Counts `posting`, stored, with the ids of the skills it was linked to (each once). A posting
  // asking for k skills counts k * (k + 1) / 2 skill pairs (itself included), each once with the
  // lower id first; store() writes the k * k rows of skill_pair_counts, both ways round. Each
  // distinct word of its title_words counts once, alone and with each of the k skills.
  void add(const NormalisedPosting& posting, std::span<const std::int64_t> skill_ids);

  // True when the batch holds so many keys that it should be stored now, to keep memory bounded
  // whatever variety of months, places, industries, skills and title words a file has. It counts
  // the keys of the postings not counted yet at their most (a posting asking for k skills, with
  // w distinct title words, adds at most 1 + 3k + k(k+1)/2 + w(1 + k)), so it never says false
  // too late.
  bool full() const;

  // Adds the batch to the tables (upserts; the caller owns the transaction) and empties it.
  // Throws SQLite::Exception, or what counting threw (std::bad_alloc).
  void store(SQLite::Database& db);

  // The number of keys that makes the batch full: 700,000 (a key and its count take 24 or 32
  // bytes of a map's array, so about the 25 MB that 400,000 keys of 40-48 bytes took before the
  // title word counts). The generated benchmark's 1M postings make 615,000 keys over the seven
  // tables (295,000 of them by title word); as full() counts the keys not counted yet at their
  // most, it may say true up to two chunks early, which only stores sooner. Storing costs an
  // upsert per key: at 400,000 keys the 1M import stored before its end too and took 101 s, not
  // 69.
  static constexpr std::size_t kKeysInMemory = 700'000;

  // The keys (at their most) at or beyond which a chunk is handed to the counting thread.
  static constexpr std::size_t kKeysPerChunk = 32'768;

 private:
  struct Maps;
  struct Posting;
  struct Chunk;
  // Counts `chunk` into `maps`.
  static void count(const Chunk& chunk, Maps& maps);
  // Waits for the chunk in flight to be counted, and notes the keys counted.
  void wait_for_counting();
  // Hands the pending chunk to the counting thread, once the one before it is counted.
  void hand_over();

  std::unique_ptr<Maps> maps_;        // the writer's ids; the counting thread's counts
  std::unique_ptr<Chunk> pending_;    // added since the last hand-over
  std::unique_ptr<Chunk> in_flight_;  // being counted while counting_ is valid
  std::future<void> counting_;
  std::size_t counted_keys_ = 0;  // the maps' keys when counting_ was last waited for
};

}  // namespace jobsight
