#include <catch2/catch.hpp>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/import_postings.hpp"
#include "jobsight/reports.hpp"
#include "test_support.hpp"

using namespace jobsight;
using jobsight::test::TempDir;

namespace {

// Nine postings whose reports are worked out by hand below. All pay is USD a year unless said.
//   #  month    level (why)                  AI (why)            pay (USD/yr)   skills
//   1  2024-01  mid (no keyword)            yes (title)         110,000 mid    Python, PyTorch
//   2  2024-01  entry (given)               no                   50,000        SQL, Excel
//   3  2024-01  senior (title)              no                  150,000        Python, SQL
//   4  2024-02  intern (title)              no                   62,400 (30/h) Python
//   5  2024-02  mid                         yes (pytorch skill)  none          Python, PyTorch
//   6  2024-02  lead (title)                yes (title)         200,000        Python, SQL, Spark
//   7  2024-03  entry (title)               no                   70,000        Python
//   8  2024-03  executive (title "VP")      no                  275,000 mid    SQL
//   9  2024-03  senior (title)              yes (title "AI")      1,000 outlier Python, PyTorch
//   10 duplicate of 1 (same id): not counted.
const char* kHandMade =
    "job_id,posted_date,title,seniority,country,industry,salary_min,salary_max,salary,"
    "salary_currency,salary_period,skills\n"
    "1,2024-01-10,Machine Learning Engineer,,US,Technology,100000,120000,,USD,year,Python;PyTorch\n"
    "2,2024-01-15,Data Analyst,Entry level,US,Finance,,,50000,,year,SQL;Excel\n"
    "3,2024-01-20,Senior Software Engineer,,United States,Technology,,,150000,,,Python;SQL\n"
    "4,2024-02-03,Software Engineer Intern,,US,Technology,,,30,USD,hour,Python\n"
    "5,2024-02-11,Data Scientist,,DE,Finance,,,,,,Python;pytorch\n"
    "6,2024-02-20,Lead Machine Learning Engineer,,US,Technology,,,200000,USD,,Python;SQL;Spark\n"
    "7,2024-03-01,Junior Python Developer,,US,Finance,,,70000,,,Python\n"
    "8,2024-03-05,VP of Engineering,,US,Finance,250000,300000,,,,SQL\n"
    "9,2024-03-09,Senior AI Researcher,,US,Technology,,,1000,,,\"Python, PyTorch\"\n"
    "1,2024-01-10,Machine Learning "
    "Engineer,,US,Technology,100000,120000,,USD,year,Python;PyTorch\n";

struct Fixture {
  TempDir dir;
  Database db = Database::open_in_memory();
  Fixture() { import_postings(db, dir.write("hand.csv", kHandMade), ImportOptions{}); }

  Table run(const std::string& name, const ReportFilters& filters = {}) {
    return run_report(db, name, filters);
  }
};

Cell I(std::int64_t v) {
  return Cell{v};
}
Cell R(double v) {
  return Cell{v};
}
Cell T(const char* v) {
  return Cell{std::string(v)};
}
Cell Null() {
  return Cell{std::monostate{}};
}

// Compares rows cell by cell, reals to 1e-9 relative.
void check_rows(const Table& table, const std::vector<std::vector<Cell>>& expected) {
  REQUIRE(table.rows.size() == expected.size());
  for (std::size_t r = 0; r < expected.size(); ++r) {
    REQUIRE(table.rows[r].size() == expected[r].size());
    for (std::size_t c = 0; c < expected[r].size(); ++c) {
      INFO("row " << r << " column " << table.columns[c]);
      const Cell& want = expected[r][c];
      const Cell& got = table.rows[r][c];
      if (const double* w = std::get_if<double>(&want)) {
        REQUIRE(std::holds_alternative<double>(got));
        CHECK(std::get<double>(got) == Approx(*w).epsilon(1e-9));
      } else {
        CHECK(got == want);
      }
    }
  }
}

}  // namespace

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
  CHECK(f.run("ai-share", hostile).rows.empty());
  CHECK(f.run("ai-share").rows.size() == 3);
}
