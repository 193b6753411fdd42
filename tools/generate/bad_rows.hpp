// Special rows for --bad-rows: deliberately broken rows and exact duplicates, how many there
// are, where they go, and how an ordinary row is broken.
//
// The counts depend only on the row count and the positions and kinds only on the seed and the
// row count, drawn from their own random stream: ordinary rows are the same with or without
// --bad-rows, which only replaces some of them.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "random.hpp"
#include "rows.hpp"

namespace jobsight_generate {

// The kinds of special row: eight bad kinds (one defect each), then exact duplicates.
enum class Special : std::uint8_t {
  empty_title,
  missing_date,
  impossible_date,
  date_text,
  unknown_currency,
  unknown_period,
  negative_salary,
  too_few_fields,
  duplicate,
};

// Number of Special values (duplicate is the last).
constexpr std::size_t kSpecialKinds = 9;

// Name of each Special value, as printed in the stderr summary.
inline constexpr std::array<std::string_view, kSpecialKinds> kSpecialNames{
    "empty_title",    "missing_date",    "impossible_date", "date_text", "unknown_currency",
    "unknown_period", "negative_salary", "too_few_fields",  "duplicate"};

// How many special rows a file gets.
struct SpecialCounts {
  std::uint64_t per_bad_kind = 0;
  std::uint64_t duplicates = 0;
};

// The special rows for `rows` rows, fixed by the row count alone: 2 of each bad kind and 5
// duplicates up to 8,000 rows; at scale N/4000 of each kind (0.2% bad in all) and N/1000
// duplicates; fewer below 1,000 rows.
SpecialCounts special_counts(std::uint64_t rows);

// Turns an ordinary row into a bad row of the given kind (one defect each; the job_id is always
// filled in). too_few_fields and duplicate change no field: the caller writes fewer fields, or
// repeats an earlier row.
void apply_defect(Special kind, Fields& fields, const RowInfo& info);

// Where the special rows go. The rows after a clean warm-up are cut into one stratum per
// special row; each stratum holds one, at a seeded offset, its kind from a seeded shuffle.
class SpecialSchedule {
 public:
  // A special row due at some index.
  struct Due {
    Special kind;
    std::size_t recent;  // duplicate: which recent row to repeat (0 = newest); otherwise 0
  };

  // The schedule for `rows` rows from `seed`: special_counts(rows) special rows when `enabled`,
  // none otherwise, and none when there are more special rows than rows after the warm-up.
  SpecialSchedule(std::uint64_t seed, std::uint64_t rows, bool enabled);

  // The special row due at row `index`, if any. Call it for every row index in increasing
  // order, with `recent_count` the number of rows a duplicate may repeat; for a duplicate with
  // recent_count > 0 it also draws which one (`recent`, below recent_count).
  std::optional<Due> at(std::uint64_t index, std::size_t recent_count);

 private:
  // Index of the row the s-th special row replaces (draws its offset in the stratum).
  std::uint64_t position(std::size_t s);

  Rng rng_;
  std::uint64_t rows_;
  std::vector<Special> kinds_;
  std::uint64_t warmup_ = 0;
  std::uint64_t stratum_ = 1;
  std::size_t next_ = 0;
  std::uint64_t next_position_ = 0;
};

// The last 64 written rows that carry a job_id, to repeat as exact duplicates.
class RecentRows {
 public:
  // Remembers `row` (a whole CSV record) as the newest, forgetting the oldest beyond 64.
  void add(const std::string& row);

  // How many rows are remembered (0 to 64).
  std::size_t size() const { return count_; }

  // The k-th newest remembered row (0 = newest), k < size().
  const std::string& back(std::size_t k) const;

 private:
  static constexpr std::size_t kCapacity = 64;
  std::vector<std::string> rows_ = std::vector<std::string>(kCapacity);
  std::size_t count_ = 0;
  std::size_t next_ = 0;
};

// Special rows written, by kind (indexed by Special).
using SpecialTally = std::array<std::uint64_t, kSpecialKinds>;

// Prints "; B bad rows (empty_title n, ...), D exact duplicates" for the summary line on
// `stream` (no line end).
void print_special_summary(std::FILE* stream, const SpecialTally& written);

}  // namespace jobsight_generate
