// The UNION ALL arms a report_* view leaves out (src/storage/view_arms.hpp): those marked
// `-- only with :a or :b` whose parameters the view leaves NULL. Dropping one must never change
// a view's rows, so every view is checked against its report's whole query run with every
// parameter NULL, with the kept statistics current and stale.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <stdexcept>
#include <string>

#include "jobsight/database.hpp"
#include "jobsight/import.hpp"
#include "jobsight/reports.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/query.hpp"
#include "storage/report_sql.hpp"
#include "storage/view_arms.hpp"
#include "support/report_fixture.hpp"

using jobsight::without_unset_arms;

namespace {

// 400 postings over two years: AI and other titles, two industries, three countries, five
// levels, four skills and a spread of pay, so every report's view has rows (ai-growth needs 10
// AI postings of an industry over two years).
std::string many_postings() {
  const char* titles[] = {"Machine Learning Engineer", "Data Analyst", "Software Engineer"};
  const char* levels[] = {"Entry level", "Mid level", "Senior", "Lead", "Director"};
  const char* countries[] = {"US", "DE", "IN"};
  const char* skills[] = {"Python", "SQL;Excel", "Python;PyTorch", "Spark"};
  std::string text = "job_id,posted_date,title,seniority,country,industry,salary,skills\n";
  for (int i = 0; i < 400; ++i) {
    text += "m" + std::to_string(i) + (i % 2 == 0 ? ",2023-0" : ",2024-0") +
            std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + "," + titles[i % 3] + "," +
            levels[(i / 3) % 5] + "," + countries[(i / 2) % 3] + "," +
            (i % 5 < 2 ? "Finance" : "Technology") + "," +
            (i % 7 == 0 ? std::string() : std::to_string(40'000 + (i * 7919) % 150'000)) + "," +
            skills[(i + i / 4) % 4] + "\n";
  }
  return text;
}

// The text without blank lines and with single spaces, to compare the shape alone.
std::string squeezed(const std::string& sql) {
  return std::regex_replace(std::regex_replace(sql, std::regex("\\s+"), " "), std::regex("^ | $"),
                            "");
}

}  // namespace

TEST_CASE("an arm marked -- only with goes with its UNION ALL when none of its parameters is set",
          "[report_sql][view_arms]") {
  const std::string three =
      "SELECT 1 FROM a\n"
      "UNION ALL\n"
      "-- only with :skill_id\n"
      "SELECT 2 FROM b WHERE :skill_id IS NOT NULL\n"
      "UNION ALL\n"
      "SELECT 3 FROM c\n";
  CHECK(squeezed(without_unset_arms(three, {})) == "SELECT 1 FROM a UNION ALL SELECT 3 FROM c");
  // A parameter the view binds (a declared default) keeps it.
  CHECK(without_unset_arms(three, {"skill_id"}) == three);
  CHECK(without_unset_arms(three, {"skill"}) != three);  // a name, not a prefix

  // The last arm, to the end of the text.
  CHECK(squeezed(without_unset_arms("SELECT 1\nUNION ALL\n-- only with :a or :b\nSELECT 2\n",
                                    {})) == "SELECT 1");
  // Two arms in a row.
  CHECK(squeezed(without_unset_arms("SELECT 1\nUNION ALL\n-- only with :a\nSELECT 2\nUNION "
                                    "ALL\n-- only with :b\nSELECT 3\nUNION ALL\nSELECT 4\n",
                                    {"b"})) ==
        "SELECT 1 UNION ALL -- only with :b SELECT 3 UNION ALL SELECT 4");
  // A marker after code on its line is a comment like any other.
  const std::string trailing = "SELECT 1\nUNION ALL\nSELECT 2 -- only with :a\n";
  CHECK(without_unset_arms(trailing, {}) == trailing);

  // Inside brackets, the arms of that bracket only; brackets, quotes and UNION ALL in strings and
  // comments are text.
  const std::string nested =
      "WITH x AS (\n"
      "  SELECT '(' AS p FROM t -- it's ( here\n"
      "  UNION ALL\n"
      "  -- only with :country, :region or :by\n"
      "  SELECT 'UNION ALL' FROM u WHERE (:country IS NOT NULL)\n"
      ")\n"
      "SELECT p FROM x\n"
      "UNION ALL\n"
      "SELECT p FROM y\n";
  CHECK(squeezed(without_unset_arms(nested, {})) ==
        "WITH x AS ( SELECT '(' AS p FROM t -- it's ( here ) SELECT p FROM x UNION ALL SELECT p "
        "FROM y");
  CHECK(without_unset_arms(nested, {"by"}) == nested);
  // A comment that only mentions the marker is no marker.
  const std::string mentioned = "SELECT 1\n-- an arm says `-- only with :a`\nUNION ALL\nSELECT 2";
  CHECK(without_unset_arms(mentioned, {}) == mentioned);
}

TEST_CASE("a misplaced -- only with is refused", "[report_sql][view_arms]") {
  // In the first arm (which would take the UNION ALL after it, or a WITH list before it) or
  // outside any UNION ALL, set or not; or naming no parameter.
  for (const std::vector<std::string>& set : {std::vector<std::string>{}, {"a"}}) {
    CHECK_THROWS_AS(without_unset_arms("-- only with :a\nSELECT 1\nUNION ALL\nSELECT 2\n", set),
                    std::logic_error);
    CHECK_THROWS_AS(without_unset_arms("-- only with :a\nSELECT 1\n", set), std::logic_error);
    CHECK_THROWS_AS(
        without_unset_arms("SELECT (\n  -- only with :a\n  SELECT 1\n)\nUNION ALL\nSELECT 2", set),
        std::logic_error);
  }
  CHECK_THROWS_AS(without_unset_arms("SELECT 1\nUNION ALL\n-- only with a filter\nSELECT 2\n", {}),
                  std::logic_error);
}

TEST_CASE("every -- only with in the report SQL names parameters its file reads",
          "[report_sql][view_arms]") {
  // A typo in a marker would keep or drop the wrong arm; each name must be one the file uses.
  const std::regex marker("\n[ ]*-- only with ([^\n]*)");
  const std::regex parameter(":([a-z_]+)");
  std::size_t markers = 0;
  for (const jobsight::EmbeddedSql& entry : jobsight::embedded_report_queries()) {
    const std::string text(entry.text);
    const std::string code = std::regex_replace(text, std::regex("--[^\n]*"), "");
    for (std::sregex_iterator it(text.begin(), text.end(), marker), end; it != end; ++it) {
      ++markers;
      const std::string named = (*it)[1];
      std::size_t names = 0;
      for (std::sregex_iterator p(named.begin(), named.end(), parameter), stop; p != stop; ++p) {
        ++names;
        INFO(entry.name << ": " << named);
        CHECK(std::regex_search(code, std::regex(":" + (*p)[1].str() + "\\b")));
      }
      CHECK(names > 0);
    }
  }
  CHECK(markers >= 17);
}

TEST_CASE("a view without the arms a filter needs gives the rows of its whole query",
          "[report_sql][view_arms][reports]") {
  jobsight::test::Fixture f;
  jobsight::import_postings(f.db, f.dir.write("many.csv", many_postings()),
                            jobsight::ImportOptions{});
  // Salary observations too: the pay views read them beside the postings.
  jobsight::import_salaries(f.db,
                            f.dir.write("survey.csv",
                                        "work_year,experience_level,job_title,salary_in_usd,"
                                        "company_location\n"
                                        "2024,SE,ML Engineer,180000,US\n"
                                        "2024,MI,Data Analyst,90000,US\n"
                                        "2023,EN,Data Analyst,60000,DE\n"
                                        "2024,SE,AI Engineer,150000,DE\n"),
                            jobsight::ImportOptions{});
  jobsight::update_kept_pay_statistics(f.db);
  for (bool stale : {false, true}) {
    if (stale) jobsight::query_table(f.db, "UPDATE kept_pay_stats_state SET current = 0");
    for (const std::string& name : jobsight::embedded_report_names()) {
      INFO(name << (stale ? ", kept statistics stale" : ""));
      const std::string view = jobsight::report_view_sql(name);
      // The whole query, every parameter left NULL, as the view was before.
      const jobsight::Table whole = jobsight::query_table(f.db, jobsight::report_query(name));
      const jobsight::Table trimmed =
          jobsight::query_table(f.db, "SELECT * FROM " + jobsight::report_view_name(name));
      CHECK(trimmed.columns == whole.columns);
      CHECK(trimmed.rows == whole.rows);
      REQUIRE_FALSE(whole.rows.empty());
      // Shorter for every report than its whole query with every parameter NULL: each reads
      // a fragment with a marked arm.
      const std::string whole_with_nulls =
          std::regex_replace(jobsight::report_query(name), std::regex(":[a-z_]+"), "NULL");
      CHECK(view.size() - view.find(" AS\n") - 4 < whole_with_nulls.size());
    }
  }
  // ai-share's view reads the months' counts alone: no skill, place or posting is read.
  const std::string ai_share = jobsight::report_view_sql("ai-share");
  CHECK(ai_share.find("FROM month_counts") != std::string::npos);
  for (const char* gone :
       {"skill_counts", "posting_counts", "industry_counts", "scoped_postings"}) {
    INFO(gone);
    CHECK(ai_share.find(gone) == std::string::npos);
  }
  // ai-growth declares a default :by, so its view keeps the arms that :by picks.
  CHECK(jobsight::report_view_sql("ai-growth").find("FROM industry_counts") != std::string::npos);
}
