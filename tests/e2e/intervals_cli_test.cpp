// --ci and --confidence through the real binary on the sample postings: the interval columns, the
// values the SQL reads at the ranks (checked against the sorted pay fetched with `jobsight sql`),
// Wilson shares worked out by hand, and the messages for bad values.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "util/intervals.hpp"
#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::error_line;
using jobsight::test::parse_csv;
using jobsight::test::sample_db;

namespace {

std::size_t column(const std::vector<std::string>& header, const std::string& name) {
  auto it = std::find(header.begin(), header.end(), name);
  REQUIRE(it != header.end());
  return static_cast<std::size_t>(it - header.begin());
}

}  // namespace

TEST_CASE("report --ci reads the order statistics at the exact ranks", "[e2e][ci]") {
  const std::string& db = sample_db();
  for (const char* confidence : {"0.90", "0.95", "0.99"}) {
    auto report = cli({"--db", db, "report", "pay-by-level", "--ci", "--confidence", confidence,
                       "--format", "csv"});
    REQUIRE(report.exit_code == 0);
    auto rows = parse_csv(report.out);
    const auto& header = rows.at(0);
    for (std::size_t r = 1; r < rows.size(); ++r) {
      const std::string& level = rows[r][0];
      // The same pay figures, sorted, straight from the table.
      auto pay = cli({"--db", db, "sql", "--format", "csv",
                      "SELECT pay_usd_annual FROM postings WHERE seniority = '" + level +
                          "' AND pay_usd_annual IS NOT NULL AND pay_outlier = 0 ORDER BY 1"});
      REQUIRE(pay.exit_code == 0);
      std::vector<double> sorted;
      for (const auto& line : parse_csv(pay.out)) {
        if (line[0] != "pay_usd_annual") sorted.push_back(std::stod(line[0]));
      }
      INFO(level << " at " << confidence << ", n = " << sorted.size());
      REQUIRE(std::to_string(sorted.size()) == rows[r][column(header, "n")]);
      for (auto [p, name] : std::vector<std::pair<double, std::string>>{
               {0.25, "p25"}, {0.5, "median"}, {0.75, "p75"}, {0.9, "p90"}}) {
        auto expected = jobsight::percentile_ci(sorted, p, std::stod(confidence));
        const std::string& low = rows[r][column(header, name + "_ci_low")];
        const std::string& high = rows[r][column(header, name + "_ci_high")];
        if (!expected) {
          CHECK(low.empty());
          CHECK(rows[r][column(header, "note")] == "n too small");
        } else {
          CHECK(std::stod(low) == Approx(expected->low).epsilon(1e-12));
          CHECK(std::stod(high) == Approx(expected->high).epsilon(1e-12));
        }
      }
    }
  }
}

TEST_CASE("ai-share --ci gives Wilson intervals, and without --ci nothing changes", "[e2e][ci]") {
  const std::string& db = sample_db();
  auto with_ci =
      cli({"--db", db, "report", "ai-share", "--period", "year", "--ci", "--format", "csv"});
  REQUIRE(with_ci.exit_code == 0);
  auto rows = parse_csv(with_ci.out);
  CHECK(rows.at(0) == std::vector<std::string>{"period", "postings", "ai_postings", "ai_share_pct",
                                               "ai_share_pct_ci_low", "ai_share_pct_ci_high",
                                               "note"});
  // 2022: 107 of 866, (x + z²/2 ± z·√(x(n − x)/n + z²/4)) / (n + z²) with z = 1.959964:
  // 10.3287% to 14.7151%. 2026: 286 of 991: 26.1246% to 31.7582%.
  CHECK(rows[1][0] == "2022");
  CHECK(std::stod(rows[1][4]) == Approx(10.328726121704863));
  CHECK(std::stod(rows[1][5]) == Approx(14.715085783517184));
  CHECK(rows[5][0] == "2026");
  CHECK(std::stod(rows[5][4]) == Approx(26.12455842159139));
  CHECK(std::stod(rows[5][5]) == Approx(31.758177939567965));

  auto plain = cli({"--db", db, "report", "ai-share", "--period", "year", "--format", "csv"});
  CHECK(parse_csv(plain.out).at(0) ==
        std::vector<std::string>{"period", "postings", "ai_postings", "ai_share_pct"});
}

TEST_CASE("bad --confidence and segment values are refused with one message", "[e2e][ci]") {
  const std::string& db = sample_db();
  auto confidence = cli({"--db", db, "report", "ai-share", "--ci", "--confidence", "0.8"});
  CHECK(confidence.exit_code == 1);
  CHECK(confidence.err == error_line("--confidence 0.8 is not one of 0.90, 0.95, 0.99"));
  auto level = cli({"--db", db, "report", "pay-by-level", "--level", "seniour"});
  CHECK(level.exit_code == 1);
  CHECK(level.err ==
        error_line("--level 'seniour' is not a level; use intern, entry, mid, senior, lead, "
                   "executive, junior (intern and entry) or senior-plus (senior, lead, "
                   "executive), comma-separated"));
  auto refused = cli({"--db", db, "report", "ai-premium", "--ai"});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err ==
        error_line("report ai-premium does not take --ai: it compares AI roles with the others"));
  auto both = cli({"--db", db, "report", "pay-by-level", "--ai", "--no-ai"});
  CHECK(both.exit_code != 0);
  CHECK(both.out.empty());
}
