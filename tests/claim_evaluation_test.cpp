// One claim tested on hand-built report rows (SPEC 4.1): each test against each verdict, the
// interval's edges, the row selector, and the claims that cannot be tested.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "reports/claim_evaluation.hpp"

using jobsight::Cell;
using jobsight::Claim;
using jobsight::ClaimTest;
using jobsight::Interval;
using jobsight::Table;
using jobsight::Verdict;
using jobsight::verdict_for;

namespace {

const Cell kNull = std::monostate{};

// pay-by-level as run_report returns it with --ci: n = 4 has no interval for its median.
Table pay_by_level() {
  Table table;
  table.columns = {"level", "n", "median", "median_ci_low", "median_ci_high", "note"};
  table.rows = {
      {std::string("entry"), std::int64_t{310}, 80090.0, 78000.0, 82500.0, std::string()},
      {std::string("mid"), std::int64_t{627}, 111800.0, 109000.0, 114000.0, std::string()},
      {std::string("lead"), std::int64_t{4}, 200500.0, kNull, kNull, std::string("n too small")},
      {std::string("senior"), std::int64_t{517}, kNull, kNull, kNull, std::string()},
  };
  return table;
}

// ai-share per year with --ci.
Table ai_share() {
  Table table;
  table.columns = {"period",
                   "postings",
                   "ai_postings",
                   "ai_share_pct",
                   "ai_share_pct_ci_low",
                   "ai_share_pct_ci_high"};
  table.rows = {
      {std::string("2022"), std::int64_t{866}, std::int64_t{107}, 12.36, 10.3, 14.7},
      {std::string("2023"), std::int64_t{969}, std::int64_t{160}, 16.5, 14.3, 19.0},
      {std::string("2024"), std::int64_t{1004}, std::int64_t{205}, 20.4, 18.0, 23.0},
  };
  return table;
}

Claim claim(const std::string& report, const std::string& row, const std::string& column,
            ClaimTest test, std::optional<double> value = std::nullopt,
            std::optional<double> value2 = std::nullopt) {
  Claim c;
  c.id = "c";
  c.claim = "a claim";
  c.report = report;
  c.row = row;
  c.column = column;
  c.test = test;
  c.value = value;
  c.value2 = value2;
  return c;
}

// A change interval that is always `interval`, remembering the rows it was asked about.
struct FixedChange {
  std::optional<Interval> interval;
  std::size_t first = 99, last = 99;
  jobsight::ChangeInterval function() {
    return [this](const Table&, std::size_t a, std::size_t b) {
      first = a;
      last = b;
      return interval;
    };
  }
};

const jobsight::ChangeInterval kNoChange = [](const Table&, std::size_t, std::size_t) {
  return std::optional<Interval>();
};

}  // namespace

TEST_CASE("between: inside is supported, outside contradicted, across a bound inconclusive",
          "[claim_evaluation]") {
  CHECK(verdict_for(ClaimTest::between, {95, 110}, 90, 120) == Verdict::supported);
  CHECK(verdict_for(ClaimTest::between, {90, 120}, 90, 120) == Verdict::supported);  // the edges
  CHECK(verdict_for(ClaimTest::between, {70, 89.9}, 90, 120) == Verdict::contradicted);
  CHECK(verdict_for(ClaimTest::between, {120.1, 130}, 90, 120) == Verdict::contradicted);
  CHECK(verdict_for(ClaimTest::between, {85, 95}, 90, 120) == Verdict::inconclusive);
  CHECK(verdict_for(ClaimTest::between, {115, 125}, 90, 120) == Verdict::inconclusive);
  CHECK(verdict_for(ClaimTest::between, {80, 130}, 90, 120) == Verdict::inconclusive);
  CHECK(verdict_for(ClaimTest::between, {80, 90}, 90, 120) == Verdict::inconclusive);  // touches
}

TEST_CASE("at_least and at_most: a low or high exactly on the bound passes", "[claim_evaluation]") {
  CHECK(verdict_for(ClaimTest::at_least, {170, 180}, 170, {}) == Verdict::supported);
  CHECK(verdict_for(ClaimTest::at_least, {171, 180}, 170, {}) == Verdict::supported);
  CHECK(verdict_for(ClaimTest::at_least, {150, 169.99}, 170, {}) == Verdict::contradicted);
  CHECK(verdict_for(ClaimTest::at_least, {160, 170}, 170, {}) == Verdict::inconclusive);
  CHECK(verdict_for(ClaimTest::at_least, {160, 175}, 170, {}) == Verdict::inconclusive);
  CHECK(verdict_for(ClaimTest::at_most, {1, 5}, 5, {}) == Verdict::supported);
  CHECK(verdict_for(ClaimTest::at_most, {5.01, 7}, 5, {}) == Verdict::contradicted);
  CHECK(verdict_for(ClaimTest::at_most, {5, 7}, 5, {}) == Verdict::inconclusive);
  CHECK(verdict_for(ClaimTest::at_most, {4, 6}, 5, {}) == Verdict::inconclusive);
}

TEST_CASE("rising and falling compare the change with 0, or with the smallest change given",
          "[claim_evaluation]") {
  CHECK(verdict_for(ClaimTest::rising, {0.5, 3}, {}, {}) == Verdict::supported);
  CHECK(verdict_for(ClaimTest::rising, {0, 3}, {}, {}) == Verdict::supported);  // low on 0
  CHECK(verdict_for(ClaimTest::rising, {-3, -0.5}, {}, {}) == Verdict::contradicted);
  CHECK(verdict_for(ClaimTest::rising, {-1, 2}, {}, {}) == Verdict::inconclusive);
  CHECK(verdict_for(ClaimTest::rising, {2, 5}, 2, {}) == Verdict::supported);
  CHECK(verdict_for(ClaimTest::rising, {0.5, 1.9}, 2, {}) == Verdict::contradicted);
  CHECK(verdict_for(ClaimTest::rising, {1, 3}, 2, {}) == Verdict::inconclusive);
  CHECK(verdict_for(ClaimTest::falling, {-3, -0.5}, {}, {}) == Verdict::supported);
  CHECK(verdict_for(ClaimTest::falling, {-3, 0}, {}, {}) == Verdict::supported);  // high on 0
  CHECK(verdict_for(ClaimTest::falling, {0.1, 2}, {}, {}) == Verdict::contradicted);
  CHECK(verdict_for(ClaimTest::falling, {-1, 1}, {}, {}) == Verdict::inconclusive);
  CHECK(verdict_for(ClaimTest::falling, {-5, -2}, 2, {}) == Verdict::supported);
  CHECK(verdict_for(ClaimTest::falling, {-1.9, 1}, 2, {}) == Verdict::contradicted);
  CHECK(verdict_for(ClaimTest::falling, {-3, -1}, 2, {}) == Verdict::inconclusive);
}

TEST_CASE("the expected column says the test in words", "[claim_evaluation]") {
  CHECK(jobsight::expected_text(claim("r", "", "c", ClaimTest::between, 90000, 120000)) ==
        "90000 to 120000");
  CHECK(jobsight::expected_text(claim("r", "", "c", ClaimTest::at_least, 0)) == ">= 0");
  CHECK(jobsight::expected_text(claim("r", "", "c", ClaimTest::at_most, 2.5)) == "<= 2.5");
  CHECK(jobsight::expected_text(claim("r", "", "c", ClaimTest::rising)) == "rising");
  CHECK(jobsight::expected_text(claim("r", "", "c", ClaimTest::falling, 2)) == "falling by >= 2");
}

TEST_CASE("a one-row claim takes the selected row's cell and interval", "[claim_evaluation]") {
  auto evaluation = jobsight::evaluate_claim(
      claim("pay-by-level", "level=entry", "median", ClaimTest::between, 75000, 85000),
      pay_by_level(), kNoChange);
  CHECK(evaluation.verdict == Verdict::supported);
  CHECK(evaluation.value == 80090.0);
  CHECK(evaluation.low == 78000.0);
  CHECK(evaluation.high == 82500.0);
  CHECK(evaluation.n == Cell(std::int64_t{310}));
  CHECK(evaluation.note.empty());

  // The selector matches the cell's text in any case.
  CHECK(jobsight::evaluate_claim(
            claim("pay-by-level", "level=MID", "median", ClaimTest::at_least, 115000),
            pay_by_level(), kNoChange)
            .verdict == Verdict::contradicted);
  CHECK(jobsight::evaluate_claim(
            claim("pay-by-level", " level = mid ", "median", ClaimTest::at_most, 112000),
            pay_by_level(), kNoChange)
            .verdict == Verdict::inconclusive);
  // An integer cell is selected by its digits.
  CHECK(jobsight::evaluate_claim(
            claim("pay-by-level", "n=627", "median", ClaimTest::at_least, 100000), pay_by_level(),
            kNoChange)
            .verdict == Verdict::supported);
}

TEST_CASE("a count without an interval is exact", "[claim_evaluation]") {
  auto evaluation = jobsight::evaluate_claim(
      claim("ai-share", "period=2023", "postings", ClaimTest::at_least, 969), ai_share(),
      kNoChange);
  CHECK(evaluation.verdict == Verdict::supported);
  CHECK(evaluation.low == 969.0);
  CHECK(evaluation.high == 969.0);
  CHECK(evaluation.note == "a count: exact, no interval");
  CHECK(jobsight::evaluate_claim(
            claim("ai-share", "period=2023", "postings", ClaimTest::at_least, 970), ai_share(),
            kNoChange)
            .verdict == Verdict::contradicted);
}

TEST_CASE("no row, no value or no interval is not enough data", "[claim_evaluation]") {
  struct Case {
    Claim claim;
    std::string note;
  };
  for (const Case& c : std::vector<Case>{
           {claim("pay-by-level", "level=intern", "median", ClaimTest::at_least, 1),
            "no row level=intern in the report (no data for it, or fewer than --min-n)"},
           {claim("pay-by-level", "level=lead", "median", ClaimTest::at_least, 250000),
            "no interval for median at n = 4 (n too small)"},
           {claim("pay-by-level", "level=senior", "median", ClaimTest::at_least, 1),
            "no value in median for senior at n = 517"},
       }) {
    auto evaluation = jobsight::evaluate_claim(c.claim, pay_by_level(), kNoChange);
    INFO(c.claim.row);
    CHECK(evaluation.verdict == Verdict::not_enough_data);
    CHECK(evaluation.note == c.note);
  }
  // A statistic the report gives no interval for (a report run without --ci) is not taken as
  // exact.
  Table no_ci = ai_share();
  no_ci.columns.resize(4);
  for (auto& row : no_ci.rows) row.resize(4);
  auto evaluation = jobsight::evaluate_claim(
      claim("ai-share", "period=2024", "ai_share_pct", ClaimTest::at_least, 1), no_ci, kNoChange);
  CHECK(evaluation.verdict == Verdict::not_enough_data);
  CHECK(evaluation.note == "the report gives no interval for ai_share_pct");
  Table empty = ai_share();
  empty.rows.clear();
  CHECK(jobsight::evaluate_claim(claim("ai-share", "", "postings", ClaimTest::at_least, 1), empty,
                                 kNoChange)
            .note == "the report has no rows for these filters");
}

TEST_CASE("claims that cannot be tested on the report are errors saying why",
          "[claim_evaluation]") {
  struct Case {
    Claim claim;
    std::string note;
  };
  for (const Case& c : std::vector<Case>{
           {claim("pay-by-level", "level=entry", "median_usd", ClaimTest::at_least, 1),
            "report pay-by-level has no column 'median_usd'; its columns: level, n, median, note"},
           {claim("pay-by-level", "level=entry", "median_ci_low", ClaimTest::at_least, 1),
            "report pay-by-level has no column 'median_ci_low'; its columns: level, n, median, "
            "note"},
           {claim("pay-by-level", "lvl=entry", "median", ClaimTest::at_least, 1),
            "row lvl=entry: report pay-by-level has no column 'lvl'; its columns: level, n, "
            "median, note"},
           {claim("pay-by-level", "", "median", ClaimTest::at_least, 1),
            "the report has 4 rows; say which with row, e.g. level=entry"},
           {claim("pay-by-level", "note=", "median", ClaimTest::at_least, 1),
            "row note= matches 3 rows; at_least tests one row"},
           {claim("pay-by-level", "level=entry", "level", ClaimTest::at_least, 1),
            "column level holds text ('entry'), not a number"},
       }) {
    auto evaluation = jobsight::evaluate_claim(c.claim, pay_by_level(), kNoChange);
    INFO(c.claim.column << " " << c.claim.row);
    CHECK(evaluation.verdict == Verdict::error);
    CHECK(evaluation.note == c.note);
  }
}

TEST_CASE("rising and falling test the change from the first to the last period",
          "[claim_evaluation]") {
  FixedChange change{Interval{5.1, 10.9}};
  auto evaluation = jobsight::evaluate_claim(
      claim("ai-share", "", "ai_share_pct", ClaimTest::rising), ai_share(), change.function());
  CHECK(change.first == 0);
  CHECK(change.last == 2);
  CHECK(evaluation.verdict == Verdict::supported);
  CHECK(evaluation.value == Approx(20.4 - 12.36));
  CHECK(evaluation.low == 5.1);
  CHECK(evaluation.high == 10.9);
  CHECK(evaluation.n == Cell(std::string("866→1004")));
  CHECK(evaluation.note == "2022 12.36 to 2024 20.40");

  CHECK(jobsight::evaluate_claim(claim("ai-share", "", "ai_share_pct", ClaimTest::falling),
                                 ai_share(), change.function())
            .verdict == Verdict::contradicted);
  CHECK(jobsight::evaluate_claim(claim("ai-share", "", "ai_share_pct", ClaimTest::rising, 6),
                                 ai_share(), change.function())
            .verdict == Verdict::inconclusive);
  FixedChange across{Interval{-0.5, 2}};
  CHECK(jobsight::evaluate_claim(claim("ai-share", "", "ai_share_pct", ClaimTest::falling),
                                 ai_share(), across.function())
            .verdict == Verdict::inconclusive);

  // A selector matching several rows picks the periods compared.
  FixedChange picked{Interval{1, 2}};
  jobsight::evaluate_claim(claim("ai-share", "postings=969", "ai_share_pct", ClaimTest::rising),
                           ai_share(), picked.function());
  CHECK(picked.first == 99);  // one row only: not compared at all
  // top-skills has a row per period and skill: the selector picks one skill's periods, and
  // without one the rows repeat a period.
  Table skills;
  skills.columns = {
      "period",         "rank", "skill", "share_pct", "share_pct_ci_low", "share_pct_ci_high",
      "period_postings"};
  skills.rows = {{std::string("2022"), std::int64_t{1}, std::string("SQL"), 46.3, 43.0, 49.6,
                  std::int64_t{866}},
                 {std::string("2022"), std::int64_t{2}, std::string("Python"), 44.3, 41.1, 47.7,
                  std::int64_t{866}},
                 {std::string("2026"), std::int64_t{1}, std::string("Python"), 50.7, 47.5, 53.8,
                  std::int64_t{991}},
                 {std::string("2026"), std::int64_t{2}, std::string("SQL"), 13.5, 11.5, 15.8,
                  std::int64_t{991}}};
  auto python =
      jobsight::evaluate_claim(claim("top-skills", "skill=python", "share_pct", ClaimTest::rising),
                               skills, picked.function());
  CHECK(picked.first == 1);
  CHECK(picked.last == 2);
  CHECK(python.n == Cell(std::string("866→991")));  // the share's base, not the skill's count
  auto unselected = jobsight::evaluate_claim(
      claim("top-skills", "", "share_pct", ClaimTest::rising), skills, picked.function());
  CHECK(unselected.verdict == Verdict::error);
  CHECK(unselected.note == "the rows repeat period 2022; say which with row, e.g. skill=Python");
  // A report without periods has nothing to rise or fall over.
  auto levels = jobsight::evaluate_claim(claim("pay-by-level", "", "median", ClaimTest::rising),
                                         pay_by_level(), picked.function());
  CHECK(levels.verdict == Verdict::error);
  CHECK(levels.note ==
        "report pay-by-level has no periods; rising compares the first and the last period of "
        "ai-share, seniority-mix or top-skills");

  // Counts without intervals change exactly.
  auto counts = jobsight::evaluate_claim(claim("ai-share", "", "postings", ClaimTest::rising, 100),
                                         ai_share(), kNoChange);
  CHECK(counts.verdict == Verdict::supported);
  CHECK(counts.value == 138.0);
  CHECK(counts.low == 138.0);
  CHECK(counts.note == "counts: exact, no interval; 2022 866 to 2024 1004");
}

TEST_CASE("the n of a claim is the n behind its column", "[claim_evaluation]") {
  Table premium;
  premium.columns = {"level", "ai_n", "ai_median", "other_n", "other_median", "premium_pct"};
  premium.rows = {
      {std::string("intern"), std::int64_t{2}, kNull, std::int64_t{11}, 48000.0, kNull}};
  auto other = jobsight::evaluate_claim(
      claim("ai-premium", "level=intern", "other_median", ClaimTest::at_least, 1), premium,
      kNoChange);
  CHECK(other.n == Cell(std::int64_t{11}));
  auto ai = jobsight::evaluate_claim(
      claim("ai-premium", "level=intern", "ai_median", ClaimTest::at_least, 1), premium, kNoChange);
  CHECK(ai.n == Cell(std::int64_t{2}));
  auto both = jobsight::evaluate_claim(
      claim("ai-premium", "level=intern", "premium_pct", ClaimTest::at_least, 1), premium,
      kNoChange);
  CHECK(both.n == Cell(std::int64_t{13}));
  Table growth;
  growth.columns = {"industry", "ai_postings_prev", "ai_postings", "ai_growth_pct"};
  growth.rows = {{std::string("Finance"), std::int64_t{34}, std::int64_t{52}, 52.9}};
  auto grown = jobsight::evaluate_claim(
      claim("ai-growth", "industry=Finance", "ai_growth_pct", ClaimTest::at_least, 0), growth,
      kNoChange);
  CHECK(grown.n == Cell(std::int64_t{86}));
}

TEST_CASE("rising and falling without two periods or an interval are not enough data",
          "[claim_evaluation]") {
  auto one = jobsight::evaluate_claim(
      claim("ai-share", "period=2023", "ai_share_pct", ClaimTest::rising), ai_share(), kNoChange);
  CHECK(one.verdict == Verdict::not_enough_data);
  CHECK(one.note == "only one period (2023); rising compares the first and the last");
  auto none = jobsight::evaluate_claim(
      claim("ai-share", "period=2030", "ai_share_pct", ClaimTest::falling), ai_share(), kNoChange);
  CHECK(none.verdict == Verdict::not_enough_data);
  CHECK(none.note == "no row period=2030 in the report");
  auto no_interval = jobsight::evaluate_claim(
      claim("ai-share", "", "ai_share_pct", ClaimTest::rising), ai_share(), kNoChange);
  CHECK(no_interval.verdict == Verdict::not_enough_data);
  CHECK(no_interval.note ==
        "no interval for the change in ai_share_pct (2022 12.36 to 2024 20.40)");
  CHECK_FALSE(no_interval.low);
}
