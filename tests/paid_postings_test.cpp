// sql/reports/_paid_postings.sql reads the paid postings inside the filters one of four ways
// (_paid_postings_way.sql). Whichever it takes, the pay reports must see exactly the rows of the
// plain definition, every paid non-outlier posting tested against every filter as
// _scoped_postings.sql writes them; these tests compare the two on postings made to catch the
// edges (a country written as a code, one jobsight does not know, none; both AI flags; every
// level; dates at the ends of a year; a skill), and check that SQLite reads the segment index.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/import.hpp"
#include "normalise/seniority.hpp"
#include "storage/query.hpp"
#include "storage/reference_store.hpp"
#include "storage/report_sql.hpp"
#include "support/database_support.hpp"
#include "support/test_support.hpp"

using jobsight::Cell;
using jobsight::QueryParameters;
using jobsight::Table;

namespace {

// 420 postings: six levels, AI and other titles, countries written as names, codes, an unknown
// country ("Atlantis") and none, dates from 2023-12-31 to 2026-01-01, some without pay, one
// outlier per 60, and two skills.
std::string postings_csv() {
  const char* levels[] = {"Intern", "Entry level", "Mid level", "Senior", "Lead", "Director"};
  const char* titles[] = {"Machine Learning Engineer", "Data Analyst", "Software Engineer",
                          "AI Researcher", "Accountant"};
  const char* countries[] = {"US", "United States", "Germany", "GB", "Atlantis", "", "USA"};
  const char* dates[] = {"2023-12-31", "2024-06-15", "2025-01-01",
                         "2025-07-04", "2025-12-31", "2026-01-01"};
  const char* skills[] = {"Python", "SQL", "Python;SQL", ""};
  std::string text = "job_id,posted_date,title,seniority,country,industry,salary,skills\n";
  for (int i = 0; i < 420; ++i) {
    std::string pay;
    if (i % 13 != 0) pay = std::to_string(40'000 + (i * 7919) % 150'000);
    if (i % 60 == 7) pay = "900";  // an outlier
    text += "p" + std::to_string(i) + "," + dates[i % 6] + "," + titles[i % 5] + "," +
            levels[(i / 5) % 6] + "," + countries[i % 7] + "," +
            (i % 4 == 0 ? "Finance" : "Technology") + "," + pay + "," + skills[(i / 3) % 4] + "\n";
  }
  return text;
}

// The paid postings inside the filters by their plain definition (_scoped_postings.sql's
// conditions, written out here), as (group, pay) for pay-by-level or pay-by-skill.
const char* kPlainLevels =
    "SELECT p.seniority, p.pay_usd_annual FROM postings AS p "
    "WHERE p.pay_usd_annual IS NOT NULL AND p.pay_outlier = 0 AND %FILTERS% "
    "ORDER BY 1, 2";
const char* kPlainSkills =
    "SELECT s.skill_id, p.pay_usd_annual FROM postings AS p "
    "JOIN posting_skills AS s ON s.posting_id = p.posting_id "
    "WHERE p.pay_usd_annual IS NOT NULL AND p.pay_outlier = 0 AND %FILTERS% "
    "ORDER BY 1, 2";
const char* kFilters =
    "(:from IS NULL OR p.posted_date >= :from) AND (:to IS NULL OR p.posted_date <= :to) "
    "AND (:country IS NULL OR p.country_code = :country OR p.country_text = :country) "
    "AND (:region IS NULL OR p.region COLLATE NOCASE = :region) "
    "AND (:industry IS NULL OR p.industry COLLATE NOCASE = :industry) "
    "AND (:ai IS NULL OR p.is_ai = :ai) "
    "AND (:levels IS NULL OR instr(:levels, p.seniority) > 0) "
    "AND (:skill_id IS NULL OR EXISTS (SELECT 1 FROM posting_skills AS k "
    "     WHERE k.posting_id = p.posting_id AND k.skill_id = :skill_id))";

std::string with_filters(std::string sql) {
  sql.replace(sql.find("%FILTERS%"), 9, kFilters);
  return sql;
}

// Every parameter the pay SQL reads, NULL unless given.
QueryParameters parameters_with(const QueryParameters& given) {
  QueryParameters all;
  for (const char* name :
       {":from", ":to", ":country", ":region", ":industry", ":period", ":source", ":by", ":min_n",
        ":ai", ":levels", ":skill_id", ":title", ":remote", ":employment_types"}) {
    Cell value{std::monostate{}};
    for (const auto& [given_name, given_value] : given) {
      if (given_name == name) value = given_value;
    }
    all.emplace_back(name, value);
  }
  return all;
}

// The (group, pay) rows of a pay report's values query, sorted.
std::vector<std::vector<Cell>> report_rows(jobsight::Database& db, const char* report,
                                           const QueryParameters& parameters) {
  Table values = jobsight::query_table(db, jobsight::report_pay_values_query(report), parameters);
  std::vector<std::vector<Cell>> rows;
  for (const auto& row : values.rows) rows.push_back({row.at(0), row.at(2)});
  std::sort(rows.begin(), rows.end());
  // pay-by-skill adds its yardstick, every paid posting under group 0: compared on its own.
  rows.erase(std::remove_if(rows.begin(), rows.end(),
                            [](const std::vector<Cell>& row) { return row[0] == Cell{0}; }),
             rows.end());
  return rows;
}

std::vector<std::vector<Cell>> plain_rows(jobsight::Database& db, const char* sql,
                                          const QueryParameters& parameters) {
  Table plain = jobsight::query_table(db, with_filters(sql), parameters);
  return plain.rows;
}

std::string plan_of(jobsight::Database& db, const char* report, const QueryParameters& parameters) {
  return jobsight::test::query_plan(db, jobsight::report_pay_values_query(report), parameters);
}

}  // namespace

TEST_CASE("the paid postings are the same rows whichever way they are read",
          "[reports][paid_postings]") {
  jobsight::test::TempDir dir;
  jobsight::Database db = jobsight::Database::open_in_memory();
  jobsight::import_postings(db, dir.write("postings.csv", postings_csv()), {});
  Cell python = jobsight::query_table(db, "SELECT skill_id FROM skills WHERE name = 'python'")
                    .rows.at(0)
                    .at(0);
  auto text = [](const char* value) { return Cell{std::string(value)}; };
  const std::vector<QueryParameters> filter_sets = {
      {},  // no filter: scan, in posting order
      {{":ai", Cell{1}}},
      {{":ai", Cell{0}}},
      {{":ai", text("1")}},  // bound as text, as a web form would
      {{":levels", text(",senior,")}},
      {{":levels", text(",intern,executive,")}},
      {{":levels", text(",senior,")}, {":ai", Cell{1}}},
      {{":from", text("2025-01-01")}, {":to", text("2025-12-31")}},
      {{":from", text("2024-01-01")}},
      {{":to", text("2025-01-01")}},
      {{":region", text("northern america")}},
      // country: an alpha-2 code, with the year, a level and a region
      {{":country", text("US")}},
      {{":country", text("US")}, {":from", text("2025-01-01")}, {":to", text("2025-12-31")}},
      {{":country", text("GB")}, {":levels", text(",mid,lead,")}, {":ai", Cell{0}}},
      {{":country", text("DE")}, {":region", text("Western Europe")}},
      {{":country", text("FR")}},  // a code no posting has
      // scan: a country as written, in another case, or a filter the index does not hold
      {{":country", text("Atlantis")}},
      {{":country", text("USA")}},
      {{":country", text("us")}},
      {{":industry", text("finance")}, {":ai", Cell{1}}},
      // skill: alone and with the segment filters
      {{":skill_id", python}},
      {{":skill_id", python}, {":country", text("US")}, {":levels", text(",senior,")}},
      {{":skill_id", python}, {":ai", Cell{1}}, {":from", text("2025-01-01")}},
      {{":skill_id", python}, {":country", text("Atlantis")}},
      // odd bindings a SQL client could make, read as _scoped_postings.sql reads them
      {{":ai", Cell{2}}},
      {{":ai", Cell{1.0}}},
      {{":ai", text("10e-1")}},
      {{":ai", text("yes")}},
      {{":levels", text("senior")}},
      {{":levels", text("")}},
      {{":levels", text(",Senior,")}},
      {{":country", text("US")}, {":to", text("2025-01-01")}},
      {{":country", text("US")}, {":from", text("2025-12-31")}, {":to", text("2025-01-01")}},
      {{":country", text("DE")}, {":region", text("western europe")}},
      {{":skill_id", Cell{std::to_string(std::get<std::int64_t>(python))}}},
  };
  for (std::size_t f = 0; f < filter_sets.size(); ++f) {
    INFO("filter set " << f);
    QueryParameters parameters = parameters_with(filter_sets[f]);
    auto levels = report_rows(db, "pay-by-level", parameters);
    CHECK(levels == plain_rows(db, kPlainLevels, parameters));
    CHECK(report_rows(db, "pay-by-skill", parameters) == plain_rows(db, kPlainSkills, parameters));
    if (f == 0) {
      // The fixture has the rows it means to, of every level (so a level that
      // _asked_levels.sql left out would be missed here).
      CHECK(levels.size() > 300);
      std::vector<Cell> seen;
      for (const auto& row : levels) {
        if (seen.empty() || seen.back() != row[0]) seen.push_back(row[0]);
      }
      CHECK(seen.size() == std::size(jobsight::kAllSeniorities));
    }
  }
  // The edges are there to be caught: "USA" is a posting's country as written, "us" none.
  CHECK(report_rows(db, "pay-by-level", parameters_with({{":country", text("USA")}})).size() > 20);
  CHECK(report_rows(db, "pay-by-level", parameters_with({{":country", text("Atlantis")}})).size() >
        20);
}

TEST_CASE(
    "a segment, a country and a year are read as ranges of postings_pay_by_segment, a skill's "
    "postings from postings_pay",
    "[reports][paid_postings]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  auto text = [](const char* value) { return Cell{std::string(value)}; };
  std::string plan = plan_of(
      db, "pay-by-level",
      parameters_with(
          {{":country", text("US")}, {":from", text("2025-01-01")}, {":to", text("2025-12-31")}}));
  CHECK(plan.find("postings_pay_by_segment (seniority=? AND is_ai=? AND country_code=? AND "
                  "posted_date>? AND posted_date<?)") != std::string::npos);
  plan = plan_of(db, "pay-by-region", parameters_with({{":levels", text(",senior,")}}));
  INFO(plan);
  CHECK(plan.find("COVERING INDEX postings_pay_by_segment (seniority=? AND is_ai=?)") !=
        std::string::npos);
  plan = plan_of(db, "pay-by-level", parameters_with({{":skill_id", Cell{1}}}));
  INFO(plan);
  CHECK(plan.find("posting_skills_by_skill (skill_id=?)") != std::string::npos);
  // Each of the skill's postings from the covering postings_pay, not the table's row.
  CHECK(plan.find("COVERING INDEX postings_pay (posting_id>? AND posting_id<?)") !=
        std::string::npos);
}

TEST_CASE("a country written as an ISO alpha-2 code is read as that code",
          "[reports][paid_postings]") {
  // _paid_postings.sql reads --country US as country_code = 'US' only, not also the postings
  // whose country as written is "US": exact while every code finds its own country.
  jobsight::Database db = jobsight::Database::open_in_memory();
  jobsight::ReferenceData reference = jobsight::load_reference_data(db);
  Table codes = jobsight::query_table(db, "SELECT alpha2 FROM countries");
  REQUIRE(codes.rows.size() > 100);
  for (const auto& row : codes.rows) {
    const std::string& code = std::get<std::string>(row.at(0));
    INFO(code);
    const jobsight::CountryInfo* found = reference.find_country(code);
    REQUIRE(found != nullptr);
    CHECK(found->alpha2 == code);
  }
}

TEST_CASE("salary observations in one country are read through their index, the same rows",
          "[reports][paid_postings]") {
  // _scoped_pay.sql reads one ISO country's observations through salary_observations_by_country
  // (migrations/0021) and every other filter set's through scoped_observations: both must give
  // the observations the plain definition gives. Countries written as codes, names, "USA", one
  // jobsight does not know; four years; AI and other titles; five levels.
  jobsight::test::TempDir dir;
  jobsight::Database db = jobsight::Database::open_in_memory();
  jobsight::import_postings(db, dir.write("postings.csv", postings_csv()), {});
  const char* levels[] = {"EN", "MI", "SE", "EX", "SE"};
  const char* titles[] = {"ML Engineer", "Data Analyst", "AI Engineer", "Accountant"};
  const char* countries[] = {"US", "United States", "DE", "GB", "Atlantis", "USA", "Germany"};
  std::string survey = "work_year,experience_level,job_title,salary_in_usd,company_location\n";
  for (int i = 0; i < 280; ++i) {
    survey += std::to_string(2023 + i % 4) + "," + levels[i % 5] + "," + titles[i % 4] + "," +
              std::to_string(30'000 + (i * 7919) % 200'000) + "," + countries[i % 7] + "\n";
  }
  jobsight::import_salaries(db, dir.write("survey.csv", survey), {});
  const std::string plain =
      "SELECT o.seniority, o.pay_usd_annual FROM salary_observations AS o "
      "WHERE o.pay_usd_annual IS NOT NULL AND o.pay_outlier = 0 "
      "AND coalesce(:source, 'both') IN ('observations', 'both') "
      "AND (:from IS NULL OR o.observed_date >= :from) AND (:to IS NULL OR o.observed_date <= :to) "
      "AND (:country IS NULL OR o.country_code = :country OR o.country_text = :country) "
      "AND (:region IS NULL OR o.region COLLATE NOCASE = :region) AND :industry IS NULL "
      "AND (:ai IS NULL OR o.is_ai = :ai) AND (:levels IS NULL OR instr(:levels, o.seniority) > 0) "
      "AND :skill_id IS NULL ORDER BY 1, 2";
  auto text = [](const char* value) { return Cell{std::string(value)}; };
  const std::vector<QueryParameters> filter_sets = {
      {},
      {{":country", text("US")}},
      {{":country", text("US")}, {":from", text("2025-01-01")}, {":to", text("2025-12-31")}},
      {{":country", text("DE")}, {":levels", text(",senior,")}, {":ai", Cell{1}}},
      {{":country", text("DE")}, {":region", text("western europe")}},
      {{":country", text("GB")}, {":ai", Cell{0}}, {":to", text("2024-06-30")}},
      {{":country", text("FR")}},
      {{":country", text("USA")}},
      {{":country", text("United States")}},
      {{":country", text("Atlantis")}},
      {{":country", text("US")}, {":source", text("postings")}},
      {{":country", text("US")}, {":source", text("observations")}},
      {{":country", text("US")}, {":industry", text("finance")}},
      {{":from", text("2024-01-01")}, {":levels", text(",entry,mid,")}},
  };
  for (std::size_t f = 0; f < filter_sets.size(); ++f) {
    INFO("filter set " << f);
    const QueryParameters parameters = parameters_with(filter_sets[f]);
    Table values =
        jobsight::query_table(db, jobsight::report_pay_values_query("pay-by-level"), parameters);
    std::vector<std::vector<Cell>> observed;
    for (const auto& row : values.rows) {
      if (row.at(1) == text("observations")) observed.push_back({row.at(0), row.at(2)});
    }
    std::sort(observed.begin(), observed.end());
    CHECK(observed == jobsight::query_table(db, plain, parameters).rows);
    if (f == 1) CHECK(observed.size() > 50);  // "US" and "United States" are both US
  }
  CHECK(plan_of(db, "pay-by-level", parameters_with({{":country", text("US")}}))
            .find("salary_observations_by_country") != std::string::npos);
}
