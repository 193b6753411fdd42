#include "reports/report_intervals.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "reports/table_cells.hpp"

namespace jobsight {
namespace {

// Which column of which report is a share x/n of which counts (in percent).
struct ShareColumn {
  const char* report;
  const char* column;
  std::vector<const char*> counted;  // x: the sum of these columns
  const char* total;                 // n
};

const std::vector<ShareColumn>& share_columns() {
  static const std::vector<ShareColumn> shares = {
      {"ai-share", "ai_share_pct", {"ai_postings"}, "postings"},
      {"seniority-mix", "junior_share_pct", {"intern", "entry"}, "postings"},
      {"seniority-mix", "senior_share_pct", {"senior", "lead", "executive"}, "postings"},
      {"top-skills", "share_pct", {"postings"}, "period_postings"},
  };
  return shares;
}

// A ratio a/b of two counts, shown as the ratio itself or as growth 100·(a/b − 1).
struct RatioColumn {
  const char* report;
  const char* column;
  std::vector<const char*> numerator;
  std::vector<const char*> denominator;
  bool as_growth_pct;
};

const std::vector<RatioColumn>& ratio_columns() {
  static const std::vector<RatioColumn> ratios = {
      {"seniority-mix",
       "senior_per_junior",
       {"senior", "lead", "executive"},
       {"intern", "entry"},
       false},
      {"ai-growth", "ai_growth_pct", {"ai_postings"}, {"ai_postings_prev"}, true},
      {"ai-growth", "other_growth_pct", {"other_postings"}, {"other_postings_prev"}, true},
  };
  return ratios;
}

// A change in a share between two periods, in points: x1/n1 − x2/n2.
struct ChangeColumn {
  const char* report;
  const char* column;
  const char *x1, *n1, *x2, *n2;
};

const std::vector<ChangeColumn>& change_columns() {
  static const std::vector<ChangeColumn> changes = {
      {"top-skills", "change_pts", "postings", "period_postings", "previous_postings",
       "previous_period_postings"},
  };
  return changes;
}

// The sum of the integer cells of `names` in `row`; nullopt when a column is missing or NULL.
std::optional<std::int64_t> count_sum(const Table& table, const std::vector<Cell>& row,
                                      const std::vector<const char*>& names) {
  std::int64_t sum = 0;
  for (const char* name : names) {
    std::optional<std::size_t> c = column_index(table, name);
    if (!c) return std::nullopt;
    const auto* value = std::get_if<std::int64_t>(&row[*c]);
    if (value == nullptr) return std::nullopt;
    sum += *value;
  }
  return sum;
}

Cell cell_of(std::optional<double> value) {
  if (!value || !std::isfinite(*value)) return std::monostate{};
  return *value;
}

// Appends columns `<column>_ci_low/_ci_high` filled by `interval_of(row)`.
template <typename IntervalOf>
void append_interval(Table& table, const std::string& column, IntervalOf interval_of) {
  table.columns.push_back(column + "_ci_low");
  table.columns.push_back(column + "_ci_high");
  for (auto& row : table.rows) {
    std::optional<Interval> interval = interval_of(row);
    row.push_back(interval ? cell_of(interval->low) : Cell{});
    row.push_back(interval ? cell_of(interval->high) : Cell{});
  }
}

std::optional<Interval> share_interval(std::optional<std::int64_t> x, std::optional<std::int64_t> n,
                                       double confidence) {
  if (!x || !n || *n <= 0 || *x < 0 || *x > *n) return std::nullopt;
  std::optional<Interval> p = wilson_interval(*x, *n, confidence);
  if (!p) return std::nullopt;
  return Interval{100 * p->low, 100 * p->high};
}

// a/b with b > 0: the Wilson interval of q = a/(a + b) mapped through q/(1 − q).
std::optional<Interval> ratio_interval(std::optional<std::int64_t> a, std::optional<std::int64_t> b,
                                       double confidence) {
  if (!a || !b || *b <= 0 || *a < 0) return std::nullopt;
  std::optional<Interval> q = wilson_interval(*a, *a + *b, confidence);
  if (!q || q->high >= 1) return std::nullopt;
  return Interval{q->low / (1 - q->low), q->high / (1 - q->high)};
}

void add_count_intervals(const std::string& report, Table& table, double confidence) {
  for (const ShareColumn& share : share_columns()) {
    if (report != share.report || !column_index(table, share.column)) continue;
    append_interval(table, share.column, [&](const std::vector<Cell>& row) {
      return share_interval(count_sum(table, row, share.counted),
                            count_sum(table, row, {share.total}), confidence);
    });
  }
  for (const RatioColumn& ratio : ratio_columns()) {
    if (report != ratio.report || !column_index(table, ratio.column)) continue;
    append_interval(table, ratio.column, [&](const std::vector<Cell>& row) {
      std::optional<Interval> r =
          ratio_interval(count_sum(table, row, ratio.numerator),
                         count_sum(table, row, ratio.denominator), confidence);
      if (r && ratio.as_growth_pct) *r = Interval{100 * (r->low - 1), 100 * (r->high - 1)};
      return r;
    });
  }
  for (const ChangeColumn& change : change_columns()) {
    std::optional<std::size_t> c = column_index(table, change.column);
    if (report != change.report || !c) continue;
    append_interval(
        table, change.column, [&](const std::vector<Cell>& row) -> std::optional<Interval> {
          if (std::holds_alternative<std::monostate>(row[*c])) return std::nullopt;
          auto x1 = count_sum(table, row, {change.x1}), n1 = count_sum(table, row, {change.n1});
          auto x2 = count_sum(table, row, {change.x2}), n2 = count_sum(table, row, {change.n2});
          if (!x1 || !n1 || !x2 || !n2) return std::nullopt;
          std::optional<Interval> d = newcombe_difference(*x1, *n1, *x2, *n2, confidence);
          if (!d) return std::nullopt;
          return Interval{100 * d->low, 100 * d->high};
        });
  }
}

// Means: `mean` with n and `_mean_sq`, `X_mean` with `X_n` and `_X_mean_sq`.
void add_mean_intervals(Table& table, double confidence) {
  double z = z_for_confidence(confidence);
  std::vector<std::string> means;
  for (const std::string& column : table.columns) {
    if (column == "mean" || (column.ends_with("_mean") && !column.starts_with("_"))) {
      means.push_back(column);
    }
  }
  for (const std::string& mean : means) {
    std::string prefix = mean.substr(0, mean.size() - 4);  // "" or "ai_"
    std::optional<std::size_t> m = column_index(table, mean);
    std::optional<std::size_t> sq = column_index(table, "_" + mean + "_sq");
    std::optional<std::size_t> n = column_index(table, prefix + "n");
    if (!m || !sq || !n) continue;
    append_interval(table, mean, [&](const std::vector<Cell>& row) -> std::optional<Interval> {
      std::optional<double> mean_value = number_of(row[*m]), mean_sq = number_of(row[*sq]);
      const auto* count = std::get_if<std::int64_t>(&row[*n]);
      if (!mean_value || !mean_sq || count == nullptr || *count < 2) return std::nullopt;
      double k = static_cast<double>(*count);
      double variance = std::max(0.0, (*mean_sq - *mean_value * *mean_value) * k / (k - 1));
      double half = z * std::sqrt(variance / k);
      return Interval{*mean_value - half, *mean_value + half};
    });
  }
}

// The column an interval column bounds ("median" for "median_ci_low"), or "".
std::string bounded_column(const std::string& name) {
  for (std::string_view suffix : {"_ci_low", "_ci_high"}) {
    if (name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
  }
  return {};
}

// Puts every interval column right after the column it bounds, drops helper columns (`_x`), and
// adds `note`.
void arrange(Table& table) {
  std::vector<std::size_t> order;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const std::string& name = table.columns[c];
    if (name.starts_with("_") || !bounded_column(name).empty()) continue;
    order.push_back(c);
    for (const char* suffix : {"_ci_low", "_ci_high"}) {
      if (auto bound = column_index(table, name + suffix)) order.push_back(*bound);
    }
  }
  Table arranged;
  for (std::size_t c : order) arranged.columns.push_back(table.columns[c]);
  arranged.columns.emplace_back("note");
  for (const auto& row : table.rows) {
    std::vector<Cell> out;
    out.reserve(order.size() + 1);
    bool missing = false;
    for (std::size_t c : order) {
      out.push_back(row[c]);
      std::string bounded = bounded_column(table.columns[c]);
      if (!bounded.empty() && std::holds_alternative<std::monostate>(row[c])) {
        auto statistic = column_index(table, bounded);
        if (statistic && !std::holds_alternative<std::monostate>(row[*statistic])) missing = true;
      }
    }
    out.push_back(missing ? Cell{std::string("n too small")} : Cell{});
    arranged.rows.push_back(std::move(out));
  }
  table = std::move(arranged);
}

}  // namespace

void complete_intervals(const std::string& report, Table& table, double confidence) {
  add_count_intervals(report, table, confidence);
  add_mean_intervals(table, confidence);
  arrange(table);
}

std::optional<Interval> change_interval(const std::string& report, const std::string& column,
                                        const Table& table, std::size_t first, std::size_t last,
                                        double confidence) {
  if (first >= table.rows.size() || last >= table.rows.size()) return std::nullopt;
  for (const ShareColumn& share : share_columns()) {
    if (report != share.report || column != share.column) continue;
    auto x1 = count_sum(table, table.rows[last], share.counted);
    auto n1 = count_sum(table, table.rows[last], {share.total});
    auto x2 = count_sum(table, table.rows[first], share.counted);
    auto n2 = count_sum(table, table.rows[first], {share.total});
    if (!x1 || !n1 || !x2 || !n2 || *n1 <= 0 || *n2 <= 0) return std::nullopt;
    std::optional<Interval> d = newcombe_difference(*x1, *n1, *x2, *n2, confidence);
    if (!d) return std::nullopt;
    return Interval{100 * d->low, 100 * d->high};
  }
  return std::nullopt;
}

}  // namespace jobsight
