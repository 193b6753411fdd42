// --ci on the reports (SPEC 3.1) on a small hand-made file whose intervals are worked out below,
// independently of the program: order-statistic ranks from exact binomial sums (Python's
// fractions), Wilson and Newcombe from their closed forms with z = 1.959964 (95%).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>

#include "jobsight/database.hpp"
#include "jobsight/import.hpp"
#include "jobsight/reports.hpp"
#include "reports/report_intervals.hpp"
#include "storage/query.hpp"
#include "support/report_fixture.hpp"

using jobsight::Cell;
using jobsight::ReportFilters;
using jobsight::Table;
using jobsight::test::check_rows;
using jobsight::test::I;
using jobsight::test::Null;
using jobsight::test::R;
using jobsight::test::T;

namespace {

// 2024: ten mid-level Data Analysts (not AI) paid 50,000, 60,000, ..., 140,000.
// 2025: eleven senior Machine Learning Engineers (AI by title) paid 100,000, ..., 200,000, and
// five entry-level Data Analysts paid 40,000, ..., 80,000.
std::string interval_postings() {
  std::string csv = "job_id,posted_date,title,seniority,country,salary,salary_currency,skills\n";
  int id = 1;
  for (int i = 0; i < 10; ++i) {
    csv += std::to_string(id++) + ",2024-03-0" + std::to_string(1 + i % 9) +
           ",Data Analyst,Mid,US," + std::to_string(50000 + 10000 * i) + ",USD,SQL\n";
  }
  for (int i = 0; i < 11; ++i) {
    csv += std::to_string(id++) + ",2025-05-0" + std::to_string(1 + i % 9) +
           ",Machine Learning Engineer,Senior,US," + std::to_string(100000 + 10000 * i) +
           ",USD,Python;PyTorch\n";
  }
  for (int i = 0; i < 5; ++i) {
    csv += std::to_string(id++) + ",2025-06-0" + std::to_string(1 + i) +
           ",Data Analyst,Entry level,US," + std::to_string(40000 + 10000 * i) + ",USD,SQL\n";
  }
  return csv;
}

struct IntervalFixture {
  jobsight::test::TempDir dir;
  jobsight::Database db = jobsight::Database::open_in_memory();
  IntervalFixture() {
    jobsight::import_postings(db, dir.write("postings.csv", interval_postings()),
                              jobsight::ImportOptions{});
  }
  Table run(const std::string& name, ReportFilters filters) {
    return jobsight::run_report(db, name, filters);
  }
};

// --ci at `confidence`, with --min-n 1 for the pay reports that take it.
ReportFilters ci(double confidence = 0.95, bool pay_report = true) {
  ReportFilters filters;
  filters.ci = true;
  if (pay_report) filters.min_n = 1;
  if (confidence != 0.95) filters.confidence = confidence;
  return filters;
}

}  // namespace

TEST_CASE("pay-by-level --ci: percentile intervals are order statistics, absent when n is small",
          "[reports][ci]") {
  IntervalFixture f;
  Table table = f.run("pay-by-level", ci());
  CHECK(table.columns == std::vector<std::string>{"level",
                                                  "n",
                                                  "p25",
                                                  "p25_ci_low",
                                                  "p25_ci_high",
                                                  "median",
                                                  "median_ci_low",
                                                  "median_ci_high",
                                                  "p75",
                                                  "p75_ci_low",
                                                  "p75_ci_high",
                                                  "p90",
                                                  "p90_ci_low",
                                                  "p90_ci_high",
                                                  "mean",
                                                  "mean_ci_low",
                                                  "mean_ci_high",
                                                  "postings_n",
                                                  "observations_n",
                                                  "note"});
  // Ranks [j, k] at 95% with B ~ Binomial(n, p) (j < 1 or k > n: no interval):
  //   n = 5 (entry):  p25 [0, 4]  median [0, 6]  p75 [2, 6]  p90 [3, 6]  -> none
  //   n = 10 (mid):   p25 [0, 6]  median [2, 9]  p75 [5, 11] p90 [7, 11] -> median only
  //   n = 11 (senior, odd): p25 [0, 7] median [2, 10] p75 [5, 12] p90 [8, 12] -> median only
  // Means: x̄ ± 1.959964·s/√n; for senior s/√n = √(Σ(x − 150k)²/10/11) = 10,000 exactly, for mid
  // Σ(x − 95k)² = 825·10^7 so s/√n = √(825·10^7/9/10) = 9,574.27; for entry s/√n = √(10^9/4/5).
  const double z = 1.959963984540054;
  double mid_half = z * std::sqrt(825e7 / 9 / 10), entry_half = z * std::sqrt(1e9 / 4 / 5);
  check_rows(table, {{T("entry"),
                      I(5),
                      R(50000),
                      Null(),
                      Null(),
                      R(60000),
                      Null(),
                      Null(),
                      R(70000),
                      Null(),
                      Null(),
                      R(76000),
                      Null(),
                      Null(),
                      R(60000),
                      R(60000 - entry_half),
                      R(60000 + entry_half),
                      I(5),
                      I(0),
                      T("n too small")},
                     {T("mid"),
                      I(10),
                      R(72500),
                      Null(),
                      Null(),
                      R(95000),
                      R(60000),
                      R(130000),
                      R(117500),
                      Null(),
                      Null(),
                      R(131000),
                      Null(),
                      Null(),
                      R(95000),
                      R(95000 - mid_half),
                      R(95000 + mid_half),
                      I(10),
                      I(0),
                      T("n too small")},
                     {T("senior"),
                      I(11),
                      R(125000),
                      Null(),
                      Null(),
                      R(150000),
                      R(110000),
                      R(190000),
                      R(175000),
                      Null(),
                      Null(),
                      R(190000),
                      Null(),
                      Null(),
                      R(150000),
                      R(150000 - z * 10000),
                      R(150000 + z * 10000),
                      I(11),
                      I(0),
                      T("n too small")}});
}

TEST_CASE("a confidence of 0.90 narrows the ranks", "[reports][ci]") {
  IntervalFixture f;
  Table table = f.run("pay-by-level", ci(0.90));
  // At 90%: n = 5 median [1, 5] = [40k, 80k] (the first n where it exists at 90%);
  // n = 11 p25 [1, 6] = [100k, 150k], median [3, 9] = [120k, 180k].
  auto cell = [&](std::size_t row, const char* column) {
    auto c = std::find(table.columns.begin(), table.columns.end(), column);
    REQUIRE(c != table.columns.end());
    return table.rows[row][static_cast<std::size_t>(c - table.columns.begin())];
  };
  CHECK(cell(0, "median_ci_low") == R(40000));
  CHECK(cell(0, "median_ci_high") == R(80000));
  CHECK(cell(2, "p25_ci_low") == R(100000));
  CHECK(cell(2, "p25_ci_high") == R(150000));
  CHECK(cell(2, "median_ci_low") == R(120000));
  CHECK(cell(2, "median_ci_high") == R(180000));
}

TEST_CASE("ai-share and seniority-mix --ci: Wilson shares and the ratio of two counts",
          "[reports][ci]") {
  IntervalFixture f;
  ReportFilters filters = ci(0.95, false);
  filters.period = "year";
  // 0/10: Wilson [0, z²/(10 + z²)] = [0, 27.753%]; 11/16: [44.404%, 85.835%].
  check_rows(
      f.run("ai-share", filters),
      {{T("2024"), I(10), I(0), R(0.0), R(0.0), R(27.75327998628892), Null()},
       {T("2025"), I(16), I(11), R(68.75), R(44.404355834740666), R(85.83535614521796), Null()}});
  Table mix = f.run("seniority-mix", filters);
  auto last = mix.rows.back();
  auto at = [&](const char* column) {
    auto c = std::find(mix.columns.begin(), mix.columns.end(), column);
    REQUIRE(c != mix.columns.end());
    return last[static_cast<std::size_t>(c - mix.columns.begin())];
  };
  // 2025: 5 entry of 16 -> junior share 31.25%, Wilson [14.165%, 55.596%]; 11 senior per 5
  // junior = 2.2, from q = 11/16 in [0.444044, 0.858354]: q/(1 − q) in [0.798702, 6.059832].
  CHECK(std::get<double>(at("junior_share_pct_ci_low")) == Approx(14.164643854782039));
  CHECK(std::get<double>(at("junior_share_pct_ci_high")) == Approx(55.59564416525933));
  CHECK(std::get<double>(at("senior_per_junior")) == Approx(2.2));
  CHECK(std::get<double>(at("senior_per_junior_ci_low")) == Approx(0.7987020656285175));
  CHECK(std::get<double>(at("senior_per_junior_ci_high")) == Approx(6.059831579615719));
  // 2024 has no junior posting: no ratio and no interval, and no "n too small" for it either.
  CHECK(mix.rows.front().back() == Null());
}

TEST_CASE("change_interval: Newcombe's interval of a share's change between two periods",
          "[reports][ci]") {
  IntervalFixture f;
  ReportFilters filters = ci(0.95, false);
  filters.period = "year";
  Table shares = f.run("ai-share", filters);
  // 11/16 − 0/10 = 68.75 pts; Newcombe: d − √((p1 − l1)² + (u2 − p2)²) = 31.832 pts, and
  // d + √((u1 − p1)² + (p2 − l2)²) = 85.835 pts.
  auto change = jobsight::change_interval("ai-share", "ai_share_pct", shares, 0, 1, 0.95);
  REQUIRE(change);
  CHECK(change->low == Approx(31.831780381243047));
  CHECK(change->high == Approx(85.83535614521796));
  CHECK_FALSE(jobsight::change_interval("ai-share", "postings", shares, 0, 1, 0.95));
  CHECK_FALSE(jobsight::change_interval("pay-by-level", "ai_share_pct", shares, 0, 1, 0.95));
}

TEST_CASE("ai-premium: AI and other roles per level, and all levels", "[reports][ci]") {
  IntervalFixture f;
  ReportFilters plain;
  plain.min_n = 1;
  Table table = f.run("ai-premium", plain);
  CHECK(table.columns == std::vector<std::string>{"level", "ai_n", "ai_median", "ai_mean",
                                                  "other_n", "other_median", "other_mean",
                                                  "premium_pct"});
  // other roles at all levels, sorted (thousands): 40 50 50 60 60 70 70 80 80 90 100 110 120 130
  // 140 -> median 80k, mean 1,250/15 = 83,333.33; AI: median and mean 150k; premium 150/80 − 1.
  check_rows(table, {{T("entry"), I(0), Null(), Null(), I(5), R(60000), R(60000), Null()},
                     {T("mid"), I(0), Null(), Null(), I(10), R(95000), R(95000), Null()},
                     {T("senior"), I(11), R(150000), R(150000), I(0), Null(), Null(), Null()},
                     {T("all"), I(11), R(150000), R(150000), I(15), R(80000), R(1250000.0 / 15),
                      R(87.5)}});
  // The default --min-n of 10 leaves entry's five figures without a median, but keeps the row.
  Table defaults = f.run("ai-premium", ReportFilters{});
  CHECK(defaults.rows[0] ==
        std::vector<Cell>{T("entry"), I(0), Null(), Null(), I(5), Null(), Null(), Null()});

  // --ci: each median at 95% (n = 11: [x2, x10] = [110k, 190k]; n = 15: [x4, x12] = [60k, 110k]),
  // the premium from both at √0.95 = 0.97468 (n = 11: [x2, x10]; n = 15: [x3, x13] = [50k, 120k]):
  // [110/120 − 1, 190/50 − 1] = [−8.333%, +280%].
  Table with_ci = f.run("ai-premium", ci());
  const auto& all = with_ci.rows.back();
  auto at = [&](const char* column) {
    auto c = std::find(with_ci.columns.begin(), with_ci.columns.end(), column);
    REQUIRE(c != with_ci.columns.end());
    return all[static_cast<std::size_t>(c - with_ci.columns.begin())];
  };
  CHECK(at("ai_median_ci_low") == R(110000));
  CHECK(at("ai_median_ci_high") == R(190000));
  CHECK(at("other_median_ci_low") == R(60000));
  CHECK(at("other_median_ci_high") == R(110000));
  CHECK(std::get<double>(at("premium_pct_ci_low")) == Approx(100.0 * (110.0 / 120.0 - 1)));
  CHECK(std::get<double>(at("premium_pct_ci_high")) == Approx(280.0));
}

TEST_CASE("the report_ai_premium view equals the report with no filters", "[reports]") {
  IntervalFixture f;
  Table view = jobsight::query_table(f.db, "SELECT * FROM report_ai_premium");
  Table report = f.run("ai-premium", ReportFilters{});
  CHECK(view.columns == report.columns);
  CHECK(view.rows == report.rows);
  CHECK(view.rows.size() == 4);
}
