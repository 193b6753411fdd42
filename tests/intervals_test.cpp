// The confidence intervals of SPEC 3.1 (src/util/intervals.hpp). Every expected value comes
// from outside the code under test: a brute-force binomial count in this file, exact rational
// arithmetic or 40-50 digit arithmetic in Python (each command is next to its table), and the
// worked examples published by Newcombe (1998).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <vector>

#include "util/intervals.hpp"

using namespace jobsight;

namespace {

struct Ranks {
  std::int64_t low;
  std::int64_t high;
};

// SPEC 3.1's ranks counted the slow way, for n <= 60: the binomial probabilities from integer
// binomial coefficients in long double, the tails summed term by term from each end, and the
// definition read literally (j the largest rank with P(B <= j − 1) <= α/2, k the smallest with
// P(B >= k) <= α/2). {0, n + 1} and the like when the interval does not exist. Exact rational
// arithmetic (Python's fractions) puts every tail of the table tested here at least 0.2% away
// from α/2, so long double cannot tip a comparison.
Ranks brute_force_ranks(int n, long double p, long double confidence) {
  const long double a = (1 - confidence) / 2;
  std::vector<long double> pmf(static_cast<std::size_t>(n) + 1);
  std::uint64_t choose = 1;  // C(n, i)
  for (int i = 0; i <= n; ++i) {
    if (i > 0)
      choose = choose * static_cast<std::uint64_t>(n - i + 1) / static_cast<std::uint64_t>(i);
    pmf[static_cast<std::size_t>(i)] =
        static_cast<long double>(choose) * std::pow(p, i) * std::pow(1 - p, n - i);
  }
  auto lower = [&](int t) {  // P(B <= t)
    long double sum = 0;
    for (int i = 0; i <= t; ++i) sum += pmf[static_cast<std::size_t>(i)];
    return sum;
  };
  auto upper = [&](int s) {  // P(B >= s)
    long double sum = 0;
    for (int i = n; i >= s; --i) sum += pmf[static_cast<std::size_t>(i)];
    return sum;
  };
  Ranks ranks{0, n + 1};
  for (int j = 0; j <= n; ++j) {
    if (lower(j - 1) <= a) ranks.low = j;
  }
  for (int k = n + 1; k >= 1; --k) {
    if (upper(k) <= a) ranks.high = k;
  }
  return ranks;
}

// The published figures have four decimals.
double round4(double value) {
  return std::round(value * 10'000) / 10'000;
}

void check_ranks(std::int64_t n, double p, double confidence, std::int64_t j, std::int64_t k) {
  INFO("n = " << n << ", p = " << p << ", C = " << confidence);
  const auto ranks = percentile_ci_ranks(n, p, confidence);
  REQUIRE(ranks);
  CHECK(ranks->low == j);
  CHECK(ranks->high == k);
}

// SPEC 3.1's ranks from the binomial's tails in long double, for n up to a few thousand: the
// probabilities from lgammal, each tail a running sum from its end. A table whose tail lies
// within 1e-9 of α/2 would be unsafe to compare, and is counted instead (none is).
std::optional<Ranks> long_double_ranks(int n, long double p, long double confidence,
                                       int& too_close) {
  const long double a = (1 - confidence) / 2;
  std::vector<long double> pmf(static_cast<std::size_t>(n) + 1);
  for (int i = 0; i <= n; ++i) {
    pmf[static_cast<std::size_t>(i)] = std::exp(std::lgamma(static_cast<long double>(n) + 1) -
                                                std::lgamma(static_cast<long double>(i) + 1) -
                                                std::lgamma(static_cast<long double>(n - i) + 1) +
                                                i * std::log(p) + (n - i) * std::log1p(-p));
  }
  Ranks ranks{0, n + 1};
  long double below = 0;  // P(B <= j − 1)
  for (int j = 0; j <= n; ++j) {
    if (std::fabs(below - a) < 1e-9L * a) ++too_close;
    if (below <= a) ranks.low = j;
    below += pmf[static_cast<std::size_t>(j)];
  }
  long double above = 0;  // P(B >= k)
  for (int k = n + 1; k >= 1; --k) {
    if (k <= n) above += pmf[static_cast<std::size_t>(k)];
    if (std::fabs(above - a) < 1e-9L * a) ++too_close;
    if (above <= a) ranks.high = k;
  }
  if (ranks.low < 1 || ranks.high > n) return std::nullopt;
  return ranks;
}

}  // namespace

TEST_CASE("order-statistic ranks agree with a brute-force binomial count for n = 5..30",
          "[stats]") {
  int checked = 0;
  int too_small = 0;
  for (const double confidence : {0.90, 0.95, 0.99}) {
    for (const double p : {0.25, 0.5, 0.75, 0.9}) {
      for (int n = 5; n <= 30; ++n) {
        INFO("n = " << n << ", p = " << p << ", C = " << confidence);
        const Ranks expected = brute_force_ranks(n, p, confidence);
        const auto ranks = percentile_ci_ranks(n, p, confidence);
        if (expected.low < 1 || expected.high > n) {
          CHECK_FALSE(ranks);
          ++too_small;
        } else {
          REQUIRE(ranks);
          CHECK(ranks->low == expected.low);
          CHECK(ranks->high == expected.high);
          CHECK(ranks->low <= ranks->high);
        }
        ++checked;
      }
    }
  }
  CHECK(checked == 3 * 4 * 26);
  CHECK(too_small > 0);  // p = 0.9 needs n >= 36 at 95% (0.9^36 <= 0.025), n >= 51 at 99%
  CHECK(too_small < checked / 2);
}

TEST_CASE("order-statistic ranks agree with long-double tails for n = 61..2,584", "[stats]") {
  // The search starts at the normal approximation and steps out from it: skewed and small
  // groups, where that approximation is furthest off, are among these.
  int too_close = 0;
  int checked = 0;
  for (const double confidence : {0.90, 0.95, std::sqrt(0.95), 0.99}) {
    for (const double p : {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
      for (int n : {61, 89, 144, 233, 377, 610, 987, 1597, 2584}) {
        INFO("n = " << n << ", p = " << p << ", C = " << confidence);
        const auto expected = long_double_ranks(n, p, confidence, too_close);
        const auto ranks = percentile_ci_ranks(n, p, confidence);
        REQUIRE(ranks.has_value() == expected.has_value());
        if (!ranks) continue;
        CHECK(ranks->low == expected->low);
        CHECK(ranks->high == expected->high);
        ++checked;
      }
    }
  }
  CHECK(too_close == 0);
  // 36 tables have no interval: p = 0.01 or 0.99 where n·min(p, 1 − p) is under 3 to 5.
  CHECK(checked == 4 * 7 * 9 - 36);
}

TEST_CASE("SPEC's example, and the first n where the median's interval exists", "[stats]") {
  // python3 -c "
  // from fractions import Fraction as F; from math import comb; from itertools import accumulate
  // def r(n, p, c):
  //   p = F(p); a = (1 - F(c)) / 2
  //   cdf = [0, *accumulate(comb(n, i) * p**i * (1 - p)**(n - i) for i in range(n + 1))]
  //   return (max(j for j in range(n + 1) if cdf[j] <= a),
  //           min(k for k in range(1, n + 2) if 1 - cdf[k] <= a))
  // print([(c, [(n, r(n, '0.5', c)) for n in range(2, 12)]) for c in ('0.90', '0.95', '0.99')])"
  // 0.90: (4, (0, 5)), (5, (1, 5)), (8, (2, 7)), (11, (3, 9)); 0.95: (5, (0, 6)), (6, (1, 6)),
  // (7, (1, 7)), (8, (1, 8)), (9, (2, 8)), (10, (2, 9)), (11, (2, 10)); 0.99: (7, (0, 8)),
  // (8, (1, 8)), (11, (1, 11)).
  check_ranks(10, 0.5, 0.95, 2, 9);  // SPEC 3.1's example: [x2, x9]
  // At 95% the median's interval first exists at n = 6, as [x1, x6], the whole sample: with
  // B ~ Binomial(6, 1/2), P(B <= 0) = P(B >= 6) = 1/64 = 0.0156 <= 0.025, so j = 1 and k = 6 and
  // the coverage is 1 − 2/64 = 96.9%. At n = 5, P(B <= 0) = 1/32 = 0.031 > 0.025: j = 0, so
  // "n too small".
  CHECK_FALSE(percentile_ci_ranks(5, 0.5, 0.95));
  check_ranks(6, 0.5, 0.95, 1, 6);
  check_ranks(7, 0.5, 0.95, 1, 7);
  check_ranks(8, 0.5, 0.95, 1, 8);
  check_ranks(9, 0.5, 0.95, 2, 8);
  check_ranks(11, 0.5, 0.95, 2, 10);
  // At 90% it first exists at n = 5 (1/32 <= 0.05), at 99% at n = 8 (1/256 <= 0.005).
  CHECK_FALSE(percentile_ci_ranks(4, 0.5, 0.90));
  check_ranks(5, 0.5, 0.90, 1, 5);
  check_ranks(8, 0.5, 0.90, 2, 7);
  check_ranks(11, 0.5, 0.90, 3, 9);
  CHECK_FALSE(percentile_ci_ranks(7, 0.5, 0.99));
  check_ranks(8, 0.5, 0.99, 1, 8);
  check_ranks(11, 0.5, 0.99, 1, 11);
  // No data, and the extremes p = 0 and p = 1, have no interval at any n.
  CHECK_FALSE(percentile_ci_ranks(0, 0.5, 0.95));
  CHECK_FALSE(percentile_ci_ranks(1, 0.5, 0.90));
  CHECK_FALSE(percentile_ci_ranks(1000, 0.0, 0.95));
  CHECK_FALSE(percentile_ci_ranks(1000, 1.0, 0.95));
}

TEST_CASE("order-statistic ranks for p near 0 and 1 with n = 1000, exactly", "[stats]") {
  // The function r of the test above (exact fractions), then
  // python3 -c "... print([(p, c, r(1000, p, c)) for p in ('0.01', '0.99')
  //                        for c in ('0.90', '0.95', '0.99')])"
  check_ranks(1000, 0.01, 0.90, 5, 16);
  check_ranks(1000, 0.01, 0.95, 4, 18);
  check_ranks(1000, 0.01, 0.99, 3, 20);
  check_ranks(1000, 0.99, 0.90, 985, 996);
  check_ranks(1000, 0.99, 0.95, 983, 997);
  check_ranks(1000, 0.99, 0.99, 981, 998);
  check_ranks(1000, 0.5, 0.95, 469, 532);
  // p = 0.001 at n = 1000 expects one value above the percentile: no rank j >= 1 qualifies.
  CHECK_FALSE(percentile_ci_ranks(1000, 0.001, 0.95));
}

TEST_CASE("order-statistic ranks for n up to 10^7", "[stats]") {
  // 50-digit arithmetic (mpmath 1.3): P(B <= t) as P(B = t) from loggamma, times the sum of the
  // terms below it by their ratios until they fall under 1e-55 of the sum; then walked from the
  // normal approximation to the exact j and k of SPEC 3.1 (the same sums checked against the
  // exact fractions at n = 1000). At each answer the tails lie at least 0.05% from α/2.
  //   def lower(n, p, t):  # mp.dps = 50
  //     term = exp(loggamma(n+1) - loggamma(t+1) - loggamma(n-t+1) + t*log(p) + (n-t)*log(1-p))
  //     s = 0; i = t
  //     while i >= 0 and term > s * mpf(10)**-55:
  //       s += term; term *= i * (1-p) / ((n-i+1) * p); i -= 1
  //     return s
  //   j: the largest with lower(n, p, j-1) <= a; k: the smallest with lower(n, 1-p, n-k) <= a
  check_ranks(100'000, 0.5, 0.95, 49'690, 50'311);
  check_ranks(100'000, 0.01, 0.95, 939, 1'063);
  check_ranks(100'000, 0.99, 0.95, 98'938, 99'062);
  check_ranks(1'000'000, 0.5, 0.95, 499'020, 500'981);
  check_ranks(1'000'000, 0.01, 0.95, 9'805, 10'196);
  check_ranks(1'000'000, 0.99, 0.95, 989'805, 990'196);
  check_ranks(10'000'000, 0.5, 0.95, 4'996'901, 5'003'100);
  check_ranks(10'000'000, 0.01, 0.95, 99'384, 100'618);
  check_ranks(10'000'000, 0.99, 0.95, 9'899'383, 9'900'617);
}

TEST_CASE("percentile_ci takes the values at the ranks", "[stats]") {
  const std::vector<double> ten = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
  const auto median = percentile_ci(ten, 0.5, 0.95);
  REQUIRE(median);
  CHECK(median->low == 20.0);   // x2
  CHECK(median->high == 90.0);  // x9
  const std::vector<double> six = {1.5, 2.5, 3.5, 4.5, 5.5, 6.5};
  const auto whole = percentile_ci(six, 0.5, 0.95);
  REQUIRE(whole);
  CHECK(whole->low == 1.5);
  CHECK(whole->high == 6.5);
  CHECK_FALSE(percentile_ci(std::vector<double>{1, 2, 3, 4, 5}, 0.5, 0.95));
  CHECK_FALSE(percentile_ci(std::vector<double>{}, 0.5, 0.95));
}

TEST_CASE("the normal quantile is accurate to the last digits", "[stats]") {
  // python3 -c "
  // from mpmath import mp, mpf, sqrt, ncdf, findroot, log
  // mp.dps = 40
  // def q(p):
  //   p = mpf(p)
  //   return findroot(lambda x: log(ncdf(x)) - log(p), -sqrt(-2*log(p)) if p < 0.5 else mpf(0.1))
  // for s in ('1e-300', ..., '0.9999999'): print(s, repr(float(q(float(s)))))
  // for c in (0.90, 0.95, 0.99): print(c, repr(float(-q((1 - c) / 2))))"
  const struct {
    double p;
    double z;
  } table[] = {{1e-300, -37.0470962993612},  {1e-100, -21.273453560965326},
               {1e-20, -9.262340089798407},  {1e-10, -6.361340902404057},
               {0.001, -3.0902323061678136}, {0.02425, -1.972961051311885},
               {0.3, -0.5244005127080408},   {0.7, 0.5244005127080407},
               {0.999, 3.090232306167813},   {0.9999999, 5.199337582290661}};
  for (const auto& row : table) {
    INFO("p = " << row.p);
    CHECK(normal_quantile(row.p) == Approx(row.z).epsilon(1e-14));
  }
  CHECK(normal_quantile(0.5) == 0.0);
  CHECK(std::isinf(normal_quantile(0.0)));
  CHECK(normal_quantile(0.0) < 0);
  CHECK(std::isinf(normal_quantile(1.0)));
  CHECK(normal_quantile(1.0) > 0);
  CHECK_THROWS_AS(normal_quantile(-0.1), std::invalid_argument);
  CHECK_THROWS_AS(normal_quantile(1.5), std::invalid_argument);
  CHECK_THROWS_AS(normal_quantile(std::nan("")), std::invalid_argument);
  // SPEC 3.1's three confidence levels: the mpmath values for α/2 = (1 − C)/2 in doubles, and the
  // usual constants (which differ from them in the last place or two).
  CHECK(z_for_confidence(0.90) == Approx(1.6448536269514729).epsilon(1e-15));
  CHECK(z_for_confidence(0.95) == Approx(1.9599639845400538).epsilon(1e-15));
  CHECK(z_for_confidence(0.99) == Approx(2.5758293035489004).epsilon(1e-15));
  CHECK(z_for_confidence(0.90) == Approx(1.6448536269514722).epsilon(1e-15));
  CHECK(z_for_confidence(0.95) == Approx(1.959963984540054).epsilon(1e-15));
  CHECK(z_for_confidence(0.99) == Approx(2.5758293035489004).epsilon(1e-15));
}

TEST_CASE("Wilson intervals match Newcombe's worked examples", "[stats]") {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", method 3 (score, no continuity correction), 95%; recomputed in Python
  // before use (statistics.NormalDist().inv_cdf(0.975) and the closed form): all agree.
  const struct {
    std::int64_t x;
    std::int64_t n;
    double low;
    double high;
  } table[] = {{81, 263, 0.2553, 0.3662},
               {15, 148, 0.0624, 0.1605},
               {0, 20, 0.0000, 0.1611},
               {1, 29, 0.0061, 0.1718}};
  for (const auto& row : table) {
    INFO(row.x << "/" << row.n);
    const auto interval = wilson_interval(row.x, row.n, 0.95);
    REQUIRE(interval);
    CHECK(round4(interval->low) == Approx(row.low).margin(1e-12));
    CHECK(round4(interval->high) == Approx(row.high).margin(1e-12));
  }
  CHECK(wilson_interval(0, 20, 0.95)->low == 0.0);
  CHECK(wilson_interval(20, 20, 0.95)->high == 1.0);
  CHECK(wilson_interval(20, 20, 0.95)->low == Approx(1 - 0.16112515805281932).epsilon(1e-13));
  CHECK_FALSE(wilson_interval(0, 0, 0.95));
  CHECK_THROWS_AS(wilson_interval(5, 4, 0.95), std::invalid_argument);
  CHECK_THROWS_AS(wilson_interval(-1, 4, 0.95), std::invalid_argument);
  CHECK_THROWS_AS(wilson_interval(1, 4, 1.0), std::invalid_argument);
}

TEST_CASE("Wilson intervals at 90% and 99%, and for a tiny share of a large n", "[stats]") {
  // 40-digit mpmath: z = sqrt(2)*erfinv(C), then the closed form of wilson_interval's contract.
  const struct {
    std::int64_t x;
    std::int64_t n;
    double confidence;
    double low;
    double high;
  } table[] = {
      {81, 263, 0.90, 0.26331361718848138, 0.35656634960848816},
      {81, 263, 0.95, 0.25528851987827423, 0.36620957698280007},
      {81, 263, 0.99, 0.24013690268760769, 0.38528250231822985},
      {1, 10'000'000, 0.90, 2.230922238995168e-8, 4.4824499570910132e-7},
      {1, 10'000'000, 0.95, 1.7652455711617428e-8, 5.6649320196064624e-7},
      {1, 10'000'000, 0.99, 1.1740546520090523e-8, 8.5174854066595003e-7},
  };
  for (const auto& row : table) {
    INFO(row.x << "/" << row.n << " at " << row.confidence);
    const auto interval = wilson_interval(row.x, row.n, row.confidence);
    REQUIRE(interval);
    CHECK(interval->low == Approx(row.low).epsilon(1e-12));
    CHECK(interval->high == Approx(row.high).epsilon(1e-12));
  }
}

TEST_CASE("Newcombe's hybrid score interval matches Table II of Newcombe (1998)", "[stats]") {
  // Newcombe (1998), "Interval estimation for the difference between independent proportions:
  // comparison of eleven methods", Table II, method 10, 95%; recomputed in Python before use
  // (statistics.NormalDist, Wilson's closed form, then d ∓ sqrt(...)): all agree. Example (c),
  // 6/7 − 2/7, is 0.0582 to 0.8062 in the paper's table and in that computation.
  const struct {
    std::int64_t x1, n1, x2, n2;
    double low;
    double high;
  } table[] = {{56, 70, 48, 80, 0.0524, 0.3339}, {9, 10, 3, 10, 0.1705, 0.8090},
               {6, 7, 2, 7, 0.0582, 0.8062},     {5, 56, 0, 29, -0.0381, 0.1926},
               {0, 10, 0, 20, -0.1611, 0.2775},  {0, 10, 0, 10, -0.2775, 0.2775},
               {10, 10, 0, 20, 0.6791, 1.0000},  {10, 10, 0, 10, 0.6075, 1.0000}};
  for (const auto& row : table) {
    INFO(row.x1 << "/" << row.n1 << " - " << row.x2 << "/" << row.n2);
    const auto interval = newcombe_difference(row.x1, row.n1, row.x2, row.n2, 0.95);
    REQUIRE(interval);
    CHECK(round4(interval->low) == Approx(row.low).margin(1e-12));
    CHECK(round4(interval->high) == Approx(row.high).margin(1e-12));
    // Swapping the samples mirrors the interval.
    const auto swapped = newcombe_difference(row.x2, row.n2, row.x1, row.n1, 0.95);
    REQUIRE(swapped);
    CHECK(swapped->low == Approx(-interval->high).margin(1e-15));
    CHECK(swapped->high == Approx(-interval->low).margin(1e-15));
  }
  CHECK(newcombe_difference(10, 10, 0, 10, 0.95)->high == 1.0);
  CHECK_FALSE(newcombe_difference(0, 0, 3, 10, 0.95));
  CHECK_FALSE(newcombe_difference(3, 10, 0, 0, 0.95));
}

TEST_CASE("a premium's interval divides the two medians' intervals", "[stats]") {
  CHECK(premium_confidence(0.95) == Approx(0.97467943448089633).epsilon(1e-15));
  CHECK(premium_confidence(0.90) == Approx(0.94868329805051377).epsilon(1e-15));
  CHECK(premium_confidence(0.99) == Approx(0.99498743710661995).epsilon(1e-15));
  CHECK_THROWS_AS(premium_confidence(0.0), std::invalid_argument);
  // [lo1/hi2 − 1, hi1/lo2 − 1]: [90/100 − 1, 110/80 − 1].
  const auto premium = premium_interval(90, 110, 80, 100);
  REQUIRE(premium);
  CHECK(premium->low == Approx(-0.1).margin(1e-15));
  CHECK(premium->high == Approx(0.375).margin(1e-15));
  CHECK_FALSE(premium_interval(90, 110, 0, 100));
  CHECK_FALSE(premium_interval(90, 110, -5, 100));
  CHECK_FALSE(premium_interval(90, 110, std::nan(""), 100));
}

TEST_CASE("interval functions refuse arguments outside their contracts", "[stats]") {
  CHECK_THROWS_AS(percentile_ci_ranks(-1, 0.5, 0.95), std::invalid_argument);
  CHECK_THROWS_AS(percentile_ci_ranks(10, 1.5, 0.95), std::invalid_argument);
  CHECK_THROWS_AS(percentile_ci_ranks(10, -0.5, 0.95), std::invalid_argument);
  CHECK_THROWS_AS(percentile_ci_ranks(10, 0.5, 0.0), std::invalid_argument);
  CHECK_THROWS_AS(percentile_ci_ranks(10, 0.5, 1.0), std::invalid_argument);
  CHECK_THROWS_AS(percentile_ci_ranks(10, 0.5, 95.0), std::invalid_argument);
  CHECK_THROWS_AS(wilson_interval(0, 0, 0.0), std::invalid_argument);
  CHECK_THROWS_AS(newcombe_difference(3, 2, 1, 2, 0.95), std::invalid_argument);
}
