// The reports of the full catalogue (pay-by-level, pay-by-region, top-skills, ai-growth,
// ai-premium, summary) on hand-made data whose answers are worked out below.
#include <SQLiteCpp/Statement.h>

#include <catch2/catch.hpp>

#include "jobsight/error.hpp"
#include "storage/sqlite_connection.hpp"
#include "support/report_fixture.hpp"

using namespace jobsight;
using namespace jobsight::test;

namespace {

// Adds salary observations (all 2024) beside the hand-made postings:
//   entry 80,000 US; entry 90,000 US; mid 120,000 DE; senior 160,000 US; senior 1,000 US (outlier).
void add_observations(Database& db) {
  jobsight::sqlite_of(db).exec(
      "INSERT INTO import_runs (kind, file_name, file_size, sha256, started_at, finished_at, "
      "rows_read, rows_imported, rows_duplicate, rows_rejected, pay_unconverted) VALUES "
      "('salaries', 'obs.csv', 0, '" +
      std::string(64, 'a') + "', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 5, 5, 0, 0, 0)");
  std::int64_t import_id = jobsight::sqlite_of(db).getLastInsertRowid();
  SQLite::Statement insert(
      jobsight::sqlite_of(db),
      "INSERT INTO salary_observations (import_id, source_line, work_year, observed_date, "
      "month_key, quarter_key, year_key, job_title, seniority, seniority_inferred, pay_status, "
      "pay_usd_annual, pay_outlier, country_code, region, is_ai) VALUES (?, ?, 2024, '2024-01-01', "
      "'2024-01', '2024-Q1', '2024', 'Data Scientist', ?, 0, 'converted', ?, ?, ?, ?, 0)");
  struct Obs {
    const char* level;
    double pay;
    const char* country;
    const char* region;
  };
  int line = 2;
  for (Obs o :
       {Obs{"entry", 80000, "US", "Northern America"},
        Obs{"entry", 90000, "US", "Northern America"}, Obs{"mid", 120000, "DE", "Western Europe"},
        Obs{"senior", 160000, "US", "Northern America"},
        Obs{"senior", 1000, "US", "Northern America"}}) {
    insert.bind(1, import_id);
    insert.bind(2, line++);
    insert.bind(3, o.level);
    insert.bind(4, o.pay);
    insert.bind(5, o.pay < 5000 ? 1 : 0);
    insert.bind(6, o.country);
    insert.bind(7, o.region);
    insert.exec();
    insert.reset();
  }
}

struct PayFixture : Fixture {
  PayFixture() { add_observations(db); }
};

ReportFilters min_n(int n) {
  ReportFilters filters;
  filters.min_n = n;
  return filters;
}

}  // namespace

TEST_CASE("pay-by-level combines postings and observations by default", "[reports]") {
  PayFixture f;
  Table table = f.run("pay-by-level", min_n(1));
  CHECK(table.columns == std::vector<std::string>{"level", "n", "p25", "median", "p75", "p90",
                                                  "mean", "postings_n", "observations_n"});
  // entry: 50,000 70,000 (postings) 80,000 90,000 (observations), n = 4:
  //   p25 h=0.75 -> 65,000; median h=1.5 -> 75,000; p75 h=2.25 -> 82,500; p90 h=2.7 -> 87,000.
  // mid: 110,000 120,000 -> p25 112,500, median 115,000, p75 117,500, p90 119,000.
  // senior: 150,000 160,000 (the 1,000 observation is an outlier) -> the same shape.
  check_rows(
      table,
      {{T("intern"), I(1), R(62400), R(62400), R(62400), R(62400), R(62400), I(1), I(0)},
       {T("entry"), I(4), R(65000), R(75000), R(82500), R(87000), R(72500), I(2), I(2)},
       {T("mid"), I(2), R(112500), R(115000), R(117500), R(119000), R(115000), I(1), I(1)},
       {T("senior"), I(2), R(152500), R(155000), R(157500), R(159000), R(155000), I(1), I(1)},
       {T("lead"), I(1), R(200000), R(200000), R(200000), R(200000), R(200000), I(1), I(0)},
       {T("executive"), I(1), R(275000), R(275000), R(275000), R(275000), R(275000), I(1), I(0)}});
}

TEST_CASE("pay-by-level takes pay from one source with --source", "[reports]") {
  PayFixture f;
  ReportFilters filters = min_n(1);
  filters.source = "observations";
  check_rows(
      f.run("pay-by-level", filters),
      {{T("entry"), I(2), R(82500), R(85000), R(87500), R(89000), R(85000), I(0), I(2)},
       {T("mid"), I(1), R(120000), R(120000), R(120000), R(120000), R(120000), I(0), I(1)},
       {T("senior"), I(1), R(160000), R(160000), R(160000), R(160000), R(160000), I(0), I(1)}});
  filters.source = "postings";
  Table postings = f.run("pay-by-level", filters);
  REQUIRE(postings.rows.size() == 6);
  check_rows(Table{postings.columns, {postings.rows[1]}},
             {{T("entry"), I(2), R(55000), R(60000), R(65000), R(68000), R(60000), I(2), I(0)}});
  CHECK(f.run("pay-by-level").rows.empty());  // no level reaches the default --min-n 10
  filters.industry = "Technology";            // observations have no industry
  filters.source = "observations";
  CHECK(f.run("pay-by-level", filters).rows.empty());
}

TEST_CASE("pay-by-region compares each region's median with the US median", "[reports]") {
  PayFixture f;
  Table table = f.run("pay-by-region", min_n(1));
  CHECK(table.columns == std::vector<std::string>{"region", "n", "p25", "median", "p75", "mean",
                                                  "vs_us_pct", "postings_n", "observations_n"});
  // Northern America (all US): 50,000 62,400 70,000 80,000 90,000 110,000 150,000 160,000
  //   200,000 275,000; n = 10: p25 h=2.25 -> 72,500; median h=4.5 -> 100,000; p75 h=6.75 ->
  //   157,500; mean 1,247,400 / 10. Western Europe: the DE observation 120,000 (+20% vs US).
  check_rows(table, {{T("Western Europe"), I(1), R(120000), R(120000), R(120000), R(120000),
                      R(20.0), I(0), I(1)},
                     {T("Northern America"), I(10), R(72500), R(100000), R(157500), R(124740),
                      R(0.0), I(7), I(3)}});
  ReportFilters by_country = min_n(1);
  by_country.by = "country";
  Table countries = f.run("pay-by-region", by_country);
  CHECK(countries.columns[0] == "country");
  REQUIRE(countries.rows.size() == 2);
  CHECK(countries.rows[0][0] == T("DE"));
  CHECK(countries.rows[1][0] == T("US"));
  ReportFilters germany = min_n(1);
  germany.country = "Germany";  // no US pay inside the filter: nothing to compare with
  check_rows(f.run("pay-by-region", germany), {{T("Western Europe"), I(1), R(120000), R(120000),
                                                R(120000), R(120000), Null(), I(0), I(1)}});
}

TEST_CASE("top-skills ranks skills per period with their share and its change", "[reports]") {
  Fixture f;
  // 2024 (9 postings): Python 7, SQL 4, PyTorch 3, Apache Spark 1, Excel 1.
  Table year = f.run("top-skills");
  CHECK(year.columns == std::vector<std::string>{"period", "rank", "skill", "category", "postings",
                                                 "share_pct", "change_pts"});
  check_rows(year, {{T("2024"), I(1), T("Python"), T("language"), I(7), R(700.0 / 9), Null()},
                    {T("2024"), I(2), T("SQL"), T("language"), I(4), R(400.0 / 9), Null()},
                    {T("2024"), I(3), T("PyTorch"), T("ai"), I(3), R(300.0 / 9), Null()},
                    {T("2024"), I(4), T("Apache Spark"), T("data"), I(1), R(100.0 / 9), Null()},
                    {T("2024"), I(5), T("Excel"), T("analytics"), I(1), R(100.0 / 9), Null()}});
  ReportFilters monthly;
  monthly.period = "month";
  monthly.top = 2;
  // Jan: Python 2/3, SQL 2/3. Feb: Python 3/3 (+33.3 pts), then four skills at 1/3 of which
  // Apache Spark comes first by name (+33.3 pts, absent in Jan). Mar: Python 2/3 (-33.3 pts),
  // PyTorch 1/3 (as in Feb: 0 pts).
  check_rows(f.run("top-skills", monthly),
             {{T("2024-01"), I(1), T("Python"), T("language"), I(2), R(200.0 / 3), Null()},
              {T("2024-01"), I(2), T("SQL"), T("language"), I(2), R(200.0 / 3), Null()},
              {T("2024-02"), I(1), T("Python"), T("language"), I(3), R(100.0), R(100.0 / 3)},
              {T("2024-02"), I(2), T("Apache Spark"), T("data"), I(1), R(100.0 / 3), R(100.0 / 3)},
              {T("2024-03"), I(1), T("Python"), T("language"), I(2), R(200.0 / 3), R(-100.0 / 3)},
              {T("2024-03"), I(2), T("PyTorch"), T("ai"), I(1), R(100.0 / 3), R(0.0)}});
}

TEST_CASE("top-skills still compares the first period shown with the one before it", "[reports]") {
  Fixture f;
  ReportFilters filters;
  filters.period = "month";
  filters.top = 1;
  filters.from = "2024-02-15";  // touches February: the whole month is shown
  check_rows(f.run("top-skills", filters),
             {{T("2024-02"), I(1), T("Python"), T("language"), I(3), R(100.0), R(100.0 / 3)},
              {T("2024-03"), I(1), T("Python"), T("language"), I(2), R(200.0 / 3), R(-100.0 / 3)}});
  filters.from.reset();
  filters.to = "2024-01-31";
  check_rows(f.run("top-skills", filters),
             {{T("2024-01"), I(1), T("Python"), T("language"), I(2), R(200.0 / 3), Null()}});
}

TEST_CASE("ai-growth compares AI postings with the year before, per industry or country",
          "[reports]") {
  TempDir dir;
  Database db = Database::open_in_memory();
  // Technology (US): 2024 AI 2, other 2; 2025 AI 4, other 1.
  // Finance (DE):    2024 AI 1, other 3; 2025 AI 1, other 3.
  std::string csv = "title,date,industry,country\n";
  auto add = [&](const std::string& title, int year, const char* industry, const char* country,
                 int count) {
    for (int i = 0; i < count; ++i) {
      csv += title + " " + std::to_string(i) + "," + std::to_string(year) + "-03-01," + industry +
             "," + country + "\n";
    }
  };
  add("ML Engineer", 2024, "Technology", "US", 2);
  add("Accountant", 2024, "Technology", "US", 2);
  add("AI Analyst", 2024, "Finance", "DE", 1);
  add("Teller", 2024, "Finance", "DE", 3);
  add("ML Engineer", 2025, "Technology", "US", 4);
  add("Accountant", 2025, "Technology", "US", 1);
  add("AI Analyst", 2025, "Finance", "DE", 1);
  add("Teller", 2025, "Finance", "DE", 3);
  // 2025 has postings up to March only, so both years count January to March: this November
  // 2024 posting counts in 2024 against 2023, but not in 2025 against 2024.
  csv += "ML Engineer late,2024-11-15,Technology,US\n";
  import_postings(db, dir.write("growth.csv", csv), ImportOptions{});

  ReportFilters filters = min_n(1);
  Table table = run_report(db, "ai-growth", filters);
  CHECK(table.columns == std::vector<std::string>{"industry", "year", "through_month",
                                                  "ai_postings_prev", "ai_postings",
                                                  "ai_growth_pct", "other_postings_prev",
                                                  "other_postings", "other_growth_pct"});
  check_rows(table, {{T("Technology"), I(2025), I(3), I(2), I(4), R(100.0), I(2), I(1), R(-50.0)},
                     {T("Finance"), I(2025), I(3), I(1), I(1), R(0.0), I(3), I(3), R(0.0)}});
  filters.by = "country";
  Table countries = run_report(db, "ai-growth", filters);
  CHECK(countries.columns[0] == "country");
  check_rows(countries, {{T("US"), I(2025), I(3), I(2), I(4), R(100.0), I(2), I(1), R(-50.0)},
                         {T("DE"), I(2025), I(3), I(1), I(1), R(0.0), I(3), I(3), R(0.0)}});
  filters = min_n(1);
  filters.year = 2024;  // nothing in 2023: growth is undefined
  check_rows(run_report(db, "ai-growth", filters),
             {{T("Finance"), I(2024), I(11), I(0), I(1), Null(), I(0), I(3), Null()},
              {T("Technology"), I(2024), I(11), I(0), I(3), Null(), I(0), I(2), Null()}});
  CHECK(run_report(db, "ai-growth", ReportFilters{}).rows.empty());  // default --min-n 10
  filters = {};
  filters.by = "region";
  CHECK_THROWS_WITH(run_report(db, "ai-growth", filters),
                    "--by 'region' is not one of industry, country");
}

TEST_CASE("summary digests AI share, pay bands, skills, junior share and regions", "[reports]") {
  PayFixture f;
  Table table = f.run("summary", min_n(1));
  CHECK(table.columns == std::vector<std::string>{"topic", "item", "value", "interval", "n"});
  auto has = [&](const char* topic, const char* item, const char* value, const char* interval,
                 std::int64_t n) {
    std::vector<Cell> row{T(topic), T(item), T(value), T(interval), I(n)};
    return std::find(table.rows.begin(), table.rows.end(), row) != table.rows.end();
  };
  // All nine postings fall in the latest 12 months, 2024-01 to 2024-03 (the window is labelled by
  // the months it has data for); none before, so there
  // is no second window and no change. Wilson at 95% for 4/9, with z = 1.959964:
  // (4 + z²/2 ± z·√(4·5/9 + z²/4)) / (9 + z²) = 0.18878 to 0.73335.
  CHECK(has("AI share of postings", "2024-01 to 2024-03", "44.4%", "95% CI 18.9% to 73.3%", 9));
  // 1 AI share line, 6 pay bands, 5 top paying skills, 2 regions.
  CHECK(table.rows.size() == 14);
  // A median's interval needs n >= 6 at 95% (SPEC 3.1): every group here is smaller.
  CHECK(has("Pay band p25-p75", "entry", "$65k-$82k, median $75k", "median n too small", 4));
  CHECK(has("Pay band p25-p75", "mid", "$112k-$118k, median $115k", "median n too small", 2));
  CHECK(has("Top paying skill", "SQL", "median $175k, +59.1% vs all", "premium n too small", 4));
  CHECK(has("Top paying skill", "Python", "median $110k, +0.0% vs all", "premium n too small", 5));
  CHECK(
      has("Pay by region", "Western Europe", "median $120k, +20.0% vs US", "vs US n too small", 1));
  // Northern America is the US here: its 10 pay figures against themselves. Each median's
  // interval is taken at √0.95 = 0.97468 (α/2 = 0.01266): with B ~ Binomial(10, 0.5),
  // P(B <= 1) = 11/1024 = 0.0107 and P(B <= 2) = 56/1024 = 0.0547, so [x2, x9] = [62,400 (the
  // intern's $30 an hour), 200,000 (the lead)], and the premium interval is
  // [62,400/200,000 − 1, 200,000/62,400 − 1] = [−68.8%, +220.5%].
  CHECK(has("Pay by region", "Northern America", "median $100k, +0.0% vs US",
            "vs US 95% CI -68.8% to +220.5%", 10));
  // One year of data is no trend: no "Junior share 2024 to 2024" line.
  for (const auto& row : table.rows) CHECK(std::get<std::string>(row[0]) != "Junior share");
}

TEST_CASE("summary prints a line only where its n reaches --min-n", "[reports]") {
  PayFixture f;
  // At the default --min-n of 10 the 9 postings make no AI share line, and the pay groups
  // (n <= 5) none either; Northern America has 10 pay figures.
  Table table = f.run("summary", ReportFilters{});
  std::vector<std::string> topics;
  for (const auto& row : table.rows) topics.push_back(std::get<std::string>(row[0]));
  CHECK(topics == std::vector<std::string>{"Pay by region"});
  CHECK(table.rows[0][1] == T("Northern America"));
}

TEST_CASE("the new report options are validated", "[reports]") {
  Fixture f;
  ReportFilters bad;
  bad.source = "rumours";
  CHECK_THROWS_WITH(f.run("pay-by-level", bad),
                    "--source 'rumours' is not one of postings, observations, both");
  bad = {};
  bad.by = "city";
  CHECK_THROWS_WITH(f.run("pay-by-region", bad), "--by 'city' is not one of region, country");
  bad = {};
  bad.top = 0;
  CHECK_THROWS_WITH(f.run("top-skills", bad), "--top must be at least 1 (got 0)");
}
