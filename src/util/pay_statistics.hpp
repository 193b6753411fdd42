#pragma once
// The pay statistics of the pay reports, computed in the program (util layer): the numbers
// sql/reports/_pay_stats.sql computes with window functions, from the pay figures sorted in
// memory instead, plus the intervals of --ci (SPEC 3.1). With a memory budget, a second pass
// over the same figures finds the same numbers while holding only those near the ranks wanted.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "jobsight/table.hpp"
#include "util/exact_sum.hpp"

namespace jobsight {

// Room for pay figures held in memory, shared by the PayFigures that count against it (on any
// thread): the capacity of their vectors, counted together.
class FigureBudget {
 public:
  explicit FigureBudget(std::size_t max_figures) : max_figures_(max_figures) {}

  // Takes room for `figures` more; false, taking nothing, when that would pass the maximum.
  bool take(std::size_t figures);
  // Takes room for `figures` more even past the maximum (what must be held however full the
  // budget is: histograms, and the figures a second pass keeps), so that others find less.
  void take_anyway(std::size_t figures) { held_ += figures; }
  // Gives back room taken.
  void give_back(std::size_t figures) { held_ -= figures; }
  // The room taken now.
  std::size_t held() const { return held_; }

 private:
  const std::size_t max_figures_;
  std::atomic<std::size_t> held_{0};
};

// Pay figures gathered per group, one row (grp, pay_source, pay) at a time as
// report_pay_values_query returns them, and their statistics: one row per group, or, when
// unions are declared (add_union), one per union of groups, each figure held once however many
// unions count it.
//
// Memory: every figure is held (8 bytes) until the vectors of every PayFigures sharing its budget
// have room for more than the budget (their capacity, at most a quarter and 16 figures more than
// they hold). Then each of its groups of 1,024 figures or more whose figures span few enough
// buckets keeps only a histogram of them (buckets of 4 bytes by the bits of the double, so
// exactly in order, 128 an octave, from its lowest figure's bucket to its highest: then at most
// half the figures' room; widened as later figures fall outside, to at most 5,120 buckets,
// 20 KB; other groups keep their figures until they are that large) and needs_second_pass() is
// true: the caller calls prepare_second_pass() and hands every row again, in any order, to
// add_again(), which keeps only the figures in the buckets holding a rank some row wants (about
// 0.8% of a group's range each; more where many figures share one value); a union's histogram is
// the sum of its groups'. statistics() then gives exactly what it gives in memory. The histograms,
// and the figures kept past the budget, count against it too, so that another PayFigures sharing it
// finds less room.
class PayFigures {
 public:
  // Figures held by this PayFigures alone, at most `max_figures`.
  explicit PayFigures(std::size_t max_figures = std::numeric_limits<std::size_t>::max())
      : own_budget_(std::make_unique<FigureBudget>(max_figures)), budget_(*own_budget_) {}
  // Figures held within `budget`, shared with other PayFigures (on other threads too), which
  // must outlive this one.
  explicit PayFigures(FigureBudget& budget) : budget_(budget) {}
  // Gives back the room it holds.
  ~PayFigures();
  // Not copied: the handles point into the groups.
  PayFigures(const PayFigures&) = delete;
  PayFigures& operator=(const PayFigures&) = delete;

  // Where a figure comes from (the pay_source column).
  enum class Source { postings, observations, other };

  // Adds one row; a row whose pay is NULL adds nothing.
  void add(const std::vector<Cell>& row);

  // The handle of group `grp` for the adds below, the group made (empty) when new; it stays
  // valid as long as this PayFigures. For a caller that adds many figures to groups it knows,
  // without looking each up by its key.
  std::size_t group_of(const Cell& grp);

  // Adds one figure to the group of `group` (a handle from group_of).
  void add(std::size_t group, Source source, double pay);

  // Declares a row of statistics() keyed `key` for the union of the figures of `groups`
  // (handles from group_of; a group named twice counts once): once any is declared,
  // statistics() gives one row per union, in the order declared, and none per group. Declared
  // after the first pass's adds and before prepare_second_pass() or statistics(). A figure is
  // held once, in its group, however many unions count it.
  void add_union(const Cell& key, std::vector<std::size_t> groups);

  // True when the figures found no more room in the budget, so statistics() needs a second pass.
  bool needs_second_pass() const { return over_budget_; }

  // Works out, for the statistics at `confidence` (statistics() must be given the same), the
  // ranks each row (group or union) needs and the buckets of each group holding them.
  void prepare_second_pass(std::optional<double> confidence);

  // The second pass: the same rows as add() was given.
  void add_again(const std::vector<Cell>& row);

  // The second pass for the figures given by handle: the same as add(group, source, pay).
  void add_again(std::size_t group, double pay);

  // A pay cell as a figure: an integer or a finite real; nullopt for anything else.
  static std::optional<double> figure_of(const Cell& pay);

  // A pay_source cell as a Source.
  static Source source_of(const Cell& pay_source);
  // A pay_source text as a Source.
  static Source source_named(std::string_view pay_source);

  // One row per group (or declared union) with at least `min_n` figures, in the columns of
  // given_pay_stats_columns(): grp, n, p25, median, p75, p90 (linear interpolation, SPEC 3:
  // h = p·(n − 1), x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) on the sorted figures), mean, and
  // how many figures came from postings and from observations. With `confidence` (--ci) also
  // each percentile's order-statistic interval, the median's at √C (median_pc_*, for premiums)
  // and the mean of the squares (mean_sq); without it those cells are NULL. The sums behind the
  // means are exact and then rounded (ExactSum), so they do not depend on the figures' order;
  // SQLite's avg() in _pay_stats.sql may differ from them in the last bits. Throws
  // std::logic_error over the budget without a second pass, or when the second pass saw other
  // figures than the first (the data changed in between).
  std::vector<std::vector<Cell>> statistics(std::int64_t min_n, std::optional<double> confidence);

 private:
  struct Group {
    std::vector<double> pay;  // every figure, while within the budget or a small group
    std::int64_t n = 0;
    std::int64_t from_postings = 0;
    std::int64_t from_observations = 0;
    ExactSum sum;
    ExactSum sum_of_squares;
    // Over the budget: figures per bucket, of the buckets from histogram_first on.
    std::vector<std::uint32_t> histogram;
    std::uint32_t histogram_first = 0;
    // The second pass: the buckets holding a rank a row of its wants (ascending), and their
    // figures.
    std::vector<std::uint32_t> kept;
    std::vector<std::vector<double>> kept_pay;
    std::int64_t seen_again = 0;
    static constexpr std::size_t kNoHandle = std::numeric_limits<std::size_t>::max();
    std::size_t handle = kNoHandle;  // its index in handles_, once group_of has given one
  };

  // A row of statistics: one group, or a declared union of groups.
  struct Row {
    Cell key;
    std::vector<Group*> groups;
    // Over the budget, when a group of it keeps a histogram: the buckets holding a wanted rank
    // (ascending), and the rank of each one's first figure in the union.
    std::vector<std::uint32_t> wanted;
    std::vector<std::int64_t> wanted_first_rank;
  };

  // Counts room taken from the budget past its maximum, and room given back.
  void took(std::size_t room);
  void gave_back(std::size_t room);
  // Makes `group`, holding its figures, keep a histogram of them instead when that takes at most
  // half their room, of the buckets they span (never under 1,024 figures); true when it did.
  bool to_histogram_if_smaller(Group& group);
  // Counts a figure in `bucket` in the histogram of `group`, widening it to that bucket.
  void count_in_histogram(Group& group, std::uint32_t bucket);
  // The figures the histogram of `group` counts in `bucket` (0 outside its buckets).
  static std::uint32_t count_at(const Group& group, std::uint32_t bucket);
  // The second pass's figure `pay` in `group`.
  void add_again_to(Group& group, double pay);
  void drop_figures();
  // The rows statistics() gives: the declared unions, or else each group alone.
  std::vector<Row>& rows();
  // Whether every figure of `row` is held (none of its groups keeps a histogram).
  static bool all_held(const Row& row);
  // The figures of `row` at `ranks` (ascending, each below the row's n), in that order.
  static std::vector<double> values_at(const Row& row, const std::vector<std::int64_t>& ranks);

  std::map<Cell, Group> groups_;
  std::vector<Group*> handles_;  // group_of's handles: nodes of groups_, which never move
  std::vector<Row> rows_;        // the declared unions, or each group once rows() made them
  bool unions_declared_ = false;
  std::unique_ptr<FigureBudget> own_budget_;  // when none is shared
  FigureBudget& budget_;
  std::size_t held_ = 0;  // the room taken from budget_
  bool over_budget_ = false;
  bool prepared_ = false;
  std::optional<double> prepared_confidence_;
};

}  // namespace jobsight
