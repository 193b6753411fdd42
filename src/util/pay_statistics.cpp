#include "util/pay_statistics.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <set>
#include <stdexcept>
#include <string>

#include "util/intervals.hpp"

namespace jobsight {
namespace {

// The histogram's buckets: the exponent and top 7 mantissa bits of a double from 1 to 2^40
// (128 buckets an octave, each under 0.8% wide), in order, because a positive double's bits
// order as its value does. Below 1 (zero and negative included) is bucket 0, from 2^40 the last.
constexpr int kMantissaBits = 7;
constexpr std::uint64_t kFirst = std::uint64_t{1023} << kMantissaBits;  // 1.0
constexpr std::uint32_t kBuckets = 40u << kMantissaBits;
// Over the budget, a group keeps its figures while they take no more than a histogram would
// (20 KB): many small groups (pay-by-skill's rare skills) cost what their figures do.
constexpr std::size_t kSmallGroup = kBuckets;

std::uint32_t bucket_of(double pay) {
  if (!(pay >= 1.0)) return 0;
  const std::uint64_t key = std::bit_cast<std::uint64_t>(pay) >> (52 - kMantissaBits);
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(key - kFirst, kBuckets - 1));
}

// The ranks (0-based) the statistics of n figures read: each percentile's two neighbours and,
// with a confidence, each interval's two order statistics.
std::set<std::int64_t> wanted_ranks(std::int64_t n, std::optional<double> confidence) {
  std::set<std::int64_t> ranks;
  for (double p : {0.25, 0.5, 0.75, 0.9}) {
    const auto k = static_cast<std::int64_t>(p * static_cast<double>(n - 1));
    ranks.insert(k);
    if (k + 1 < n) ranks.insert(k + 1);
    if (!confidence) continue;
    std::vector<double> levels = {*confidence};
    if (p == 0.5) levels.push_back(premium_confidence(*confidence));
    for (double level : levels) {
      if (auto interval = percentile_ci_ranks(n, p, level)) {
        ranks.insert(interval->low - 1);
        ranks.insert(interval->high - 1);
      }
    }
  }
  return ranks;
}

}  // namespace

std::optional<double> PayFigures::figure_of(const Cell& pay) {
  if (const auto* integer = std::get_if<std::int64_t>(&pay)) return static_cast<double>(*integer);
  if (const auto* real = std::get_if<double>(&pay)) {
    if (std::isfinite(*real)) return *real;
  }
  return std::nullopt;
}

PayFigures::Source PayFigures::source_of(const Cell& pay_source) {
  const auto* source = std::get_if<std::string>(&pay_source);
  return source != nullptr ? source_named(*source) : Source::other;
}

PayFigures::Source PayFigures::source_named(std::string_view pay_source) {
  if (pay_source == "postings") return Source::postings;
  if (pay_source == "observations") return Source::observations;
  return Source::other;
}

std::size_t PayFigures::group_of(const Cell& grp) {
  Group& group = groups_[grp];
  if (group.handle == Group::kNoHandle) {
    group.handle = handles_.size();
    handles_.push_back(&group);
  }
  return group.handle;
}

void PayFigures::add(const std::vector<Cell>& row) {
  std::optional<double> pay = figure_of(row[2]);
  if (!pay) return;
  add(group_of(row[0]), source_of(row[1]), *pay);
}

void PayFigures::add(std::size_t handle, Source source, double pay) {
  Group& group = *handles_.at(handle);
  ++group.n;
  group.sum.add(pay);
  group.sum_of_squares.add(pay * pay);
  if (source == Source::postings) ++group.from_postings;
  if (source == Source::observations) ++group.from_observations;
  if (over_budget_) {
    if (group.histogram.empty() && group.pay.size() < kSmallGroup) {
      group.pay.push_back(pay);  // a small group, or one first seen now, keeps its figures
      return;
    }
    if (group.histogram.empty()) to_histogram(group);
    ++group.histogram[bucket_of(pay)];
    return;
  }
  // The budget counts the vectors' capacity, what they take from memory.
  const std::size_t capacity = group.pay.capacity();
  group.pay.push_back(pay);
  held_ += group.pay.capacity() - capacity;
  if (held_ > max_figures_) drop_figures();
}

void PayFigures::to_histogram(Group& group) {
  group.histogram.assign(kBuckets, 0);
  for (double pay : group.pay) ++group.histogram[bucket_of(pay)];
  std::vector<double>().swap(group.pay);
}

void PayFigures::drop_figures() {
  over_budget_ = true;
  for (auto& [key, group] : groups_) {
    if (group.pay.size() >= kSmallGroup) to_histogram(group);
  }
  held_ = 0;
}

void PayFigures::prepare_second_pass(std::optional<double> confidence) {
  prepared_confidence_ = confidence;
  for (auto& [key, group] : groups_) {
    group.seen_again = 0;
    if (group.histogram.empty()) continue;  // every figure is held
    group.wanted.clear();
    group.wanted_first_rank.clear();
    std::int64_t first = 0;
    std::uint32_t bucket = 0;
    for (std::int64_t rank : wanted_ranks(group.n, confidence)) {
      while (first + group.histogram[bucket] <= rank) first += group.histogram[bucket++];
      if (group.wanted.empty() || group.wanted.back() != bucket) {
        group.wanted.push_back(bucket);
        group.wanted_first_rank.push_back(first);
      }
    }
    group.wanted_pay.assign(group.wanted.size(), {});
  }
  prepared_ = true;
}

void PayFigures::add_again(const std::vector<Cell>& row) {
  std::optional<double> pay = figure_of(row[2]);
  if (!pay) return;
  auto found = groups_.find(row[0]);
  if (found == groups_.end()) throw std::logic_error("pay figures: a group the first pass lacks");
  add_again_to(found->second, *pay);
}

void PayFigures::add_again(std::size_t handle, double pay) {
  add_again_to(*handles_.at(handle), pay);
}

void PayFigures::add_again_to(Group& group, double pay) {
  ++group.seen_again;
  if (group.histogram.empty()) return;  // every figure is held
  const std::uint32_t bucket = bucket_of(pay);
  auto at = std::lower_bound(group.wanted.begin(), group.wanted.end(), bucket);
  if (at != group.wanted.end() && *at == bucket) {
    group.wanted_pay[static_cast<std::size_t>(at - group.wanted.begin())].push_back(pay);
  }
}

double PayFigures::value_at(const Group& group, std::int64_t rank) {
  if (group.histogram.empty()) return group.pay[static_cast<std::size_t>(rank)];
  auto after =
      std::upper_bound(group.wanted_first_rank.begin(), group.wanted_first_rank.end(), rank);
  const auto i = static_cast<std::size_t>(after - group.wanted_first_rank.begin()) - 1;
  return group.wanted_pay[i][static_cast<std::size_t>(rank - group.wanted_first_rank[i])];
}

std::vector<std::vector<Cell>> PayFigures::statistics(std::int64_t min_n,
                                                      std::optional<double> confidence) {
  if (over_budget_ && (!prepared_ || confidence != prepared_confidence_)) {
    throw std::logic_error("pay figures: statistics without a second pass at that confidence");
  }
  std::vector<std::vector<Cell>> rows;
  // Named, not a structured binding: the lambdas below capture it (clang before 16 refuses a
  // captured binding).
  for (auto& entry : groups_) {
    const Cell& key = entry.first;
    Group& group = entry.second;
    const std::int64_t n = group.n;
    if (n < min_n || n == 0) continue;
    if (over_budget_ && group.seen_again != n) {
      throw std::logic_error("pay figures: the second pass saw other figures");
    }
    if (group.histogram.empty()) {
      std::sort(group.pay.begin(), group.pay.end());
    } else {
      for (std::size_t i = 0; i < group.wanted.size(); ++i) {
        if (group.wanted_pay[i].size() != group.histogram[group.wanted[i]]) {
          throw std::logic_error("pay figures: the second pass saw other figures");
        }
        std::sort(group.wanted_pay[i].begin(), group.wanted_pay[i].end());
      }
    }
    // The percentile p as _pay_stats.sql computes it.
    auto percentile = [&](double p) {
      const double h = p * static_cast<double>(n - 1);
      const auto k = static_cast<std::int64_t>(h);
      const double low = value_at(group, k);
      const double high = k + 1 < n ? value_at(group, k + 1) : low;
      return low + (h - static_cast<double>(k)) * (high - low);
    };
    auto push_interval = [&](std::vector<Cell>& row, double p, std::optional<double> level) {
      std::optional<RankInterval> ranks;
      if (level) ranks = percentile_ci_ranks(n, p, *level);
      row.push_back(ranks ? Cell{value_at(group, ranks->low - 1)} : Cell{});
      row.push_back(ranks ? Cell{value_at(group, ranks->high - 1)} : Cell{});
    };
    std::optional<double> premium_level;
    if (confidence) premium_level = premium_confidence(*confidence);
    std::vector<Cell> row = {key, Cell{n}};
    row.emplace_back(percentile(0.25));
    push_interval(row, 0.25, confidence);
    row.emplace_back(percentile(0.5));
    push_interval(row, 0.5, confidence);
    push_interval(row, 0.5, premium_level);
    row.emplace_back(percentile(0.75));
    push_interval(row, 0.75, confidence);
    row.emplace_back(percentile(0.9));
    push_interval(row, 0.9, confidence);
    row.emplace_back(group.sum.value() / static_cast<double>(n));
    row.push_back(confidence ? Cell{group.sum_of_squares.value() / static_cast<double>(n)}
                             : Cell{});
    row.emplace_back(group.from_postings);
    row.emplace_back(group.from_observations);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace jobsight
