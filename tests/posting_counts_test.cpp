// posting_counts, skill_counts, industry_counts, month_counts, the counts by title word and
// skill_month_counts (migrations/0010, 0012, 0015, 0016, 0020, 0023 and 0024), the exact counts the
// counting reports, top-skills and their views read instead of scanning every posting: after
// several imports, duplicates, rejects, a salary import, a delete and a re-import they equal a full
// recomputation, and every counting report gives the same rows from them as from the postings
// themselves.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/import.hpp"
#include "jobsight/reports.hpp"
#include "storage/kept_counts.hpp"
#include "storage/query.hpp"
#include "storage/report_sql.hpp"
#include "storage/sqlite_connection.hpp"
#include "storage/write_transaction.hpp"
#include "support/database_support.hpp"
#include "support/report_fixture.hpp"

using jobsight::Cell;
using jobsight::Table;

namespace {

// The id of the skill called `name`.
Cell skill_id_of(jobsight::Database& db, const char* name) {
  return jobsight::query_table(db, "SELECT skill_id FROM skills WHERE name = :name",
                               {{":name", Cell{std::string(name)}}})
      .rows.at(0)
      .at(0);
}

// The counts as the migration defines them, recomputed from the postings.
const char* kRecount =
    "SELECT month_key, quarter_key, year_key, coalesce(country_code, ''), "
    "CASE WHEN country_code IS NULL THEN coalesce(country_text, '') ELSE '' END, "
    "coalesce(region, ''), coalesce(industry, ''), seniority, is_ai, count(*) FROM postings "
    "GROUP BY 1, 4, 5, 6, 7, 8, 9 ORDER BY 1, 4, 5, 6, 7, 8, 9";
const char* kKept =
    "SELECT month_key, quarter_key, year_key, country_code, country_text, region, industry, "
    "seniority, is_ai, postings FROM posting_counts "
    "ORDER BY month_key, country_code, country_text, region, industry, seniority, is_ai";

// Every counting report under several filters, from the kept counts (:scan NULL) and from the
// postings (:scan 1): the same rows.
void check_reports_agree(jobsight::Database& db) {
  std::vector<jobsight::QueryParameters> filter_sets = {
      {},
      {{":period", Cell{std::string("year")}}},
      {{":period", Cell{std::string("quarter")}}, {":country", Cell{std::string("US")}}},
      {{":from", Cell{std::string("2024-02-01")}}, {":to", Cell{std::string("2024-12-31")}}},
      {{":ai", Cell{std::int64_t{1}}}, {":region", Cell{std::string("northern america")}}},
      {{":levels", Cell{std::string(",intern,entry,")}},
       {":industry", Cell{std::string("finance")}}},
      {{":country", Cell{std::string("Atlantis")}}, {":min_n", Cell{std::int64_t{1}}}},
      // An ISO code is read through posting_counts_by_country; a name, or a code's name, is not.
      {{":country", Cell{std::string("DE")}},
       {":from", Cell{std::string("2024-01-01")}},
       {":to", Cell{std::string("2024-12-31")}}},
      {{":country", Cell{std::string("US")}}, {":region", Cell{std::string("northern america")}}},
      {{":country", Cell{std::string("US")}},
       {":levels", Cell{std::string(",senior,")}},
       {":industry", Cell{std::string("technology")}}},
      {{":country", Cell{std::string("Atlantis")}},
       {":from", Cell{std::string("2024-01-01")}},
       {":to", Cell{std::string("2024-12-31")}}},
      {{":country", Cell{std::string("US")}},
       {":by", Cell{std::string("country")}},
       {":min_n", Cell{std::int64_t{1}}}},
      {{":year", Cell{std::int64_t{2024}}},
       {":min_n", Cell{std::int64_t{1}}},
       {":by", Cell{std::string("country")}}},
  };
  // A one-word title: title_word_counts, or the postings with a place, a skill or a grouping
  // by country.
  const Cell engineer{std::string("engineer")};
  for (const jobsight::QueryParameters& with : std::vector<jobsight::QueryParameters>{
           {},
           {{":period", Cell{std::string("quarter")}}},
           {{":ai", Cell{std::int64_t{1}}}},
           {{":levels", Cell{std::string(",senior,lead,")}}},
           {{":industry", Cell{std::string("TECHNOLOGY")}}},
           {{":from", Cell{std::string("2024-02-01")}}, {":to", Cell{std::string("2024-12-31")}}},
           {{":country", Cell{std::string("US")}}},
           {{":region", Cell{std::string("northern america")}}},
           {{":skill_id", skill_id_of(db, "Python")}},
           {{":by", Cell{std::string("country")}}, {":min_n", Cell{std::int64_t{1}}}},
       }) {
    auto filters = with;
    filters.emplace_back(":title", engineer);
    filter_sets.push_back(filters);
  }
  filter_sets.push_back({{":title", Cell{std::string("analyst")}}});
  filter_sets.push_back({{":title", Cell{std::string("2")}}});
  filter_sets.push_back({{":title", Cell{std::string("caf\xc3\xa9")}}});
  // A phrase reads the postings, whether the program sets :scan or not.
  filter_sets.push_back({{":title", Cell{std::string("machine learning")}}});
  filter_sets.push_back({{":title", Cell{std::string("data engineer")}},
                         {":industry", Cell{std::string("finance")}}});
  for (const char* report : {"ai-share", "seniority-mix", "ai-growth"}) {
    std::string sql = jobsight::report_query(report);
    for (const auto& filters : filter_sets) {
      auto kept = filters;
      auto scanned = filters;
      scanned.emplace_back(":scan", Cell{std::int64_t{1}});
      INFO(report << " with " << filters.size() << " filters");
      Table from_counts = jobsight::query_table(db, sql, kept);
      Table from_postings = jobsight::query_table(db, sql, scanned);
      CHECK(from_counts.columns == from_postings.columns);
      CHECK(from_counts.rows == from_postings.rows);
    }
  }
  // The postings that ask for one skill: from skill_counts (by month, level and AI flag) and
  // from the postings; with a place for ai-share and seniority-mix, from the postings both ways.
  for (const char* skill : {"Python", "SQL"}) {
    const Cell skill_id = skill_id_of(db, skill);
    std::vector<jobsight::QueryParameters> skill_sets = {
        {{":skill_id", skill_id}},
        {{":skill_id", skill_id}, {":period", Cell{std::string("quarter")}}},
        {{":skill_id", skill_id}, {":ai", Cell{std::int64_t{1}}}},
        {{":skill_id", skill_id}, {":levels", Cell{std::string(",senior,mid,")}}},
        {{":skill_id", skill_id},
         {":from", Cell{std::string("2024-02-01")}},
         {":to", Cell{std::string("2024-12-31")}}},
        {{":skill_id", skill_id}, {":country", Cell{std::string("US")}}},
    };
    // ai-growth groups by industry or country (the program passes :by): skill_industry_counts
    // and skill_country_counts, or the postings for a level or for both a place and an industry.
    for (const char* by : {"industry", "country"}) {
      const Cell grouping{std::string(by)};
      const Cell all{std::int64_t{1}};
      skill_sets.push_back({{":skill_id", skill_id}, {":by", grouping}, {":min_n", all}});
      skill_sets.push_back({{":skill_id", skill_id},
                            {":by", grouping},
                            {":min_n", all},
                            {":year", Cell{std::int64_t{2024}}},
                            {":ai", Cell{std::int64_t{1}}}});
      skill_sets.push_back({{":skill_id", skill_id},
                            {":by", grouping},
                            {":min_n", all},
                            {":country", Cell{std::string("US")}}});
      skill_sets.push_back({{":skill_id", skill_id},
                            {":by", grouping},
                            {":min_n", all},
                            {":region", Cell{std::string("northern america")}},
                            {":industry", Cell{std::string("finance")}}});
      skill_sets.push_back({{":skill_id", skill_id},
                            {":by", grouping},
                            {":min_n", all},
                            {":levels", Cell{std::string(",senior,")}}});
    }
    for (const char* report : {"ai-share", "seniority-mix", "ai-growth"}) {
      std::string sql = jobsight::report_query(report);
      for (const auto& filters : skill_sets) {
        // As the program passes them: :by to ai-growth, always, and to no other.
        const bool grouped = std::any_of(filters.begin(), filters.end(),
                                         [](const auto& p) { return p.first == ":by"; });
        if (grouped != (std::string(report) == "ai-growth")) continue;
        auto scanned = filters;
        scanned.emplace_back(":scan", Cell{std::int64_t{1}});
        INFO(report << " for " << skill << " with " << filters.size() << " filters");
        CHECK(jobsight::query_table(db, sql, filters).rows ==
              jobsight::query_table(db, sql, scanned).rows);
      }
    }
  }
}

// top-skills from the kept counts and from the postings: the same rows, for the filters the kept
// counts answer (periods, month-aligned dates, --top, --ai, --level; a place, an industry or a
// skill) and for those they leave to the postings.
void check_top_skills_agree(jobsight::Database& db) {
  std::vector<jobsight::QueryParameters> filter_sets = {
      {},
      {{":period", Cell{std::string("month")}}},
      {{":period", Cell{std::string("quarter")}}, {":top", Cell{std::int64_t{2}}}},
      {{":from", Cell{std::string("2024-02-01")}},
       {":to", Cell{std::string("2024-12-31")}},
       {":period", Cell{std::string("month")}}},
      {{":ai", Cell{std::int64_t{1}}}},
      {{":ai", Cell{std::int64_t{0}}}, {":period", Cell{std::string("quarter")}}},
      {{":levels", Cell{std::string(",senior,")}}},
      {{":levels", Cell{std::string(",entry,mid,")}}, {":ai", Cell{std::int64_t{0}}}},
      // skill_country_counts
      {{":country", Cell{std::string("US")}}},
      {{":country", Cell{std::string("Atlantis")}}, {":period", Cell{std::string("month")}}},
      {{":region", Cell{std::string("Northern America")}}, {":ai", Cell{std::int64_t{1}}}},
      {{":country", Cell{std::string("US")}},
       {":from", Cell{std::string("2024-01-01")}},
       {":to", Cell{std::string("2024-12-31")}}},
      // skill_industry_counts
      {{":industry", Cell{std::string("FINANCE")}}},
      {{":industry", Cell{std::string("Technology")}}, {":ai", Cell{std::int64_t{0}}}},
      // the postings themselves: a place or industry with a level, or both
      {{":country", Cell{std::string("US")}}, {":levels", Cell{std::string(",senior,")}}},
      {{":industry", Cell{std::string("Finance")}}, {":levels", Cell{std::string(",entry,")}}},
      {{":country", Cell{std::string("US")}}, {":industry", Cell{std::string("Technology")}}},
  };
  // skill_pair_counts, and the postings for a skill with a segment or place.
  for (const char* skill : {"Python", "SQL"}) {
    const Cell skill_id = skill_id_of(db, skill);
    filter_sets.push_back({{":skill_id", skill_id}});
    filter_sets.push_back({{":skill_id", skill_id}, {":period", Cell{std::string("quarter")}}});
    filter_sets.push_back({{":skill_id", skill_id},
                           {":from", Cell{std::string("2024-02-01")}},
                           {":to", Cell{std::string("2025-12-31")}},
                           {":top", Cell{std::int64_t{3}}}});
    filter_sets.push_back({{":skill_id", skill_id}, {":ai", Cell{std::int64_t{1}}}});
    filter_sets.push_back({{":skill_id", skill_id}, {":country", Cell{std::string("US")}}});
  }
  // title_word_skill_counts for a one-word title alone, and the postings for one with anything
  // else but the period, the dates and --top.
  const Cell engineer{std::string("engineer")};
  filter_sets.push_back({{":title", engineer}});
  filter_sets.push_back({{":title", Cell{std::string("data")}}});
  filter_sets.push_back({{":title", engineer},
                         {":period", Cell{std::string("month")}},
                         {":top", Cell{std::int64_t{2}}}});
  filter_sets.push_back({{":title", engineer},
                         {":from", Cell{std::string("2024-02-01")}},
                         {":to", Cell{std::string("2025-12-31")}}});
  filter_sets.push_back({{":title", engineer}, {":ai", Cell{std::int64_t{1}}}});
  filter_sets.push_back({{":title", engineer}, {":levels", Cell{std::string(",senior,")}}});
  filter_sets.push_back({{":title", engineer}, {":industry", Cell{std::string("finance")}}});
  filter_sets.push_back({{":title", engineer}, {":country", Cell{std::string("US")}}});
  filter_sets.push_back({{":title", engineer}, {":skill_id", skill_id_of(db, "Python")}});
  filter_sets.push_back({{":title", Cell{std::string("caf\xc3\xa9")}}});
  filter_sets.push_back({{":title", Cell{std::string("machine learning")}}});
  std::string sql = jobsight::report_query("top-skills");
  for (const auto& filters : filter_sets) {
    auto scanned = filters;
    scanned.emplace_back(":scan", Cell{std::int64_t{1}});
    INFO("top-skills with " << filters.size() << " filters");
    CHECK(jobsight::query_table(db, sql, filters).rows ==
          jobsight::query_table(db, sql, scanned).rows);
  }
}

void check_counts(jobsight::Database& db, std::size_t expected_postings) {
  Table recount = jobsight::query_table(db, kRecount);
  Table kept = jobsight::query_table(db, kKept);
  CHECK(kept.rows == recount.rows);
  CHECK(jobsight::query_table(db,
                              "SELECT month_key, quarter_key, year_key, skill_id, seniority, "
                              "is_ai, postings FROM skill_counts "
                              "ORDER BY month_key, skill_id, seniority, is_ai")
            .rows ==
        jobsight::query_table(db,
                              "SELECT p.month_key, p.quarter_key, p.year_key, ps.skill_id, "
                              "p.seniority, p.is_ai, count(*) FROM postings AS p "
                              "JOIN posting_skills AS ps ON ps.posting_id = p.posting_id "
                              "GROUP BY p.month_key, ps.skill_id, p.seniority, p.is_ai "
                              "ORDER BY p.month_key, ps.skill_id, p.seniority, p.is_ai")
            .rows);
  CHECK(jobsight::query_table(db,
                              "SELECT month_key, quarter_key, year_key, industry, seniority, "
                              "is_ai, postings FROM industry_counts "
                              "ORDER BY month_key, industry, seniority, is_ai")
            .rows ==
        jobsight::query_table(db,
                              "SELECT month_key, quarter_key, year_key, coalesce(industry, ''), "
                              "seniority, is_ai, count(*) FROM postings "
                              "GROUP BY month_key, coalesce(industry, ''), seniority, is_ai "
                              "ORDER BY month_key, coalesce(industry, ''), seniority, is_ai")
            .rows);
  CHECK(jobsight::query_table(db,
                              "SELECT month_key, quarter_key, year_key, seniority, is_ai, "
                              "postings FROM month_counts ORDER BY month_key, seniority, is_ai")
            .rows ==
        jobsight::query_table(db,
                              "SELECT month_key, quarter_key, year_key, seniority, is_ai, "
                              "count(*) FROM postings GROUP BY month_key, seniority, is_ai "
                              "ORDER BY month_key, seniority, is_ai")
            .rows);
  CHECK(jobsight::query_table(db,
                              "SELECT month_key, quarter_key, year_key, skill_id, postings "
                              "FROM skill_month_counts ORDER BY month_key, skill_id")
            .rows ==
        jobsight::query_table(db,
                              "SELECT p.month_key, p.quarter_key, p.year_key, ps.skill_id, "
                              "count(*) FROM postings AS p "
                              "JOIN posting_skills AS ps ON ps.posting_id = p.posting_id "
                              "GROUP BY p.month_key, ps.skill_id ORDER BY p.month_key, ps.skill_id")
            .rows);
  // The skill counts by place, industry and pair (0018).
  CHECK(jobsight::query_table(db,
                              "SELECT month_key, quarter_key, year_key, skill_id, country_code, "
                              "country_text, region, is_ai, postings FROM skill_country_counts "
                              "ORDER BY 1, 4, 5, 6, 7, 8")
            .rows ==
        jobsight::query_table(db,
                              "SELECT p.month_key, p.quarter_key, p.year_key, ps.skill_id, "
                              "coalesce(p.country_code, ''), CASE WHEN p.country_code IS NULL "
                              "THEN coalesce(p.country_text, '') ELSE '' END, "
                              "coalesce(p.region, ''), p.is_ai, count(*) FROM postings AS p "
                              "JOIN posting_skills AS ps ON ps.posting_id = p.posting_id "
                              "GROUP BY 1, 4, 5, 6, 7, 8 ORDER BY 1, 4, 5, 6, 7, 8")
            .rows);
  CHECK(jobsight::query_table(db,
                              "SELECT month_key, quarter_key, year_key, skill_id, industry, is_ai, "
                              "postings FROM skill_industry_counts ORDER BY 1, 4, 5, 6")
            .rows ==
        jobsight::query_table(db,
                              "SELECT p.month_key, p.quarter_key, p.year_key, ps.skill_id, "
                              "coalesce(p.industry, ''), p.is_ai, count(*) FROM postings AS p "
                              "JOIN posting_skills AS ps ON ps.posting_id = p.posting_id "
                              "GROUP BY 1, 4, 5, 6 ORDER BY 1, 4, 5, 6")
            .rows);
  CHECK(jobsight::query_table(db,
                              "SELECT month_key, quarter_key, year_key, skill_id, with_skill_id, "
                              "postings FROM skill_pair_counts ORDER BY 1, 4, 5")
            .rows ==
        jobsight::query_table(db,
                              "SELECT p.month_key, p.quarter_key, p.year_key, a.skill_id, "
                              "b.skill_id, count(*) FROM postings AS p "
                              "JOIN posting_skills AS a ON a.posting_id = p.posting_id "
                              "JOIN posting_skills AS b ON b.posting_id = p.posting_id "
                              "GROUP BY 1, 4, 5 ORDER BY 1, 4, 5")
            .rows);
  // The counts by title word (0023): each distinct word of a title once.
  const std::string title_words =
      "WITH RECURSIVE split (posting_id, word, rest) AS ("
      " SELECT posting_id, NULL, CAST(title_words || ' ' AS BLOB) FROM postings UNION ALL"
      " SELECT posting_id, CAST(substr(rest, 1, instr(rest, X'20') - 1) AS TEXT),"
      " substr(rest, instr(rest, X'20') + 1) FROM split WHERE length(rest) > 0),"
      " words AS (SELECT DISTINCT posting_id, word FROM split WHERE word <> '') ";
  CHECK(jobsight::query_table(db,
                              "SELECT word, month_key, quarter_key, year_key, industry, "
                              "seniority, is_ai, postings FROM title_word_counts "
                              "ORDER BY 1, 2, 5, 6, 7")
            .rows ==
        jobsight::query_table(db, title_words +
                                      "SELECT w.word, p.month_key, p.quarter_key, p.year_key, "
                                      "coalesce(p.industry, ''), p.seniority, p.is_ai, count(*) "
                                      "FROM words AS w JOIN postings AS p USING (posting_id) "
                                      "GROUP BY 1, 2, 5, 6, 7 ORDER BY 1, 2, 5, 6, 7")
            .rows);
  CHECK(jobsight::query_table(db,
                              "SELECT word, month_key, quarter_key, year_key, skill_id, "
                              "postings FROM title_word_skill_counts ORDER BY 1, 2, 5")
            .rows == jobsight::query_table(
                         db, title_words + "SELECT w.word, p.month_key, p.quarter_key, p.year_key, "
                                           "ps.skill_id, count(*) FROM words AS w "
                                           "JOIN postings AS p USING (posting_id) "
                                           "JOIN posting_skills AS ps USING (posting_id) "
                                           "GROUP BY 1, 2, 5 ORDER BY 1, 2, 5")
                         .rows);
  check_top_skills_agree(db);
  Table total = jobsight::query_table(db, "SELECT coalesce(sum(postings), 0) FROM posting_counts");
  CHECK(total.rows.at(0).at(0) == Cell{static_cast<std::int64_t>(expected_postings)});
  check_reports_agree(db);
}

const char* kSecondFile =
    "job_id,posted_date,title,seniority,country,industry,salary,skills\n"
    "b1,2024-02-14,AI Engineer,Senior,US,Finance,150000,Python\n"
    "b2,2024-07-01,Data Analyst,,Atlantis,Finance,,SQL\n"  // a country jobsight does not know
    "b3,2025-01-09,Data Engineer (Engineer 2) Café,Entry level,,,,\n"  // no country, industry
    "b4,not a date,Broken Row,,US,Finance,,\n"                         // rejected
    "b1,2024-02-14,AI Engineer,Senior,US,Finance,150000,Python\n";     // a duplicate

}  // namespace

TEST_CASE("posting_counts equal a full recount through imports, duplicates and a delete",
          "[reports][counts]") {
  jobsight::test::TempDir dir;
  jobsight::Database db = jobsight::Database::open_in_memory();
  std::string first = dir.write("hand.csv", jobsight::test::kHandMade);
  std::string second = dir.write("second.csv", kSecondFile);
  check_counts(db, 0);

  jobsight::import_postings(db, first, jobsight::ImportOptions{});  // 9 postings, 1 duplicate
  check_counts(db, 9);
  jobsight::import_postings(db, second, jobsight::ImportOptions{});  // 3 new, 1 reject, 1 dup
  check_counts(db, 12);
  jobsight::import_postings(db, first, jobsight::ImportOptions{});  // the same file: no change
  check_counts(db, 12);
  std::string survey =
      dir.write("survey.csv",
                "work_year,experience_level,job_title,salary_in_usd,company_location\n"
                "2024,SE,ML Engineer,180000,US\n");
  jobsight::import_salaries(db, survey, jobsight::ImportOptions{});  // observations: no postings
  check_counts(db, 12);

  jobsight::delete_import(db, 1);  // the nine hand-made postings go, and their counts
  check_counts(db, 3);
  jobsight::import_postings(db, first, jobsight::ImportOptions{});  // and come back
  check_counts(db, 12);
  jobsight::delete_import(db, 2);
  check_counts(db, 9);
  // No row is left at zero.
  CHECK(jobsight::query_table(db, "SELECT count(*) FROM posting_counts WHERE postings <= 0")
            .rows.at(0)
            .at(0) == Cell{std::int64_t{0}});
  for (const char* table : {"skill_counts", "skill_country_counts", "skill_industry_counts",
                            "skill_pair_counts", "title_word_counts", "title_word_skill_counts"}) {
    INFO(table);
    CHECK(jobsight::query_table(
              db, std::string("SELECT count(*) FROM ") + table + " WHERE postings <= 0")
              .rows.at(0)
              .at(0) == Cell{std::int64_t{0}});
  }
}

TEST_CASE("one ISO country's counts are read through their index", "[reports][counts]") {
  jobsight::test::Fixture f;
  auto plan = [&](const char* country) {
    return jobsight::test::query_plan(f.db, jobsight::report_query("ai-share"),
                                      {{":country", Cell{std::string(country)}},
                                       {":from", Cell{std::string("2024-01-01")}},
                                       {":to", Cell{std::string("2024-12-31")}}});
  };
  INFO(plan("US"));
  CHECK(plan("US").find("USING COVERING INDEX posting_counts_by_country (country_code=? AND "
                        "month_key>? AND month_key<?)") != std::string::npos);
  // Its rows are those the postings give (:scan 1), and there are some.
  const jobsight::QueryParameters us = {{":country", Cell{std::string("US")}},
                                        {":from", Cell{std::string("2024-01-01")}},
                                        {":to", Cell{std::string("2024-12-31")}}};
  jobsight::QueryParameters scanned = us;
  scanned.emplace_back(":scan", Cell{std::int64_t{1}});
  const std::string sql = jobsight::report_query("ai-share");
  const Table from_index = jobsight::query_table(f.db, sql, us);
  REQUIRE_FALSE(from_index.rows.empty());
  CHECK(from_index.rows == jobsight::query_table(f.db, sql, scanned).rows);
}

TEST_CASE("a date range that cuts a month is answered from the postings themselves",
          "[reports][counts]") {
  jobsight::test::Fixture f;  // postings on 2024-01-10, -15, -20, 2024-02-03, -11, -20, ...
  jobsight::ReportFilters filters;
  filters.from = "2024-01-12";
  filters.to = "2024-02-15";
  // 2024-01: the postings of the 15th and 20th; 2024-02: the 3rd and 11th.
  Table table = f.run("ai-share", filters);
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0][1] == Cell{std::int64_t{2}});
  CHECK(table.rows[1][1] == Cell{std::int64_t{2}});
}

TEST_CASE("a batch of kept counts is full at 700,000 keys", "[reports][counts]") {
  // One posting asking for k skills makes 1 posting key, k keys in each of skill_counts,
  // skill_country_counts and skill_industry_counts, and k * (k + 1) / 2 skill pairs (each pair
  // once in memory, both ways round in the table); each distinct word of its title 1 + k more.
  auto keys_for = [](int k, int words) { return 1 + 3 * k + k * (k + 1) / 2 + words * (1 + k); };
  REQUIRE(keys_for(1179, 0) == 699'148);
  REQUIRE(keys_for(1180, 0) == 700'331);
  REQUIRE(keys_for(1178, 2) == 700'324);  // "data engineer data": two distinct words
  REQUIRE(keys_for(1178, 1) == 699'145);
  for (const auto& [k, title, full] :
       std::vector<std::tuple<int, std::string, bool>>{{1179, "", false},
                                                       {1180, "", true},
                                                       {1178, "data engineer data", true},
                                                       {1178, "data data", false}}) {
    jobsight::NormalisedPosting posting;
    posting.posted = jobsight::Date{2024, 3, 10};
    posting.title_words = title;
    std::vector<std::int64_t> skills;
    for (int i = 1; i <= k; ++i) skills.push_back(i);
    jobsight::KeptCountsBatch batch;
    batch.add(posting, skills);
    INFO(k << " skills, title '" << title << "'");
    CHECK(batch.full() == full);
  }
}

TEST_CASE("a batch of kept counts counts on its thread and stores each pair both ways round",
          "[reports][counts]") {
  // 3,000 postings in March 2024 asking for skills 1-5 (3,000 more for 4 and 5 only): their key
  // bounds (31 and 10 a posting) hand several chunks of 32,768 to the counting thread.
  jobsight::Database db = jobsight::Database::open_in_memory();
  jobsight::KeptCountsBatch batch;
  jobsight::NormalisedPosting posting;
  posting.posted = jobsight::Date{2024, 3, 10};
  const std::vector<std::int64_t> five = {1, 2, 3, 4, 5}, two = {5, 4};
  for (int i = 0; i < 3'000; ++i) {
    batch.add(posting, five);
    batch.add(posting, two);
  }
  CHECK_FALSE(batch.full());
  {
    jobsight::WriteTransaction transaction(db);
    batch.store(jobsight::sqlite_of(db));
    transaction.commit();
  }
  // Every ordered pair of 1-5 (25 rows): 3,000 postings each, 6,000 for (4, 5), (5, 4), (4, 4)
  // and (5, 5).
  CHECK(jobsight::query_table(db,
                              "SELECT count(*), sum(postings), "
                              "sum(postings) FILTER (WHERE skill_id = 5 AND with_skill_id = 4) "
                              "FROM skill_pair_counts")
            .rows == std::vector<std::vector<Cell>>{{Cell{std::int64_t{25}},
                                                     Cell{std::int64_t{21 * 3'000 + 4 * 6'000}},
                                                     Cell{std::int64_t{6'000}}}});
  CHECK(jobsight::query_table(db, "SELECT sum(postings) FROM skill_counts").rows ==
        std::vector<std::vector<Cell>>{{Cell{std::int64_t{5 * 3'000 + 2 * 3'000}}}});
  CHECK(jobsight::query_table(db, "SELECT sum(postings) FROM posting_counts").rows ==
        std::vector<std::vector<Cell>>{{Cell{std::int64_t{6'000}}}});
}

TEST_CASE("counts kept while importing stay exact when they outgrow memory and are flushed",
          "[reports][counts]") {
  // The writer stores its counts whenever they may hold 700,000 keys. 250 postings asking for 8
  // skills, titled with 320 words, in 250 distinct (month, block of skills and words) pairs,
  // make at most 1 + 3 * 8 + 8 * 9 / 2 + 320 * (1 + 8) = 2,941 keys each (2,940 of them the
  // posting's own): the batch is stored after the 239th. The last 50 postings repeat the first
  // 50's month, industry, skills and title, so their counts are added to rows already stored
  // (each such row counts 2). Worked out: title_word_counts holds 250 * 320 = 80,000 rows of
  // 300 * 320 postings, title_word_skill_counts 250 * 320 * 8 = 640,000 of 300 * 320 * 8, and
  // skill_pair_counts 250 * 8 * 8 = 16,000 ordered pairs of 300 * 8 * 8.
  static_assert(jobsight::KeptCountsBatch::kKeysInMemory == 700'000);
  jobsight::test::TempDir dir;
  std::string text = "job_id,posted_date,title,industry,country,skills\n";
  for (int i = 0; i < 300; ++i) {
    const int combination = i % 250;  // block combination % 50, month combination / 50
    const int block = combination % 50;
    std::string skills, title;
    for (int j = 0; j < 8; ++j) {
      skills += (j > 0 ? ";" : "") + std::string("Skill ") + std::to_string(block * 8 + j);
    }
    for (int j = 0; j < 320; ++j) {
      title += (j > 0 ? " " : "") + std::string("w") + std::to_string(block * 320 + j);
    }
    text += "v" + std::to_string(i) + ",2024-0" + std::to_string(1 + combination / 50) + "-10," +
            title + ",I" + std::to_string(combination % 7) + (i % 2 == 0 ? ",US," : ",,") + "\"" +
            skills + "\"\n";
  }
  jobsight::Database db = jobsight::Database::open_in_memory();
  jobsight::ImportSummary summary =
      jobsight::import_postings(db, dir.write("many.csv", text), jobsight::ImportOptions{});
  REQUIRE(summary.rows_imported == 300);
  auto count_sum_max = [&](const char* table) {
    return jobsight::query_table(
               db, std::string("SELECT count(*), sum(postings), max(postings) FROM ") + table)
        .rows;
  };
  using Rows = std::vector<std::vector<Cell>>;
  using jobsight::test::I;
  CHECK(count_sum_max("title_word_counts") == Rows{{I(80'000), I(96'000), I(2)}});
  CHECK(count_sum_max("title_word_skill_counts") == Rows{{I(640'000), I(768'000), I(2)}});
  CHECK(count_sum_max("skill_pair_counts") == Rows{{I(16'000), I(19'200), I(2)}});
  check_counts(db, 300);
}

TEST_CASE("top-skills and ai-growth read the skill counts kept by place, industry and pair",
          "[reports][counts]") {
  // Doubling a kept table's counts (which no import does) shows which reports read it: the
  // postings they give double; a report that must read the postings gives the same rows.
  jobsight::test::Fixture f;
  auto postings_of = [&](const char* report, const jobsight::ReportFilters& filters) {
    Table table = f.run(report, filters);
    std::vector<Cell> cells;  // top-skills' postings, ai-growth's ai_postings: both column 4
    for (const auto& row : table.rows) cells.push_back(row.at(4));
    return cells;
  };
  auto doubled = [](std::vector<Cell> cells) {
    for (Cell& cell : cells) cell = Cell{std::get<std::int64_t>(cell) * 2};
    return cells;
  };
  jobsight::ReportFilters us, finance, python, growth, growth_by_country, us_senior;
  us.country = "US";
  finance.industry = "finance";
  python.skill = "python";
  growth.skill = "python";
  growth.min_n = 1;
  growth_by_country = growth;
  growth_by_country.by = "country";
  us_senior = us;
  us_senior.level = "senior";
  const auto us_before = postings_of("top-skills", us);
  const auto finance_before = postings_of("top-skills", finance);
  const auto python_before = postings_of("top-skills", python);
  const auto growth_before = postings_of("ai-growth", growth);
  const auto growth_by_country_before = postings_of("ai-growth", growth_by_country);
  const auto us_senior_before = postings_of("top-skills", us_senior);
  // Worked out by hand: of the 7 postings asking for Python (1, 3-7, 9), 3 ask for PyTorch
  // (1, 5, 9), 2 for SQL (3, 6) and 1 for Spark (6).
  REQUIRE(python_before == std::vector<Cell>{Cell{std::int64_t{7}}, Cell{std::int64_t{3}},
                                             Cell{std::int64_t{2}}, Cell{std::int64_t{1}}});
  REQUIRE(!us_before.empty());
  REQUIRE(!finance_before.empty());
  REQUIRE(!growth_before.empty());
  REQUIRE(!growth_by_country_before.empty());
  REQUIRE(!us_senior_before.empty());
  for (const char* table : {"skill_country_counts", "skill_industry_counts", "skill_pair_counts"}) {
    jobsight::query_table(f.db, std::string("UPDATE ") + table + " SET postings = postings * 2");
  }
  CHECK(postings_of("top-skills", us) == doubled(us_before));
  CHECK(postings_of("top-skills", finance) == doubled(finance_before));
  CHECK(postings_of("top-skills", python) == doubled(python_before));
  CHECK(postings_of("ai-growth", growth) == doubled(growth_before));
  CHECK(postings_of("ai-growth", growth_by_country) == doubled(growth_by_country_before));
  CHECK(postings_of("top-skills", us_senior) == us_senior_before);
}

TEST_CASE("a one-word --title is answered from the counts kept by title word",
          "[reports][counts]") {
  jobsight::test::Fixture f;
  jobsight::ReportFilters engineer, phrase;
  engineer.title = "Engineer";
  phrase.title = "machine learning engineer";
  // Worked out by hand: the titles holding the word "engineer" are postings 1 (January, AI,
  // mid), 3 (January, senior), 4 (February, intern) and 6 (February, AI, lead); "VP of
  // Engineering" does not. Python is asked for by all four, SQL by 3 and 6, Spark by 6, PyTorch
  // by 1.
  using jobsight::test::I;
  using jobsight::test::R;
  const Table share = f.run("ai-share", engineer);
  CHECK(share.rows ==
        std::vector<std::vector<Cell>>{{Cell{std::string("2024-01")}, I(2), I(1), R(50)},
                                       {Cell{std::string("2024-02")}, I(2), I(1), R(50)}});
  jobsight::ReportFilters by_year = engineer;
  by_year.period = "year";
  const Table mix = f.run("seniority-mix", by_year);
  REQUIRE(mix.rows.size() == 1);
  CHECK(std::vector<Cell>(mix.rows[0].begin(), mix.rows[0].begin() + 8) ==
        std::vector<Cell>{Cell{std::string("2024")}, I(4), I(1), I(0), I(1), I(1), I(1), I(0)});
  auto skills_and_postings = [&](const jobsight::ReportFilters& filters) {
    std::vector<std::vector<Cell>> rows;
    for (const auto& row : f.run("top-skills", filters).rows)
      rows.push_back({row.at(2), row.at(4)});
    return rows;
  };
  const std::vector<std::vector<Cell>> top = {{Cell{std::string("Python")}, I(4)},
                                              {Cell{std::string("SQL")}, I(2)},
                                              {Cell{std::string("Apache Spark")}, I(1)},
                                              {Cell{std::string("PyTorch")}, I(1)}};
  CHECK(skills_and_postings(engineer) == top);
  const auto phrase_share = f.run("ai-share", phrase).rows;
  const auto phrase_top = skills_and_postings(phrase);
  // Doubling the kept counts (which no import does) shows that a word is read from them and a
  // phrase from the postings.
  jobsight::query_table(f.db, "UPDATE title_word_counts SET postings = postings * 2");
  jobsight::query_table(f.db, "UPDATE title_word_skill_counts SET postings = postings * 2");
  CHECK(f.run("ai-share", engineer).rows ==
        std::vector<std::vector<Cell>>{{Cell{std::string("2024-01")}, I(4), I(2), R(50)},
                                       {Cell{std::string("2024-02")}, I(4), I(2), R(50)}});
  CHECK(skills_and_postings(engineer) ==
        std::vector<std::vector<Cell>>{{Cell{std::string("Python")}, I(8)},
                                       {Cell{std::string("SQL")}, I(4)},
                                       {Cell{std::string("Apache Spark")}, I(2)},
                                       {Cell{std::string("PyTorch")}, I(2)}});
  CHECK(f.run("ai-share", phrase).rows == phrase_share);
  CHECK(skills_and_postings(phrase) == phrase_top);
}
