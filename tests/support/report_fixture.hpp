#pragma once
// The hand-made postings shared by the report tests, and helpers to compare report tables.

#include <catch2/catch.hpp>

#include "jobsight/database.hpp"
#include "jobsight/import.hpp"
#include "jobsight/reports.hpp"
#include "support/test_support.hpp"

namespace jobsight::test {

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
//   9  2024-03  senior (title)              yes (title "AI")        900 outlier Python, PyTorch
//   10 duplicate of 1 (same id): not counted.
inline const char* kHandMade =
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
    "9,2024-03-09,Senior AI Researcher,,US,Technology,,,900,,year,\"Python, PyTorch\"\n"
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

inline Cell I(std::int64_t v) {
  return Cell{v};
}
inline Cell R(double v) {
  return Cell{v};
}
inline Cell T(const char* v) {
  return Cell{std::string(v)};
}
inline Cell Null() {
  return Cell{std::monostate{}};
}

// Compares rows cell by cell, reals to 1e-9 relative.
inline void check_rows(const Table& table, const std::vector<std::vector<Cell>>& expected) {
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

}  // namespace jobsight::test
