#include "util/intervals.hpp"

#include <math.h>  // lgamma_r (POSIX; glibc and the BSDs)
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace jobsight {

namespace {

void check_confidence(double confidence) {
  if (!(confidence > 0 && confidence < 1)) {
    throw std::invalid_argument("confidence must lie strictly between 0 and 1, not " +
                                std::to_string(confidence));
  }
}

// α/2 of SPEC 3.1.
double half_alpha(double confidence) {
  check_confidence(confidence);
  return (1 - confidence) / 2;
}

// Acklam's rational approximation of the normal quantile for 0 < p <= 0.5 (relative error below
// 1.15e-9), before refinement.
double acklam_lower_half(double p) {
  static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                 -2.759285104469687e+02, 1.383577518672690e+02,
                                 -3.066479806614716e+01, 2.506628277459239e+00};
  static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                 -1.556989798598866e+02, 6.680131188771972e+01,
                                 -1.328068155288572e+01};
  static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                 -2.400758277161838e+00, -2.549732539343734e+00,
                                 4.374664141464968e+00,  2.938163982698783e+00};
  static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                 2.445134137142996e+00, 3.754408661907416e+00};
  constexpr double kLowRegion = 0.02425;
  if (p < kLowRegion) {
    const double q = std::sqrt(-2 * std::log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const double q = p - 0.5;
  const double r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

// ---- Binomial tails --------------------------------------------------------------------------

// B ~ Binomial(n, p), with q = 1 − p given separately so that the mirror n − B ~ Binomial(n, q)
// uses exactly the same two numbers.
struct Binomial {
  std::int64_t n;
  double p;
  double q;
  Binomial mirrored() const { return {n, q, p}; }
};

// Stirling's error ln(k!) − ((k + ½)·ln k − k + ½·ln 2π), for k >= 1 (Loader 2000).
double stirling_error(double k) {
  if (k <= 15) {
    // lgamma_r, not std::lgamma: lgamma sets the global signgam, a data race when the kept pay
    // statistics compute intervals on two threads.
    int sign = 0;
    return ::lgamma_r(k + 1, &sign) - (k + 0.5) * std::log(k) + k -
           0.5 * std::log(2 * std::numbers::pi);
  }
  constexpr double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
  const double kk = k * k;
  if (k > 500) return (s0 - s1 / kk) / k;
  if (k > 80) return (s0 - (s1 - s2 / kk) / kk) / k;
  if (k > 35) return (s0 - (s1 - (s2 - s3 / kk) / kk) / kk) / k;
  return (s0 - (s1 - (s2 - (s3 - s4 / kk) / kk) / kk) / kk) / k;
}

// The deviance term x·ln(x/m) + m − x, without cancellation when x is near m (Loader 2000).
double deviance_term(double x, double m) {
  if (std::abs(x - m) < 0.1 * (x + m)) {
    const double v = (x - m) / (x + m);
    double sum = (x - m) * v;
    double power = 2 * x * v;
    const double v2 = v * v;
    for (int j = 1; j < 1000; ++j) {
      power *= v2;
      const double next = sum + power / (2 * j + 1);
      if (next == sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * std::log(x / m) + m - x;
}

// ln P(B = x) for 0 <= x <= n, in Loader's saddle-point form, accurate to a few units in the
// last place however large n is (ln C(n, x) from lgamma alone loses about eight digits at
// n = 10^7).
double log_pmf(const Binomial& b, std::int64_t x) {
  const auto n = static_cast<double>(b.n);
  const auto k = static_cast<double>(x);
  if (x == 0) return n * std::log1p(-b.p);
  if (x == b.n) return n * std::log(b.p);
  const double lc = stirling_error(n) - stirling_error(k) - stirling_error(n - k) -
                    deviance_term(k, n * b.p) - deviance_term(n - k, n * b.q);
  const double lf = std::log(2 * std::numbers::pi) + std::log(k) + std::log1p(-k / n);
  return lc - 0.5 * lf;
}

// The most likely value, floor((n + 1)p): P(B = i) does not decrease up to it, nor increase
// after it.
std::int64_t mode(const Binomial& b) {
  const double m = std::floor((static_cast<double>(b.n) + 1) * b.p);
  return std::clamp(static_cast<std::int64_t>(m), std::int64_t{0}, b.n);
}

// ln P(B <= t) for 0 <= t <= mode(b): P(B = t) in log space times the sum of the ratios
// P(B = i)/P(B = t), i = t, t − 1, ..., each at most 1 and shrinking, stopped when what remains
// (at most a geometric series) no longer changes the sum.
double log_lower_sum(const Binomial& b, std::int64_t t) {
  const double n = static_cast<double>(b.n);
  double sum = 1;
  double term = 1;
  for (std::int64_t i = t; i > 0; --i) {
    const double ratio = (static_cast<double>(i) * b.q) / ((n - static_cast<double>(i) + 1) * b.p);
    term *= ratio;
    sum += term;
    if (term == 0) break;
    if (ratio < 1 && term * ratio <= sum * (1 - ratio) * 1e-17) break;
  }
  return log_pmf(b, t) + std::log(sum);
}

// ln P(B <= t) for any t.
double log_lower_tail(const Binomial& b, std::int64_t t) {
  if (t < 0) return -std::numeric_limits<double>::infinity();
  if (t >= b.n) return 0;
  if (t <= mode(b)) return log_lower_sum(b, t);
  // P(B <= t) = 1 − P(B >= t + 1) = 1 − P(n − B <= n − t − 1), a sum below the mirror's mode.
  const double log_upper = log_lower_sum(b.mirrored(), b.n - t - 1);
  return std::log1p(-std::exp(log_upper));
}

// The largest rank j in [0, n] with P(B <= j − 1) <= a, for 0 < a < 1/2 (ranks below it qualify
// and ranks above it do not, as the tail only grows). Each tail costs up to a few thousand terms
// at n = 10^6, so the search starts at the normal approximation's rank, usually a few ranks from
// the answer, and steps out from it, doubling, until one rank qualifies and the next tried does
// not; then it halves that bracket. About 8 tails instead of a bisection's log2(n) = 20 (the
// kept pay statistics compute five intervals a row). The answer is a bisection's: the tail is
// monotone, so the ranks that qualify are exactly those below one boundary, and any bracket
// holds it.
std::int64_t largest_rank_below(const Binomial& b, double a) {
  const double log_a = std::log(a);
  auto qualifies = [&](std::int64_t t) { return log_lower_tail(b, t) <= log_a; };
  std::int64_t good = -1;  // t = j − 1 with P(B <= t) <= a
  std::int64_t bad = b.n;  // P(B <= n) = 1 > a
  const auto n = static_cast<double>(b.n);
  const double guess = n * b.p + normal_quantile(a) * std::sqrt(n * b.p * b.q);
  if (b.n >= 1 && std::isfinite(guess)) {
    const std::int64_t start =
        std::clamp(static_cast<std::int64_t>(std::llround(guess)), std::int64_t{0}, b.n - 1);
    // Up from a rank that qualifies, down from one that does not, until the answer flips.
    const bool up = qualifies(start);
    (up ? good : bad) = start;
    for (std::int64_t step = 1;; step *= 2) {
      const std::int64_t t = up ? good + step : bad - step;
      if (t <= good || t >= bad) break;
      const bool yes = qualifies(t);
      (yes ? good : bad) = t;
      if (yes != up) break;
    }
  }
  while (bad - good > 1) {
    const std::int64_t t = good + (bad - good) / 2;
    (qualifies(t) ? good : bad) = t;
  }
  return good + 1;
}

}  // namespace

double normal_quantile(double p) {
  if (!(p >= 0 && p <= 1)) {
    throw std::invalid_argument("a probability must lie in [0, 1], not " + std::to_string(p));
  }
  if (p == 0) return -std::numeric_limits<double>::infinity();
  if (p == 1) return std::numeric_limits<double>::infinity();
  if (p > 0.5) return -normal_quantile(1 - p);  // 1 − p is exact here
  double x = acklam_lower_half(p);
  // One Halley step on Φ(x) − p, with Φ(x) = erfc(−x/√2)/2 (no cancellation for x <= 0).
  const double e = 0.5 * std::erfc(-x / std::numbers::sqrt2) - p;
  const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
  x -= u / (1 + x * u / 2);
  return x;
}

double z_for_confidence(double confidence) {
  return -normal_quantile(half_alpha(confidence));
}

std::optional<RankInterval> percentile_ci_ranks(std::int64_t n, double p, double confidence) {
  if (n < 0) throw std::invalid_argument("a count cannot be negative");
  if (!(p >= 0 && p <= 1)) {
    throw std::invalid_argument("a percentile must lie in [0, 1], not " + std::to_string(p));
  }
  const double a = half_alpha(confidence);
  // p = 0 or 1 makes B constant: no rank j >= 1 (p = 0) or k <= n (p = 1) qualifies.
  if (n == 0 || p == 0 || p == 1) return std::nullopt;
  const Binomial b{n, p, 1 - p};
  const std::int64_t j = largest_rank_below(b, a);
  // P(B >= k) = P(n − B <= n − k): k = n + 1 − (the mirror's j).
  const std::int64_t k = n + 1 - largest_rank_below(b.mirrored(), a);
  if (j < 1 || k > n) return std::nullopt;
  return RankInterval{j, k};
}

std::optional<Interval> percentile_ci(std::span<const double> sorted, double p, double confidence) {
  const auto ranks = percentile_ci_ranks(static_cast<std::int64_t>(sorted.size()), p, confidence);
  if (!ranks) return std::nullopt;
  return Interval{sorted[static_cast<std::size_t>(ranks->low - 1)],
                  sorted[static_cast<std::size_t>(ranks->high - 1)]};
}

std::optional<Interval> wilson_interval(std::int64_t x, std::int64_t n, double confidence) {
  if (n < 0 || x < 0 || x > n) {
    throw std::invalid_argument("a share needs 0 <= x <= n, not " + std::to_string(x) + "/" +
                                std::to_string(n));
  }
  const double z = z_for_confidence(confidence);
  if (n == 0) return std::nullopt;
  const auto xs = static_cast<double>(x);
  const auto ns = static_cast<double>(n);
  const double z2 = z * z;
  const double center = (xs + z2 / 2) / (ns + z2);
  const double half = z * std::sqrt(xs * (ns - xs) / ns + z2 / 4) / (ns + z2);
  const double high = x == n ? 1.0 : std::min(1.0, center + half);
  // The limits are the roots of (n + z²)π² − (2x + z²)π + x²/n = 0; the lower one as the
  // product x²/(n(n + z²)) over the upper, which does not cancel when x is small against n.
  const double low = x == 0 ? 0.0 : std::max(0.0, xs * xs / (ns * (ns + z2) * (center + half)));
  return Interval{low, high};
}

std::optional<Interval> newcombe_difference(std::int64_t x1, std::int64_t n1, std::int64_t x2,
                                            std::int64_t n2, double confidence) {
  const auto first = wilson_interval(x1, n1, confidence);
  const auto second = wilson_interval(x2, n2, confidence);
  if (!first || !second) return std::nullopt;
  const double p1 = static_cast<double>(x1) / static_cast<double>(n1);
  const double p2 = static_cast<double>(x2) / static_cast<double>(n2);
  const double d = p1 - p2;
  const double low = d - std::hypot(p1 - first->low, second->high - p2);
  const double high = d + std::hypot(first->high - p1, p2 - second->low);
  return Interval{std::max(-1.0, low), std::min(1.0, high)};
}

double premium_confidence(double confidence) {
  check_confidence(confidence);
  return std::sqrt(confidence);
}

std::optional<Interval> premium_interval(double low1, double high1, double low2, double high2) {
  if (!(low2 > 0) || !(high2 > 0)) return std::nullopt;
  return Interval{low1 / high2 - 1, high1 / low2 - 1};
}

}  // namespace jobsight
