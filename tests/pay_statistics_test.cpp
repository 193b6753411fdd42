// PayFigures: the pay statistics the command line computes in place of _pay_stats.sql, on small
// groups worked out by hand.
#include <catch2/catch.hpp>

#include "util/pay_statistics.hpp"

using jobsight::Cell;
using jobsight::PayFigures;

namespace {
Cell T(const char* text) {
  return Cell{std::string(text)};
}
}  // namespace

TEST_CASE("pay figures give interpolated percentiles, the mean and the counts per source",
          "[pay_statistics]") {
  PayFigures figures;
  // "a": 40, 10, 30, 20 (thousands; even n = 4), two from postings; "b": 7 alone; a NULL pay.
  for (double pay : {40000.0, 10000.0}) figures.add({T("a"), T("postings"), Cell{pay}});
  for (double pay : {30000.0, 20000.0}) figures.add({T("a"), T("observations"), Cell{pay}});
  figures.add({T("b"), T("postings"), Cell{std::int64_t{7000}}});
  figures.add({T("b"), T("postings"), Cell{}});
  auto rows = figures.statistics(1, std::nullopt);
  REQUIRE(rows.size() == 2);
  const auto& a = rows[0];
  REQUIRE(a.size() == 20);
  CHECK(a[0] == T("a"));
  CHECK(a[1] == Cell{std::int64_t{4}});
  // h = p·3: p25 h = 0.75 -> 10 + 0.75·10 = 17.5; median h = 1.5 -> 25; p75 h = 2.25 -> 32.5;
  // p90 h = 2.7 -> 37.
  CHECK(std::get<double>(a[2]) == 17500.0);
  CHECK(std::get<double>(a[5]) == 25000.0);
  CHECK(std::get<double>(a[10]) == 32500.0);
  CHECK(std::get<double>(a[13]) == Approx(37000.0));
  CHECK(std::get<double>(a[16]) == 25000.0);  // mean
  CHECK(a[17] == Cell{});                     // mean_sq only with --ci
  CHECK(a[3] == Cell{});                      // no interval without --ci
  CHECK(a[18] == Cell{std::int64_t{2}});
  CHECK(a[19] == Cell{std::int64_t{2}});
  CHECK(rows[1][1] == Cell{std::int64_t{1}});  // the NULL pay is not a figure
  CHECK(std::get<double>(rows[1][5]) == 7000.0);

  // --min-n leaves out the small group; --ci: n = 4 has no median interval at 95% (n >= 6).
  auto with_ci = figures.statistics(2, 0.95);
  REQUIRE(with_ci.size() == 1);
  CHECK(with_ci[0][6] == Cell{});
  CHECK(std::get<double>(with_ci[0][17]) == Approx((16e8 + 1e8 + 9e8 + 4e8) / 4));
}

TEST_CASE("pay figures give the order-statistic interval at the exact ranks", "[pay_statistics]") {
  PayFigures figures;
  for (int i = 1; i <= 10; ++i) figures.add({T("g"), T("postings"), Cell{1000.0 * i}});
  auto rows = figures.statistics(1, 0.95);
  // n = 10, median at 95%: [x2, x9]; at √0.95 (median_pc) also [x2, x9] (P(B <= 1) = 11/1024 <=
  // 0.0127); p90 has no interval (k would be 11).
  CHECK(std::get<double>(rows[0][6]) == 2000.0);
  CHECK(std::get<double>(rows[0][7]) == 9000.0);
  CHECK(std::get<double>(rows[0][8]) == 2000.0);
  CHECK(std::get<double>(rows[0][9]) == 9000.0);
  CHECK(rows[0][14] == Cell{});
}
