// Random numbers and the calendar: the generator's only source of randomness and its date
// arithmetic, written out here so that both are the same on every platform and standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>

namespace jobsight_generate {

// Portable draws over the raw output of std::mt19937_64, which the standard fixes. The
// std::*_distribution classes are implementation-defined, so none is used; every draw below
// consumes a fixed number of engine outputs and uses plain IEEE arithmetic only.
class Rng {
 public:
  // An engine seeded with `seed`.
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  // The next raw 64-bit engine output.
  std::uint64_t bits() { return engine_(); }

  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  // Uniform integer in [0, n), n > 0. The modulo bias is below 2^-40 for the small n used here.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }

  // True with probability p (one uniform() draw).
  bool chance(double p) { return uniform() < p; }

  // Approximately standard normal: Irwin-Hall sum of 6 uniforms, rescaled to variance 1
  // (range +-4.24). Plain arithmetic only, so identical everywhere.
  double normal() {
    double sum = 0.0;
    for (int k = 0; k < 6; ++k) sum += uniform();
    return (sum - 3.0) * 1.4142135623730951;
  }

  // Index drawn with probability proportional to weights[i] (weights >= 0, sum > 0).
  std::size_t pick(const double* weights, std::size_t n) {
    double total = 0.0;
    for (std::size_t k = 0; k < n; ++k) total += weights[k];
    double target = uniform() * total;
    for (std::size_t k = 0; k < n; ++k) {
      if (target < weights[k]) return k;
      target -= weights[k];
    }
    // Rounding left us past the end: the last item with a positive weight.
    for (std::size_t k = n; k-- > 0;) {
      if (weights[k] > 0.0) return k;
    }
    return 0;
  }

 private:
  std::mt19937_64 engine_;
};

// SplitMix64 finaliser: a fixed, well-mixed 64-bit function of x (derives seeds from a seed).
std::uint64_t splitmix64(std::uint64_t x);

// v limited to [lo, hi] (lo <= hi; any bounds, not only 0 and 1).
double clamp01(double v, double lo, double hi);

// ---------------------------------------------------------------------------------------------
// Calendar (days since 1970-01-01, proleptic Gregorian; H. Hinnant's algorithms).

// A calendar date: year, month 1..12, day 1..31.
struct Civil {
  int year;
  int month;
  int day;
};

// Days from 1970-01-01 to the valid date y-m-d (negative before 1970).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d);

// The date `z` days after 1970-01-01; the inverse of days_from_civil.
Civil civil_from_days(std::int64_t z);

}  // namespace jobsight_generate
