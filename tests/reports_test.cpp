#include <catch2/catch.hpp>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/import.hpp"
#include "jobsight/reports.hpp"
#include "support/report_fixture.hpp"
#include "support/test_support.hpp"

using namespace jobsight;
using namespace jobsight::test;

TEST_CASE("ai-share counts AI roles by title and by skill, per month", "[reports]") {
  Fixture f;
  Table table = f.run("ai-share");
  CHECK(table.columns ==
        std::vector<std::string>{"period", "postings", "ai_postings", "ai_share_pct"});
  check_rows(table, {{T("2024-01"), I(3), I(1), R(100.0 / 3)},
                     {T("2024-02"), I(3), I(2), R(200.0 / 3)},
                     {T("2024-03"), I(3), I(1), R(100.0 / 3)}});
}

TEST_CASE("ai-share by quarter and year, and with filters", "[reports]") {
  Fixture f;
  ReportFilters by_year;
  by_year.period = "year";
  check_rows(f.run("ai-share", by_year), {{T("2024"), I(9), I(4), R(400.0 / 9)}});
  ReportFilters by_quarter;
  by_quarter.period = "quarter";
  check_rows(f.run("ai-share", by_quarter), {{T("2024-Q1"), I(9), I(4), R(400.0 / 9)}});

  ReportFilters germany;
  germany.country = "Germany";
  check_rows(f.run("ai-share", germany), {{T("2024-02"), I(1), I(1), R(100.0)}});
  germany.country = "DEU";
  check_rows(f.run("ai-share", germany), {{T("2024-02"), I(1), I(1), R(100.0)}});

  ReportFilters february;
  february.from = "2024-02-01";
  february.to = "2024-02-29";
  check_rows(f.run("ai-share", february), {{T("2024-02"), I(3), I(2), R(200.0 / 3)}});

  ReportFilters finance;
  finance.industry = "FINANCE";
  check_rows(f.run("ai-share", finance), {{T("2024-01"), I(1), I(0), R(0.0)},
                                          {T("2024-02"), I(1), I(1), R(100.0)},
                                          {T("2024-03"), I(2), I(0), R(0.0)}});
  ReportFilters region;
  region.region = "western europe";
  check_rows(f.run("ai-share", region), {{T("2024-02"), I(1), I(1), R(100.0)}});

  ReportFilters year;
  year.year = 2023;
  CHECK(f.run("ai-share", year).rows.empty());
}

TEST_CASE("seniority-mix counts levels and junior and senior shares", "[reports]") {
  Fixture f;
  Table table = f.run("seniority-mix");
  CHECK(table.columns == std::vector<std::string>{"period", "postings", "intern", "entry", "mid",
                                                  "senior", "lead", "executive", "junior_share_pct",
                                                  "senior_share_pct", "senior_per_junior"});
  check_rows(
      table,
      {{T("2024-01"), I(3), I(0), I(1), I(1), I(1), I(0), I(0), R(100.0 / 3), R(100.0 / 3), R(1.0)},
       {T("2024-02"), I(3), I(1), I(0), I(1), I(0), I(1), I(0), R(100.0 / 3), R(100.0 / 3), R(1.0)},
       {T("2024-03"), I(3), I(0), I(1), I(0), I(1), I(0), I(1), R(100.0 / 3), R(200.0 / 3),
        R(2.0)}});
  ReportFilters germany;
  germany.country = "DE";
  check_rows(f.run("seniority-mix", germany),
             {{T("2024-02"), I(1), I(0), I(0), I(1), I(0), I(0), I(0), R(0.0), R(0.0), Null()}});
}

TEST_CASE("pay-by-skill gives interpolated percentiles, mean and premium over all paid",
          "[reports]") {
  Fixture f;
  ReportFilters filters;
  filters.min_n = 3;
  Table table = f.run("pay-by-skill", filters);
  CHECK(table.columns == std::vector<std::string>{"skill", "category", "n", "p25", "median", "p75",
                                                  "mean", "premium_pct"});
  // SQL (n = 4, even): 50,000  150,000  200,000  275,000
  //   p25: h = 0.75 -> 50,000 + 0.75 x 100,000 = 125,000; median: h = 1.5 -> 175,000;
  //   p75: h = 2.25 -> 200,000 + 0.25 x 75,000 = 218,750; mean 168,750.
  // Python (n = 5, odd; #9 is an outlier, #5 unpaid): 62,400  70,000  110,000  150,000  200,000
  //   p25 = 70,000; median = 110,000; p75 = 150,000; mean = 592,400 / 5 = 118,480.
  // All paid: 50,000 62,400 70,000 110,000 150,000 200,000 275,000 -> median 110,000.
  check_rows(table, {{T("SQL"), T("language"), I(4), R(125000), R(175000), R(218750), R(168750),
                      R(100.0 * (175000.0 / 110000.0 - 1))},
                     {T("Python"), T("language"), I(5), R(70000), R(110000), R(150000), R(118480),
                      R(0.0)}});
  filters.min_n = 5;
  CHECK(f.run("pay-by-skill", filters).rows.size() == 1);
  CHECK(f.run("pay-by-skill").rows.empty());  // default --min-n 10
}

TEST_CASE("pay-by-skill's premium compares with the median inside the same filter", "[reports]") {
  Fixture f;
  ReportFilters filters;
  filters.min_n = 1;
  filters.industry = "Finance";
  // Finance paid: #2 50,000 (SQL, Excel), #7 70,000 (Python), #8 275,000 (SQL) -> median 70,000.
  check_rows(f.run("pay-by-skill", filters),
             {{T("SQL"), T("language"), I(2), R(106250), R(162500), R(218750), R(162500),
               R(100.0 * (162500.0 / 70000.0 - 1))},
              {T("Python"), T("language"), I(1), R(70000), R(70000), R(70000), R(70000), R(0.0)},
              {T("Excel"), T("analytics"), I(1), R(50000), R(50000), R(50000), R(50000),
               R(100.0 * (50000.0 / 70000.0 - 1))}});
}

TEST_CASE("report options with bad values are refused with a clear message", "[reports]") {
  Fixture f;
  ReportFilters bad;
  bad.from = "2024-02-30";
  CHECK_THROWS_WITH(f.run("ai-share", bad),
                    "--from '2024-02-30' is not a valid date; write it as YYYY-MM-DD");
  bad = {};
  bad.year = 2024;
  bad.to = "2024-05-01";
  CHECK_THROWS_WITH(f.run("ai-share", bad), "--year cannot be combined with --from or --to");
  bad = {};
  bad.from = "2024-05-01";
  bad.to = "2024-01-01";
  CHECK_THROWS_WITH(f.run("ai-share", bad), "--from 2024-05-01 is after --to 2024-01-01");
  bad = {};
  bad.min_n = -1;
  CHECK_THROWS_WITH(f.run("pay-by-skill", bad), "--min-n must be at least 1 (got -1)");
  bad = {};
  bad.period = "week";
  CHECK_THROWS_WITH(f.run("ai-share", bad), "--period 'week' is not one of month, quarter, year");
  CHECK_THROWS_WITH(f.run("nope"), Catch::StartsWith("unknown report 'nope'; the reports are: "));
  ReportFilters hostile;
  hostile.country = "'); DROP TABLE postings;--";
  CHECK_THROWS_WITH(f.run("ai-share", hostile),
                    "unknown country ''); DROP TABLE postings;--' (--country takes a country "
                    "name, an ISO alpha-2 or alpha-3 code, or a posting's country as written)");
  CHECK(f.run("ai-share").rows.size() == 3);
}

TEST_CASE("a country, region or industry that names nothing is a typo, not an empty report",
          "[reports]") {
  Fixture f;
  ReportFilters filters;
  filters.country = "Grmany";
  CHECK_THROWS_WITH(f.run("ai-share", filters),
                    "unknown country 'Grmany'; did you mean 'germany'? (--country takes a "
                    "country name, an ISO alpha-2 or alpha-3 code, or a posting's country as "
                    "written)");
  filters = {};
  filters.region = "western europ";
  CHECK_THROWS_WITH(f.run("ai-share", filters),
                    "unknown region 'western europ'; did you mean 'western europe'? (--region "
                    "takes a UN M49 sub-region, e.g. 'Western Europe')");
  // A blank place or industry is refused, before anything is read.
  filters = {};
  filters.country = " ";
  CHECK_THROWS_WITH(f.run("ai-share", filters), "--country needs a country, e.g. US or Germany");
  filters = {};
  filters.region = "";
  CHECK_THROWS_WITH(f.run("top-skills", filters),
                    "--region needs a UN M49 sub-region, e.g. 'Western Europe'");
  filters = {};
  filters.industry = "";
  CHECK_THROWS_WITH(f.run("pay-by-level", filters),
                    "--industry needs an industry, as the postings write it");
  filters = {};
  filters.industry = "Fintech";
  CHECK_THROWS_WITH(f.run("ai-share", filters),
                    "unknown industry 'Fintech' (no posting has it; --industry matches a "
                    "posting's industry as written, in any case; the industries: Finance, "
                    "Technology)");
  filters.industry = "tecnology";
  CHECK_THROWS_WITH(f.run("ai-share", filters),
                    Catch::StartsWith("unknown industry 'tecnology'; did you mean 'technology'?"));
  // Known names in any case still filter; a country with no postings is an empty report.
  filters.industry = "FINANCE";
  CHECK(f.run("ai-share", filters).rows.size() == 3);
  filters = {};
  filters.country = "France";
  CHECK(f.run("ai-share", filters).rows.empty());
}
