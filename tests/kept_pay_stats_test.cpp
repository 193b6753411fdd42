// kept_pay_stats (migrations/0017), the pay reports' statistics with their default filters,
// with one segment alone (--ai, --no-ai, one --level) and in one country and calendar year
// (--country with --year) kept so that the views and the command line read them instead of
// sorting every figure: through imports, duplicates, rejects, a salary import and deletes, every
// pay report reads from them exactly what it computes from the figures, in the views and on the
// command line (--ci and --min-n included); any other filter computes; an import marks them
// stale until update_kept_pay_statistics, and stale ones are never read.
#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <cstddef>
#include <regex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/import.hpp"
#include "jobsight/reports.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/kept_pay_stats.hpp"
#include "storage/query.hpp"
#include "storage/report_sql.hpp"
#include "storage/write_transaction.hpp"
#include "support/report_fixture.hpp"

using jobsight::Cell;
using jobsight::ReportFilters;
using jobsight::Table;

namespace {

// 240 postings over two years, four levels, three countries (and some without one), AI and other
// titles, five skills and a spread of pay (some without), so every pay report has groups above
// and below --min-n 10.
std::string many_postings(const std::string& prefix) {
  const char* levels[] = {"Entry level", "Mid level", "Senior", "Lead"};
  const char* countries[] = {"US", "DE", "IN"};
  const char* titles[] = {"Machine Learning Engineer", "Data Analyst", "Software Engineer"};
  const char* skills[] = {"Python", "SQL;Excel", "Python;PyTorch", "Spark"};
  std::string text = "job_id,posted_date,title,seniority,country,industry,salary,skills\n";
  for (int i = 0; i < 240; ++i) {
    text += prefix + std::to_string(i) + (i % 6 == 0 ? ",2023-0" : ",2024-0") +
            std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + "," + titles[i % 3] + "," +
            levels[i % 4] + "," +
            (i % 13 == 5 ? std::string() : countries[i % 7 == 0 ? 2 : i % 2]) + "," +
            (i % 5 == 0 ? "Finance" : "Technology") + "," +
            (i % 11 == 0 ? std::string() : std::to_string(40'000 + (i * 7919) % 150'000)) + "," +
            skills[(i + i / 4) % 4] + "\n";  // every skill at every level
  }
  return text;
}

// A database in memory holding many_postings("a"), imported (their CSV file is gone after).
jobsight::Database database_of_many_postings() {
  jobsight::test::TempDir dir;
  jobsight::Database db = jobsight::Database::open_in_memory();
  jobsight::import_postings(db, dir.write("many.csv", many_postings("a")),
                            jobsight::ImportOptions{});
  return db;
}

const char* kSurvey =
    "work_year,experience_level,job_title,salary_in_usd,company_location\n"
    "2024,SE,ML Engineer,180000,US\n"
    "2024,MI,Data Analyst,90000,US\n"
    "2024,EN,Data Analyst,60000,DE\n"
    "2024,SE,AI Engineer,150000,DE\n"
    "2022,SE,ML Engineer,120000,FR\n"  // a country and year only observations have
    "2023,MI,Data Analyst,50000,Japan\n";

// Each pay report, with the options that pick among the kept statistics.
std::vector<std::pair<std::string, ReportFilters>> kept_runs() {
  std::vector<std::pair<std::string, ReportFilters>> runs;
  for (const char* name : {"pay-by-level", "pay-by-region", "pay-by-skill", "ai-premium"}) {
    ReportFilters plain;
    runs.emplace_back(name, plain);
    ReportFilters small;
    small.min_n = 1;
    runs.emplace_back(name, small);
    ReportFilters ci;
    ci.ci = true;
    runs.emplace_back(name, ci);
    // The segments kept (sql/reports/_kept_pay_segment.sql): one AI flag or one level alone.
    ReportFilters senior;
    senior.level = "senior";
    runs.emplace_back(name, senior);
    ReportFilters intern;  // no intern in the fixture: no rows, kept or computed
    intern.level = "intern";
    runs.emplace_back(name, intern);
    ReportFilters lead;
    lead.level = "lead";
    lead.ci = true;
    runs.emplace_back(name, lead);
    // One skill alone: kept for pay-by-level and ai-premium (from pay-by-skill's cells of the
    // skill) and pay-by-region (from a read of every skill's figures), computed by
    // pay-by-skill; a skill no posting asks for has no rows either way.
    ReportFilters python;
    python.skill = "python";
    runs.emplace_back(name, python);
    ReportFilters pytorch;
    pytorch.skill = "PyTorch";
    pytorch.min_n = 1;
    pytorch.ci = true;
    runs.emplace_back(name, pytorch);
    ReportFilters excel;
    excel.skill = "excel";
    excel.min_n = 2;
    runs.emplace_back(name, excel);
    ReportFilters rust;
    rust.skill = "rust";
    rust.min_n = 1;
    runs.emplace_back(name, rust);
    if (std::string(name) != "ai-premium") {  // it compares AI roles with the others
      ReportFilters ai;
      ai.ai = true;
      runs.emplace_back(name, ai);
      ReportFilters others;
      others.ai = false;
      others.min_n = 1;
      runs.emplace_back(name, others);
    }
  }
  ReportFilters by_country;
  by_country.by = "country";
  runs.emplace_back("pay-by-region", by_country);
  by_country.min_n = 2;
  by_country.ci = true;
  runs.emplace_back("pay-by-region", by_country);
  by_country.skill = "python";  // one skill by country: computed, unlike by region
  runs.emplace_back("pay-by-region", by_country);
  by_country.skill = "PyTorch";
  by_country.min_n = 1;
  runs.emplace_back("pay-by-region", by_country);
  // The countries and years kept: every pay report in one country and one calendar year, and in
  // a country or a year without a figure (no rows, kept or computed).
  // Nine pairs rather than every country by every year: the whole grid made this the slowest
  // test under the sanitizers (119 s). Each pair is a different case, with its own --min-n and
  // --ci.
  struct Place {
    const char* country;
    int year;
    int min_n;
    bool ci;
  };
  const std::vector<Place> places = {
      {"US", 2023, 2, true},
      {"US", 2024, 1, false},              // postings and observations
      {"DE", 2024, 3, true},               // postings and observations
      {"United States", 2024, 10, false},  // a name for the code
      {"IN", 2023, 1, true},
      {"FR", 2022, 1, true},   // observations only
      {"JP", 2023, 1, false},  // one observation, the country as a name in the survey
      {"DE", 2022, 1, false},  // none
      {"US", 2019, 1, true}};  // none
  for (const char* name : {"pay-by-level", "pay-by-region", "pay-by-skill", "ai-premium"}) {
    for (const Place& where : places) {
      ReportFilters place;
      place.country = where.country;
      place.year = where.year;
      place.min_n = where.min_n;
      place.ci = where.ci;
      runs.emplace_back(name, place);
    }
  }
  ReportFilters us_by_country;
  us_by_country.by = "country";
  us_by_country.country = "US";
  us_by_country.year = 2024;
  runs.emplace_back("pay-by-region", us_by_country);
  return runs;
}

std::vector<Table> run_all(jobsight::Database& db) {
  std::vector<Table> tables;
  for (const auto& [name, filters] : kept_runs()) {
    tables.push_back(jobsight::run_report(db, name, filters));
  }
  return tables;
}

std::vector<Table> views(jobsight::Database& db) {
  std::vector<Table> tables;
  for (const char* view : {"report_pay_by_level", "report_pay_by_region", "report_pay_by_skill",
                           "report_ai_premium"}) {
    tables.push_back(jobsight::query_table(db, std::string("SELECT * FROM ") + view));
  }
  return tables;
}

void mark_stale(jobsight::Database& db) {
  jobsight::query_table(db, "UPDATE kept_pay_stats_state SET current = 0");
}

// The reports and views from the kept statistics equal those computed from the figures (the
// command line's C++ and the views' window SQL), cell for cell.
void check_kept_equal_computed(jobsight::Database& db, std::size_t readers) {
  jobsight::update_kept_pay_statistics(db);
  REQUIRE(jobsight::kept_pay_stats_are_current(db));
  std::vector<Table> kept_reports = run_all(db);
  std::vector<Table> kept_views = views(db);
  // Computed within a budget of 7 figures (two passes over every report): the same. No group
  // here reaches the 1,024 figures a histogram needs, so every figure is held in both passes:
  // the histograms' own tests are in pay_statistics_test.cpp. Inside a write transaction, as the
  // commands compute them, a database in a file is read on two connections.
  {
    jobsight::WriteTransaction transaction(db);
    CHECK(jobsight::compute_kept_pay_stats(db, 7) == readers);
    transaction.commit();
  }
  // Outside one, on this connection alone (another writer could commit between two).
  CHECK(jobsight::compute_kept_pay_stats(db, 7) == 1);
  std::vector<Table> two_passes = run_all(db);
  for (std::size_t i = 0; i < two_passes.size(); ++i) {
    INFO("two passes, run " << i);
    CHECK(two_passes[i].rows == kept_reports[i].rows);
  }
  mark_stale(db);
  REQUIRE_FALSE(jobsight::kept_pay_stats_are_current(db));
  std::vector<Table> computed_reports = run_all(db);
  std::vector<Table> computed_views = views(db);
  std::vector<std::pair<std::string, ReportFilters>> runs = kept_runs();
  for (std::size_t i = 0; i < runs.size(); ++i) {
    INFO(runs[i].first << " run " << i);
    CHECK(kept_reports[i].columns == computed_reports[i].columns);
    CHECK(kept_reports[i].rows == computed_reports[i].rows);
  }
  for (std::size_t i = 0; i < kept_views.size(); ++i) {
    INFO("view " << i);
    CHECK(kept_views[i].columns == computed_views[i].columns);
    jobsight::test::check_rows(kept_views[i], computed_views[i].rows);
  }
  jobsight::update_kept_pay_statistics(db);
}

// Every country and year whose figures some pay report reads with --country CODE --year Y is
// listed by sql/queries/kept_pay_country_years.sql (a pair missing there would have no kept rows
// and answer empty): tried for every ISO code and the years around the data.
void check_country_years_listed(jobsight::Database& db) {
  std::set<std::pair<std::string, std::string>> listed;
  for (const auto& row : jobsight::query_named(db, "kept_pay_country_years").rows) {
    listed.emplace(std::get<std::string>(row.at(0)), std::get<std::string>(row.at(1)));
  }
  const Table codes = jobsight::query_table(db, "SELECT alpha2 FROM countries");
  for (const char* report : {"pay-by-level", "pay-by-skill"}) {
    jobsight::PreparedQuery values(db, jobsight::report_pay_values_query(report));
    for (const auto& code : codes.rows) {
      const std::string country = std::get<std::string>(code.at(0));
      for (int year = 2019; year <= 2026; ++year) {
        const std::string y = std::to_string(year);
        bool any = false;
        values.for_each_row({{":country", Cell{country}},
                             {":from", Cell{y + "-01-01"}},
                             {":to", Cell{y + "-12-31"}}},
                            [&](sqlite3_stmt*) { any = true; });
        INFO(report << " " << country << " " << y);
        if (any) CHECK(listed.count({country, y}) == 1);
      }
    }
  }
}

std::int64_t count_of(jobsight::Database& db, const std::string& sql) {
  return std::get<std::int64_t>(jobsight::query_table(db, sql).rows.at(0).at(0));
}

}  // namespace

TEST_CASE("kept pay statistics equal the computed ones through imports, duplicates and deletes",
          "[reports][kept]") {
  jobsight::test::TempDir dir;
  // In a file the groupings are read on two threads, the second on a connection of its own. In
  // the sanitized build only in a file (the half that runs more of the code; each half took 37 s
  // there).
#if JOBSIGHT_SANITIZED
  const bool in_file = true;
#else
  const bool in_file = GENERATE(false, true);
#endif
  INFO((in_file ? "in a file" : "in memory"));
  jobsight::Database db = in_file ? jobsight::Database::open_for_writing(dir.file("kept.db"))
                                  : jobsight::Database::open_in_memory();
  // A new database's are current, and empty.
  CHECK(jobsight::kept_pay_stats_are_current(db));
  CHECK(count_of(db, "SELECT count(*) FROM kept_pay_stats") == 0);
  check_kept_equal_computed(db, in_file ? 2 : 1);

  const std::string first = dir.write("many.csv", many_postings("a"));
  jobsight::import_postings(db, first, jobsight::ImportOptions{});
  // The import marks them stale; the command computes them once it is done.
  CHECK_FALSE(jobsight::kept_pay_stats_are_current(db));
  check_kept_equal_computed(db, in_file ? 2 : 1);
  CHECK(count_of(db, "SELECT count(*) FROM kept_pay_stats") > 20);

  jobsight::import_postings(db, dir.write("hand.csv", jobsight::test::kHandMade),
                            jobsight::ImportOptions{});  // a duplicate, an outlier
  check_kept_equal_computed(db, in_file ? 2 : 1);
  jobsight::import_postings(db, first, jobsight::ImportOptions{});  // all duplicates
  check_kept_equal_computed(db, in_file ? 2 : 1);
  jobsight::import_salaries(db, dir.write("survey.csv", kSurvey), jobsight::ImportOptions{});
  check_kept_equal_computed(db, in_file ? 2 : 1);
  check_country_years_listed(db);
  jobsight::import_postings(db, dir.write("more.csv", many_postings("b")),
                            jobsight::ImportOptions{});
  check_kept_equal_computed(db, in_file ? 2 : 1);

  jobsight::delete_import(db, 1);
  CHECK_FALSE(jobsight::kept_pay_stats_are_current(db));
  check_kept_equal_computed(db, in_file ? 2 : 1);
  jobsight::delete_import(db, 4);  // the observations
  check_kept_equal_computed(db, in_file ? 2 : 1);
  // Every group is kept, however small: n over a grouping adds up to its figures.
  CHECK(count_of(db, "SELECT sum(n) FROM kept_pay_stats WHERE report_grouping = 'pay-by-level'") ==
        count_of(db,
                 "SELECT count(*) FROM postings WHERE pay_usd_annual IS NOT NULL "
                 "AND pay_outlier = 0"));
}

TEST_CASE("the kept pay statistics are read only with the default filters", "[reports][kept]") {
  jobsight::Database db = database_of_many_postings();
  jobsight::update_kept_pay_statistics(db);
  // A marker no computation gives: what reads it read the kept rows.
  jobsight::query_table(db, "UPDATE kept_pay_stats SET median = -1");
  auto median_of_first_row = [&](const ReportFilters& filters) {
    Table table = jobsight::run_report(db, "pay-by-level", filters);
    REQUIRE_FALSE(table.rows.empty());
    return table.rows[0][3];
  };
  CHECK(median_of_first_row({}) == Cell{-1.0});
  ReportFilters small;
  small.min_n = 3;
  CHECK(median_of_first_row(small) == Cell{-1.0});
  ReportFilters ci;
  ci.ci = true;
  Table with_ci = jobsight::run_report(db, "pay-by-level", ci);
  CHECK(with_ci.rows.at(0).at(std::find(with_ci.columns.begin(), with_ci.columns.end(), "median") -
                              with_ci.columns.begin()) == Cell{-1.0});
  CHECK(jobsight::query_table(db, "SELECT median FROM report_pay_by_level").rows.at(0).at(0) ==
        Cell{-1.0});
  // So do one AI flag or one level alone, which are kept too.
  std::vector<ReportFilters> segments(3);
  segments[0].ai = true;
  segments[1].ai = false;
  segments[2].level = "senior";
  for (const ReportFilters& filters : segments) {
    CHECK(median_of_first_row(filters) == Cell{-1.0});
  }
  // Through the SQL (a view's text with parameters, as datasette binds them), --ai as the
  // integer the kept rows were computed with reads them; bound as text it computes.
  const std::string sql = jobsight::report_query("pay-by-level");
  CHECK(jobsight::query_table(db, sql, {{":ai", Cell{std::int64_t{1}}}}).rows.at(0).at(3) ==
        Cell{-1.0});
  CHECK(jobsight::query_table(db, sql, {{":ai", Cell{std::string("1")}}}).rows.at(0).at(3) !=
        Cell{-1.0});
  CHECK(jobsight::query_table(db, sql, {{":levels", Cell{std::string(",senior,")}}})
            .rows.at(0)
            .at(3) == Cell{-1.0});
  CHECK(jobsight::query_table(db, sql, {{":levels", Cell{std::string(",senior,lead,")}}})
            .rows.at(0)
            .at(3) != Cell{-1.0});
  // So does one skill alone, for the reports whose groups are levels and AI flags: through the
  // command line and through the SQL, with the skill's id as --skill binds it.
  ReportFilters python;
  python.skill = "python";
  CHECK(median_of_first_row(python) == Cell{-1.0});
  {
    Table premium = jobsight::run_report(db, "ai-premium", python);
    REQUIRE_FALSE(premium.rows.empty());
    const Cell python_id =
        jobsight::query_table(db, "SELECT skill_id FROM skills WHERE name = 'Python'")
            .rows.at(0)
            .at(0);
    CHECK(jobsight::query_table(db, sql, {{":skill_id", python_id}}).rows.at(0).at(3) ==
          Cell{-1.0});
    // pay-by-skill computes it: its groups are the other skills. pay-by-region keeps it by
    // region from a read of every skill's figures: every region's median is the marker, through
    // the command line and its SQL. By country it computes.
    CHECK(jobsight::query_table(db, jobsight::report_kept_answer_query("pay-by-skill"),
                                {{":skill_id", python_id}})
              .rows.at(0)
              .at(0) == Cell{std::int64_t{0}});
    for (const char* report : {"ai-premium", "pay-by-region"}) {
      INFO(report);
      CHECK(jobsight::query_table(db, jobsight::report_kept_answer_query(report),
                                  {{":skill_id", python_id}})
                .rows.at(0)
                .at(0) == Cell{std::int64_t{1}});
    }
    for (const char* by : {"region", "country"}) {
      INFO(by);
      ReportFilters places = python;
      places.by = by;
      Table regions = jobsight::run_report(db, "pay-by-region", places);
      REQUIRE(regions.rows.size() >= 2);
      const auto median = std::find(regions.columns.begin(), regions.columns.end(), "median") -
                          regions.columns.begin();
      const bool kept = std::string(by) == "region";
      for (const auto& row : regions.rows) CHECK((row.at(median) == Cell{-1.0}) == kept);
    }
    const std::string region_sql = jobsight::report_query("pay-by-region");
    CHECK(jobsight::query_table(db, region_sql, {{":skill_id", python_id}}).rows.at(0).at(3) ==
          Cell{-1.0});
    CHECK(jobsight::query_table(db, jobsight::report_kept_answer_query("pay-by-region"),
                                {{":skill_id", python_id}, {":by", Cell{std::string("country")}}})
              .rows.at(0)
              .at(0) == Cell{std::int64_t{0}});
  }
  // So does one country in one calendar year, named as a code or a name, or as the dates of
  // the year.
  std::vector<ReportFilters> places(3);
  places[0].country = "US";
  places[0].year = 2024;
  places[1].country = "Germany";
  places[1].year = 2024;
  places[2].country = "DE";
  places[2].from = "2024-01-01";
  places[2].to = "2024-12-31";
  for (const ReportFilters& filters : places) {
    CHECK(median_of_first_row(filters) == Cell{-1.0});
  }
  CHECK(jobsight::query_table(db, sql,
                              {{":country", Cell{std::string("US")}},
                               {":from", Cell{std::string("2024-01-01")}},
                               {":to", Cell{std::string("2024-12-31")}}})
            .rows.at(0)
            .at(3) == Cell{-1.0});
  // pay-by-skill keeps them too: every skill's median is the marker, through the command line
  // and through its SQL.
  {
    ReportFilters place;
    place.country = "US";
    place.year = 2024;
    Table skills = jobsight::run_report(db, "pay-by-skill", place);
    REQUIRE(skills.rows.size() >= 2);
    const std::size_t median =
        std::find(skills.columns.begin(), skills.columns.end(), "median") - skills.columns.begin();
    for (const auto& row : skills.rows) CHECK(row.at(median) == Cell{-1.0});
    CHECK(jobsight::query_table(db, jobsight::report_kept_answer_query("pay-by-skill"),
                                {{":country", Cell{std::string("US")}},
                                 {":from", Cell{std::string("2024-01-01")}},
                                 {":to", Cell{std::string("2024-12-31")}}})
              .rows.at(0)
              .at(0) == Cell{std::int64_t{1}});
  }
  // A country as written that is no code, or dates that are not one whole year, compute.
  const std::string answer = jobsight::report_kept_answer_query("pay-by-level");
  auto answers = [&](const char* country, const char* from, const char* to) {
    return jobsight::query_table(db, answer,
                                 {{":country", Cell{std::string(country)}},
                                  {":from", Cell{std::string(from)}},
                                  {":to", Cell{std::string(to)}}})
        .rows.at(0)
        .at(0);
  };
  CHECK(answers("US", "2024-01-01", "2024-12-31") == Cell{std::int64_t{1}});
  CHECK(answers("United States", "2024-01-01", "2024-12-31") == Cell{std::int64_t{0}});
  CHECK(answers("US", "2024-01-01", "2025-12-31") == Cell{std::int64_t{0}});
  CHECK(answers("US", "2024-01-02", "2024-12-31") == Cell{std::int64_t{0}});
  CHECK(answers("US", "2024-01-01", "2024-12-30") == Cell{std::int64_t{0}});
  CHECK(answers("US", "2024-01-01 ", "2024-12-31") == Cell{std::int64_t{0}});
  // Any other filter, two segments together, another confidence or one source computes.
  std::vector<ReportFilters> filtered(15);
  filtered[12].skill = "python";
  filtered[12].level = "senior";
  filtered[13].skill = "python";
  filtered[13].ai = true;
  filtered[14].skill = "python";
  filtered[14].country = "US";
  filtered[14].year = 2024;
  filtered[0].country = "US";
  filtered[1].year = 2024;
  filtered[8].country = "US";
  filtered[8].year = 2024;
  filtered[8].level = "senior";
  filtered[9].country = "US";
  filtered[9].from = "2024-01-01";
  filtered[9].to = "2024-06-30";
  filtered[10].country = "US";
  filtered[10].year = 2024;
  filtered[10].region = "Northern America";
  filtered[11].from = "2024-01-01";
  filtered[11].to = "2024-12-31";
  filtered[2].ai = true;
  filtered[2].level = "senior";
  filtered[3].source = "postings";
  filtered[4].ci = true;
  filtered[4].confidence = 0.9;
  filtered[5].title = "engineer";
  filtered[6].level = "senior,lead";
  filtered[7].level = "senior-plus";
  for (const ReportFilters& filters : filtered) {
    Table table = jobsight::run_report(db, "pay-by-level", filters);
    REQUIRE_FALSE(table.rows.empty());
    for (const auto& row : table.rows) {
      const std::size_t median =
          std::find(table.columns.begin(), table.columns.end(), "median") - table.columns.begin();
      CHECK(row.at(median) != Cell{-1.0});
    }
  }
  // So does a stale one, in the views too.
  mark_stale(db);
  CHECK(median_of_first_row({}) != Cell{-1.0});
  CHECK(jobsight::query_table(db, "SELECT median FROM report_pay_by_level").rows.at(0).at(0) !=
        Cell{-1.0});
}

TEST_CASE("the values by skill are, for each skill, the values with that :skill_id bound",
          "[reports][kept]") {
  // The contract of report_pay_values_by_skill_query that kept_pay_stats.cpp keeps
  // pay-by-region's statistics for one skill by: its rows of a skill, as a multiset, are the
  // report's pay values with :skill_id bound to it; by region and by country, with postings
  // without a country and salary observations (which name no skill) in the data.
  jobsight::Database db = database_of_many_postings();
  jobsight::test::TempDir dir;
  jobsight::import_salaries(db, dir.write("survey.csv", kSurvey), jobsight::ImportOptions{});
  // The skills the postings ask for, and one they do not (no rows either way): the whole
  // taxonomy took 13 s under the sanitizers, a composed query for each skill.
  const Table skills = jobsight::query_table(
      db,
      "SELECT DISTINCT skill_id FROM posting_skills UNION SELECT skill_id FROM skills "
      "WHERE name = 'Rust'");
  for (const Cell& by : {Cell{}, Cell{std::string("country")}}) {
    const Table by_skill = jobsight::query_table(
        db, jobsight::report_pay_values_by_skill_query("pay-by-region"), {{":by", by}});
    std::size_t checked = 0;
    for (const auto& skill_row : skills.rows) {
      const Cell& skill = skill_row.at(0);
      std::multiset<std::vector<Cell>> expected;
      for (const auto& row :
           jobsight::query_table(db, jobsight::report_pay_values_query("pay-by-region"),
                                 {{":by", by}, {":skill_id", skill}})
               .rows) {
        expected.insert(row);
      }
      std::multiset<std::vector<Cell>> got;
      for (const auto& row : by_skill.rows) {  // skill_id, grp, pay_source, pay
        if (row.at(0) == skill) got.insert({row.at(1), row.at(2), row.at(3)});
      }
      CHECK(got == expected);
      checked += expected.size();
    }
    CHECK(checked == by_skill.rows.size());  // every row is some skill's
    CHECK(checked > 300);                    // the fixture's postings ask for 1-2 skills each
  }
}

TEST_CASE("kept pay statistics of another rule are computed again, and :by reads as pay_groups",
          "[reports][kept]") {
  jobsight::Database db = database_of_many_postings();
  jobsight::update_kept_pay_statistics(db);
  Table right = jobsight::run_report(db, "pay-by-level", {});
  // As another jobsight would leave them: current, but by another rule.
  jobsight::query_table(db, "UPDATE kept_pay_stats SET median = -1");
  jobsight::query_table(db, "UPDATE kept_pay_stats_state SET rule = 'another jobsight'");
  CHECK_FALSE(jobsight::kept_pay_stats_are_current(db));
  CHECK(jobsight::run_report(db, "pay-by-level", {}).rows == right.rows);  // computed
  jobsight::update_kept_pay_statistics(db);
  CHECK(jobsight::kept_pay_stats_are_current(db));
  CHECK(jobsight::run_report(db, "pay-by-level", {}).rows == right.rows);  // kept again
  CHECK(jobsight::query_table(db, "SELECT count(*) FROM kept_pay_stats WHERE median = -1")
            .rows.at(0)
            .at(0) == Cell{std::int64_t{0}});
  // A :by pay_groups does not know groups by region, in the kept statistics as computed.
  const std::string sql = jobsight::report_query("pay-by-region");
  Table by_region = jobsight::query_table(db, sql, {});
  REQUIRE_FALSE(by_region.rows.empty());
  CHECK(jobsight::query_table(db, sql, {{":by", Cell{std::string("industry")}}}).rows ==
        by_region.rows);
}

TEST_CASE("every pay report's kept key is NULL where no statistics are kept for the filters",
          "[reports][kept]") {
  // _kept_pay_stats_answer.sql asks for a segment and a key; a report whose pay_grouping gave a
  // key for a filter that names no segment would read another filter's rows.
  jobsight::Database db = jobsight::Database::open_in_memory();
  const Cell us{std::string("US")}, from{std::string("2025-01-01")}, to{std::string("2025-12-31")};
  for (const char* report : {"pay-by-level", "pay-by-region", "pay-by-skill", "ai-premium"}) {
    INFO(report);
    const std::string key = jobsight::report_pay_grouping_query(report);
    auto key_of = [&](const jobsight::QueryParameters& parameters) {
      return jobsight::query_table(db, key, parameters).rows.at(0).at(0);
    };
    CHECK(key_of({{":country", us}}) == Cell{});
    CHECK(key_of({{":from", from}, {":to", to}}) == Cell{});
    CHECK(key_of({{":country", us},
                  {":from", from},
                  {":to", to},
                  {":levels", Cell{std::string(",senior,")}}}) == Cell{});
    CHECK(key_of({{":ai", Cell{std::int64_t{1}}}, {":levels", Cell{std::string(",senior,")}}}) ==
          Cell{});
    CHECK(std::holds_alternative<std::string>(
        key_of({{":country", us}, {":from", from}, {":to", to}})));
    // One skill alone is kept for the reports whose groups pay-by-skill's cells of a skill
    // give (levels and AI flags) and for pay-by-region by region (from a read of every skill's
    // figures), for a skill's id as an integer; never with another filter. pay-by-skill and
    // pay-by-region by country compute it.
    const Cell python =
        jobsight::query_table(db, "SELECT skill_id FROM skills WHERE name = 'Python'")
            .rows.at(0)
            .at(0);
    const bool per_skill = std::string(report) != "pay-by-skill";
    CHECK(std::holds_alternative<std::string>(key_of({{":skill_id", python}})) == per_skill);
    if (std::string(report) == "pay-by-region") {  // the others read no :by
      CHECK(key_of({{":skill_id", python}, {":by", Cell{std::string("country")}}}) == Cell{});
    }
    CHECK(key_of({{":skill_id", Cell{std::int64_t{0}}}}) == Cell{});  // no skill's id
    CHECK(key_of({{":skill_id", Cell{std::string("1")}}}) == Cell{});
    CHECK(key_of({{":skill_id", python}, {":levels", Cell{std::string(",senior,")}}}) == Cell{});
    CHECK(key_of({{":skill_id", python}, {":ai", Cell{std::int64_t{1}}}}) == Cell{});
    CHECK(key_of({{":skill_id", python}, {":country", us}, {":from", from}, {":to", to}}) ==
          Cell{});
  }
}

TEST_CASE("the kept statistics answer only when every filter the pay SQL reads is unset",
          "[reports][kept]") {
  // _kept_pay_stats_answer.sql lists the filters; a filter added to the scoped fragments and
  // not there would let a filtered view or canned query read the unfiltered statistics.
  auto parameters_of = [](std::string_view text) {
    static const std::regex parameter(R"(:([a-z_]+))");
    std::set<std::string> found;
    // The SQL without its comments.
    std::string s = std::regex_replace(std::string(text), std::regex("--[^\n]*"), "");
    for (std::sregex_iterator it(s.begin(), s.end(), parameter), end; it != end; ++it) {
      found.insert((*it)[1]);
    }
    return found;
  };
  std::set<std::string> filters, listed;
  for (const jobsight::EmbeddedSql& entry : jobsight::embedded_report_queries()) {
    if (entry.name == "_scoped_postings" || entry.name == "_scoped_observations" ||
        entry.name == "_scoped_pay") {
      for (const std::string& p : parameters_of(entry.text)) filters.insert(p);
    }
    // The answer lists each filter, the segments it may answer through _kept_pay_segment.sql.
    if (entry.name == "_kept_pay_stats_answer" || entry.name == "_kept_pay_segment") {
      for (const std::string& p : parameters_of(entry.text)) listed.insert(p);
    }
  }
  filters.erase("period");  // picks the period column; no pay report groups by it
  REQUIRE(filters.size() >= 12);
  CHECK(filters == listed);
}

TEST_CASE("computing the kept pay statistics puts back the connection's page cache",
          "[reports][kept]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  jobsight::query_table(db, "PRAGMA cache_size = -1000");
  mark_stale(db);
  jobsight::update_kept_pay_statistics(db);
  CHECK(jobsight::kept_pay_stats_are_current(db));
  CHECK(count_of(db, "SELECT cache_size FROM pragma_cache_size") == -1000);
}
