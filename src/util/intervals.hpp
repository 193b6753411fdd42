#pragma once
// The confidence intervals of SPEC 3.1 as pure statistics: no database, no I/O (util layer).
// pay_statistics and report_intervals put them in the reports' --ci columns. Every `confidence` is
// C of SPEC 3.1 (0.90, 0.95 or 0.99 on the command line; any 0 < C < 1 here), and α = 1 − C.

#include <cstdint>
#include <optional>
#include <span>

namespace jobsight {

// A closed interval [low, high]: values, proportions or differences of proportions.
struct Interval {
  double low = 0;
  double high = 0;
};

// 1-based ranks of two order statistics, x_low and x_high of x_1 <= ... <= x_n.
struct RankInterval {
  std::int64_t low = 0;
  std::int64_t high = 0;
};

// The standard normal quantile: the z with P(Z <= z) = p. Acklam's rational approximation
// refined by one Halley step on erfc, so accurate to a few units in the last place for
// 1e-300 <= p < 1. Returns -inf at 0 and +inf at 1; throws std::invalid_argument outside [0, 1].
double normal_quantile(double p);

// The two-sided z of `confidence`: -normal_quantile(α/2), so P(-z <= Z <= z) = C. 1.6448536...
// at 0.90, 1.9599640... at 0.95, 2.5758293... at 0.99. Throws std::invalid_argument unless
// 0 < confidence < 1.
double z_for_confidence(double confidence);

// SPEC 3.1's distribution-free interval for the p-th quantile of n values: the ranks [j, k] of
// order statistics with B ~ Binomial(n, p), j the largest rank with P(B <= j − 1) <= α/2 and k
// the smallest with P(B >= k) <= α/2; its coverage is at least C. nullopt when j < 1 or k > n
// ("n too small": the median at 95% needs n >= 6, where it is [x_1, x_6]; n = 10 gives
// [x_2, x_9]), and always for p = 0, p = 1 and n = 0. The binomial tails are exact sums taken in
// log space (Loader's saddle-point terms, as R's dbinom), so n may be 10^7 or more and p close
// to 0 or 1. Throws std::invalid_argument for n < 0, p outside [0, 1] or a confidence outside
// (0, 1).
std::optional<RankInterval> percentile_ci_ranks(std::int64_t n, double p, double confidence);

// percentile_ci_ranks applied to `sorted` (ascending, as the caller guarantees): the values
// [x_j, x_k], or nullopt when the interval does not exist for this n. Throws as
// percentile_ci_ranks does.
std::optional<Interval> percentile_ci(std::span<const double> sorted, double p, double confidence);

// The Wilson score interval for the share x/n, as proportions in [0, 1]: with z of
// z_for_confidence, (x + z²/2 ± z·√(x(n − x)/n + z²/4)) / (n + z²); exactly 0 below when x = 0
// and exactly 1 above when x = n. nullopt when n = 0. Throws std::invalid_argument when n < 0,
// x < 0 or x > n, or for a confidence outside (0, 1).
std::optional<Interval> wilson_interval(std::int64_t x, std::int64_t n, double confidence);

// Newcombe's hybrid score interval (method 10 of Newcombe 1998, "Interval estimation for the
// difference between independent proportions") for p1 − p2 = x1/n1 − x2/n2 of two independent
// samples: with [l1, u1], [l2, u2] their Wilson intervals, from d − √((p1 − l1)² + (u2 − p2)²)
// to d + √((u1 − p1)² + (p2 − l2)²), within [−1, 1]. nullopt when n1 or n2 is 0. Throws as
// wilson_interval does.
std::optional<Interval> newcombe_difference(std::int64_t x1, std::int64_t n1, std::int64_t x2,
                                            std::int64_t n2, double confidence);

// The confidence at which each of two medians' intervals is taken for a premium of one over the
// other at `confidence`: √C, so that both hold at once with probability at least C when the
// groups are disjoint. Throws std::invalid_argument unless 0 < confidence < 1.
double premium_confidence(double confidence);

// SPEC 3.1's interval for the premium m1/m2 − 1 of a median m1 in [low1, high1] over a median
// m2 in [low2, high2] (each from percentile_ci at premium_confidence(C)): [low1/high2 − 1,
// high1/low2 − 1]. nullopt when low2 or high2 is not positive (or is NaN).
std::optional<Interval> premium_interval(double low1, double high1, double low2, double high2);

}  // namespace jobsight
