#include "util/pay_statistics.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <set>
#include <span>
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
// Over the budget, a group keeps its figures until, at 1,024 or more, a histogram of the buckets
// they span would take at most half their room (8 bytes a figure, 4 a bucket): a group of pay
// from 20,000 to 200,000 spans about 425 buckets, 1.7 KB against 8 KB of figures. Many small
// groups (pay-by-skill's rare skills) cost what their figures do.
constexpr std::size_t kSmallestHistogramGroup = 1024;

// The room, in figures (8 bytes), of a histogram of `buckets` buckets.
constexpr std::size_t histogram_room(std::size_t buckets) {
  return (buckets * sizeof(std::uint32_t) + sizeof(double) - 1) / sizeof(double);
}

// Appends `pay` to `figures`, growing them by a quarter and 16 when full (not twice over, so the
// room held stays near the figures, each copied about four times over its growth); returns the
// room, in figures, they grew by.
std::size_t push_growing(std::vector<double>& figures, double pay) {
  const std::size_t capacity = figures.capacity();
  if (figures.size() == capacity) figures.reserve(capacity + capacity / 4 + 16);
  figures.push_back(pay);
  return figures.capacity() - capacity;
}

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

bool FigureBudget::take(std::size_t figures) {
  std::size_t held = held_.load();
  do {
    if (figures > max_figures_ - std::min(held, max_figures_)) return false;
  } while (!held_.compare_exchange_weak(held, held + figures));
  return true;
}

PayFigures::~PayFigures() {
  budget_.give_back(held_);
}

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
    // A group keeps its figures, counted though the budget is spent, until they would grow
    // where a histogram is much smaller.
    if (group.histogram.empty()) {
      const bool full = group.pay.size() == group.pay.capacity();
      if (!full || !to_histogram_if_smaller(group)) {
        took(push_growing(group.pay, pay));
        return;
      }
    }
    count_in_histogram(group, bucket_of(pay));
    return;
  }
  // The budget counts the vectors' capacity, what they take from memory. Asked only when a
  // vector grew: the budget is shared between threads, and a write to it for every figure made
  // the two threads wait on each other's cache line.
  const std::size_t more = push_growing(group.pay, pay);
  if (more == 0) return;
  if (budget_.take(more)) {
    held_ += more;
  } else {
    took(more);
    drop_figures();
  }
}

void PayFigures::took(std::size_t room) {
  budget_.take_anyway(room);
  held_ += room;
}

void PayFigures::gave_back(std::size_t room) {
  budget_.give_back(room);
  held_ -= room;
}

namespace {

// The lowest and highest bucket of `figures` (not empty), by their buckets rather than their
// values, so that a figure no order places (NaN, bucket 0) is inside them too.
std::pair<std::uint32_t, std::uint32_t> bucket_span(const std::vector<double>& figures) {
  std::uint32_t low = kBuckets - 1;
  std::uint32_t high = 0;
  for (double pay : figures) {
    const std::uint32_t bucket = bucket_of(pay);
    low = std::min(low, bucket);
    high = std::max(high, bucket);
  }
  return {low, high};
}

}  // namespace

bool PayFigures::to_histogram_if_smaller(Group& group) {
  if (group.pay.size() < kSmallestHistogramGroup) return false;
  const auto [low, high] = bucket_span(group.pay);
  if (2 * histogram_room(high - low + 1) > group.pay.capacity()) return false;
  group.histogram_first = low;
  group.histogram.assign(high - low + 1, 0);
  took(histogram_room(group.histogram.capacity()));
  for (double pay : group.pay) ++group.histogram[bucket_of(pay) - group.histogram_first];
  gave_back(group.pay.capacity());
  std::vector<double>().swap(group.pay);
  return true;
}

void PayFigures::count_in_histogram(Group& group, std::uint32_t bucket) {
  std::uint32_t first = group.histogram_first;
  auto end = static_cast<std::uint32_t>(first + group.histogram.size());
  if (bucket < first || bucket >= end) {
    // Widened to the bucket and a quarter and 16 more on that side, so that a group whose
    // figures spread widens a few times, not once for every new bucket.
    const std::uint32_t margin = static_cast<std::uint32_t>(group.histogram.size() / 4) + 16;
    if (bucket < first) first = bucket - std::min(bucket, margin);
    if (bucket >= end) end = std::min(kBuckets, bucket + 1 + margin);
    std::vector<std::uint32_t> wider(end - first, 0);
    std::copy(group.histogram.begin(), group.histogram.end(),
              wider.begin() + (group.histogram_first - first));
    took(histogram_room(wider.capacity()));
    gave_back(histogram_room(group.histogram.capacity()));
    group.histogram.swap(wider);
    group.histogram_first = first;
  }
  ++group.histogram[bucket - group.histogram_first];
}

std::uint32_t PayFigures::count_at(const Group& group, std::uint32_t bucket) {
  if (bucket < group.histogram_first) return 0;
  const std::size_t at = bucket - group.histogram_first;
  return at < group.histogram.size() ? group.histogram[at] : 0;
}

void PayFigures::drop_figures() {
  over_budget_ = true;
  for (auto& [key, group] : groups_) {
    to_histogram_if_smaller(group);
  }
}

void PayFigures::add_union(const Cell& key, std::vector<std::size_t> groups) {
  if (prepared_) throw std::logic_error("pay figures: a union declared after the second pass");
  if (!unions_declared_) rows_.clear();
  unions_declared_ = true;
  // Each group once, however often it is named.
  std::sort(groups.begin(), groups.end());
  groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
  Row row{key, {}, {}, {}};
  for (std::size_t handle : groups) row.groups.push_back(handles_.at(handle));
  rows_.push_back(std::move(row));
}

std::vector<PayFigures::Row>& PayFigures::rows() {
  if (!unions_declared_ && rows_.size() != groups_.size()) {
    rows_.clear();
    for (auto& [key, group] : groups_) rows_.push_back({key, {&group}, {}, {}});
  }
  return rows_;
}

void PayFigures::prepare_second_pass(std::optional<double> confidence) {
  prepared_confidence_ = confidence;
  for (auto& [key, group] : groups_) {
    group.seen_again = 0;
    group.kept.clear();
  }
  for (Row& row : rows()) {
    row.wanted.clear();
    row.wanted_first_rank.clear();
    if (all_held(row)) continue;  // every figure of the row is held
    // The union's histogram: its groups' histograms and held figures.
    std::vector<std::uint32_t> histogram(kBuckets, 0);
    std::int64_t n = 0;
    for (const Group* group : row.groups) {
      n += group->n;
      for (std::uint32_t b = 0; b < group->histogram.size(); ++b)
        histogram[group->histogram_first + b] += group->histogram[b];
      for (double pay : group->pay) ++histogram[bucket_of(pay)];
    }
    std::int64_t first = 0;
    std::uint32_t bucket = 0;
    for (std::int64_t rank : wanted_ranks(n, confidence)) {
      while (first + histogram[bucket] <= rank) first += histogram[bucket++];
      if (row.wanted.empty() || row.wanted.back() != bucket) {
        row.wanted.push_back(bucket);
        row.wanted_first_rank.push_back(first);
      }
    }
    // Each group with a histogram keeps its figures in the buckets any of its rows wants.
    for (Group* group : row.groups) {
      if (group->histogram.empty()) continue;
      group->kept.insert(group->kept.end(), row.wanted.begin(), row.wanted.end());
    }
  }
  for (auto& [key, group] : groups_) {
    std::sort(group.kept.begin(), group.kept.end());
    group.kept.erase(std::unique(group.kept.begin(), group.kept.end()), group.kept.end());
    for (const std::vector<double>& kept : group.kept_pay) gave_back(kept.capacity());
    group.kept_pay.assign(group.kept.size(), {});
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
  auto at = std::lower_bound(group.kept.begin(), group.kept.end(), bucket);
  if (at != group.kept.end() && *at == bucket) {
    // Counted, though the budget is spent.
    took(push_growing(group.kept_pay[static_cast<std::size_t>(at - group.kept.begin())], pay));
  }
}

bool PayFigures::all_held(const Row& row) {
  return std::all_of(row.groups.begin(), row.groups.end(),
                     [](const Group* group) { return group->histogram.empty(); });
}

std::vector<double> PayFigures::values_at(const Row& row, const std::vector<std::int64_t>& ranks) {
  std::vector<double> values;
  values.reserve(ranks.size());
  if (all_held(row)) {
    // The groups' sorted figures walked merged, up to the last rank wanted.
    std::vector<std::span<const double>> parts;
    for (const Group* group : row.groups) {
      if (!group->pay.empty()) parts.emplace_back(group->pay);
    }
    if (parts.size() == 1) {
      for (std::int64_t rank : ranks) values.push_back(parts[0][static_cast<std::size_t>(rank)]);
      return values;
    }
    std::int64_t rank = 0;
    for (std::size_t next = 0; next < ranks.size(); ++rank) {
      if (parts.empty()) throw std::logic_error("pay figures: a rank past the figures");
      std::size_t smallest = 0;
      for (std::size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].front() < parts[smallest].front()) smallest = i;
      }
      const double value = parts[smallest].front();
      parts[smallest] = parts[smallest].subspan(1);
      if (parts[smallest].empty()) {
        parts[smallest] = parts.back();
        parts.pop_back();
      }
      for (; next < ranks.size() && ranks[next] == rank; ++next) values.push_back(value);
    }
    return values;
  }
  // Over the budget: each rank's bucket, its figures gathered from every group and sorted.
  std::vector<double> in_bucket;
  std::size_t gathered = row.wanted.size();  // which wanted bucket in_bucket holds
  for (std::int64_t rank : ranks) {
    const auto after =
        std::upper_bound(row.wanted_first_rank.begin(), row.wanted_first_rank.end(), rank);
    const auto i = static_cast<std::size_t>(after - row.wanted_first_rank.begin()) - 1;
    if (i != gathered) {
      const std::uint32_t bucket = row.wanted[i];
      in_bucket.clear();
      for (const Group* group : row.groups) {
        if (group->histogram.empty()) {
          auto bucket_below = [&](double pay) { return bucket_of(pay) < bucket; };
          auto bucket_at_most = [&](double pay) { return bucket_of(pay) <= bucket; };
          auto from = std::partition_point(group->pay.begin(), group->pay.end(), bucket_below);
          auto to = std::partition_point(from, group->pay.end(), bucket_at_most);
          in_bucket.insert(in_bucket.end(), from, to);
          continue;
        }
        auto at = std::lower_bound(group->kept.begin(), group->kept.end(), bucket);
        const std::vector<double>& kept =
            group->kept_pay.at(static_cast<std::size_t>(at - group->kept.begin()));
        in_bucket.insert(in_bucket.end(), kept.begin(), kept.end());
      }
      std::sort(in_bucket.begin(), in_bucket.end());
      gathered = i;
    }
    const auto offset = static_cast<std::size_t>(rank - row.wanted_first_rank[i]);
    if (offset >= in_bucket.size()) {
      throw std::logic_error("pay figures: the second pass saw other figures");
    }
    values.push_back(in_bucket[offset]);
  }
  return values;
}

std::vector<std::vector<Cell>> PayFigures::statistics(std::int64_t min_n,
                                                      std::optional<double> confidence) {
  if (over_budget_ && (!prepared_ || confidence != prepared_confidence_)) {
    throw std::logic_error("pay figures: statistics without a second pass at that confidence");
  }
  // Each group's figures sorted (and, over the budget, checked against the first pass).
  for (auto& [key, group] : groups_) {
    if (over_budget_ && group.seen_again != group.n) {
      throw std::logic_error("pay figures: the second pass saw other figures");
    }
    std::sort(group.pay.begin(), group.pay.end());
    for (std::size_t i = 0; i < group.kept.size(); ++i) {
      if (group.kept_pay[i].size() != count_at(group, group.kept[i])) {
        throw std::logic_error("pay figures: the second pass saw other figures");
      }
      std::sort(group.kept_pay[i].begin(), group.kept_pay[i].end());
    }
  }
  std::optional<double> premium_level;
  if (confidence) premium_level = premium_confidence(*confidence);
  std::vector<std::vector<Cell>> statistics;
  for (const Row& row : rows()) {
    std::int64_t n = 0;
    std::int64_t from_postings = 0;
    std::int64_t from_observations = 0;
    ExactSum sum;
    ExactSum sum_of_squares;
    for (const Group* group : row.groups) {
      n += group->n;
      from_postings += group->from_postings;
      from_observations += group->from_observations;
      sum.add(group->sum);
      sum_of_squares.add(group->sum_of_squares);
    }
    if (n < min_n || n == 0) continue;
    const std::set<std::int64_t> wanted = wanted_ranks(n, confidence);
    const std::vector<std::int64_t> ranks(wanted.begin(), wanted.end());
    const std::vector<double> values = values_at(row, ranks);
    // The figure of rank `rank` (0-based, ascending) of the row.
    auto value_at = [&](std::int64_t rank) {
      const auto at = std::lower_bound(ranks.begin(), ranks.end(), rank);
      if (at == ranks.end() || *at != rank) throw std::logic_error("pay figures: a rank unread");
      return values[static_cast<std::size_t>(at - ranks.begin())];
    };
    // The percentile p as _pay_stats.sql computes it.
    auto percentile = [&](double p) {
      const double h = p * static_cast<double>(n - 1);
      const auto k = static_cast<std::int64_t>(h);
      const double low = value_at(k);
      const double high = k + 1 < n ? value_at(k + 1) : low;
      return low + (h - static_cast<double>(k)) * (high - low);
    };
    auto push_interval = [&](std::vector<Cell>& cells, double p, std::optional<double> level) {
      std::optional<RankInterval> interval;
      if (level) interval = percentile_ci_ranks(n, p, *level);
      if (interval) {
        cells.emplace_back(value_at(interval->low - 1));
        cells.emplace_back(value_at(interval->high - 1));
      } else {
        cells.emplace_back();
        cells.emplace_back();
      }
    };
    std::vector<Cell> cells = {row.key, Cell{n}};
    cells.emplace_back(percentile(0.25));
    push_interval(cells, 0.25, confidence);
    cells.emplace_back(percentile(0.5));
    push_interval(cells, 0.5, confidence);
    push_interval(cells, 0.5, premium_level);
    cells.emplace_back(percentile(0.75));
    push_interval(cells, 0.75, confidence);
    cells.emplace_back(percentile(0.9));
    push_interval(cells, 0.9, confidence);
    cells.emplace_back(sum.value() / static_cast<double>(n));
    if (confidence) {
      cells.emplace_back(sum_of_squares.value() / static_cast<double>(n));
    } else {
      cells.emplace_back();  // mean_sq only with --ci
    }
    cells.emplace_back(from_postings);
    cells.emplace_back(from_observations);
    statistics.push_back(std::move(cells));
  }
  return statistics;
}

}  // namespace jobsight
