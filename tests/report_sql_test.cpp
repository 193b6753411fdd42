#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>

#include "jobsight/error.hpp"
#include "jobsight/reports.hpp"
#include "storage/query.hpp"
#include "storage/report_sql.hpp"
#include "support/report_fixture.hpp"

TEST_CASE("every report in the catalogue has embedded SQL and vice versa", "[report_sql]") {
  std::vector<std::string> catalogue;
  for (const auto& info : jobsight::report_catalogue()) {
    if (info.name != "summary") catalogue.push_back(info.name);  // assembled in C++, no view
  }
  std::vector<std::string> embedded = jobsight::embedded_report_names();
  std::sort(catalogue.begin(), catalogue.end());
  CHECK(embedded == catalogue);  // file order is alphabetical
}

TEST_CASE("a report query starts with the shared fragments it uses", "[report_sql]") {
  std::string query = jobsight::report_query("ai-share");
  CHECK(query.rfind("WITH scoped_postings AS NOT MATERIALIZED (", 0) == 0);
  CHECK(query.find(",\ncounted_postings AS NOT MATERIALIZED (") != std::string::npos);
  CHECK(query.find(":from") != std::string::npos);
  CHECK(query.find("--") == std::string::npos);
}

namespace {

// The CTE names of a composed query's WITH list, in order ("name AS (" at a line start).
std::vector<std::string> cte_names(const std::string& query) {
  std::vector<std::string> names;
  std::regex cte("(?:^WITH |\n)([a-z_]+) AS (?:NOT MATERIALIZED )?\\(");
  for (auto it = std::sregex_iterator(query.begin(), query.end(), cte);
       it != std::sregex_iterator(); ++it) {
    names.push_back((*it)[1]);
  }
  return names;
}

// Where CTE `name`'s definition starts in `query`, or npos.
std::size_t cte_start(const std::string& query, const std::string& name) {
  return std::min(query.find("\n" + name + " AS ("),
                  query.find("\n" + name + " AS NOT MATERIALIZED ("));
}

}  // namespace

TEST_CASE("every CTE is defined before a CTE that reads it (DuckDB, the SQL standard)",
          "[report_sql]") {
  for (const std::string& name : jobsight::embedded_report_names()) {
    for (bool ci : {false, true}) {
      std::string query = jobsight::report_query(name, ci);
      std::vector<std::string> names = cte_names(query);
      INFO(name << " " << ci << "\n" << query);
      REQUIRE(names.size() >= 2);
      // Where each CTE's text starts: a CTE may only name CTEs that start before it.
      for (std::size_t i = 0; i < names.size(); ++i) {
        std::size_t begin = i == 0 ? 0 : cte_start(query, names[i]);
        std::size_t end = i + 1 < names.size() ? cte_start(query, names[i + 1]) : query.size();
        std::string text = query.substr(begin, end - begin);
        for (std::size_t later = i + 1; later < names.size(); ++later) {
          INFO(names[i] << " reads " << names[later]);
          CHECK_FALSE(std::regex_search(text, std::regex("[^:a-z_]" + names[later] + "\\b")));
        }
      }
    }
  }
  // The report's own CTEs sit among the fragments: pay_stats reads pay-by-level's pay_groups.
  std::vector<std::string> names = cte_names(jobsight::report_query("pay-by-level"));
  auto at = [&names](const char* cte) { return std::find(names.begin(), names.end(), cte); };
  CHECK(at("scoped_pay") < at("pay_groups"));
  CHECK(at("pay_groups") < at("pay_stats"));
}

TEST_CASE("the report SQL has no collation on a parameter and no CAST to INTEGER of a real",
          "[report_sql]") {
  for (const std::string& name : jobsight::embedded_report_names()) {
    std::string query = jobsight::report_query(name, true);
    INFO(name);
    // DuckDB refuses NULL COLLATE NOCASE, which is what `:p COLLATE NOCASE` becomes in a view.
    CHECK_FALSE(std::regex_search(query, std::regex(":[a-z_]+ COLLATE")));
    // DuckDB rounds CAST(2.75 AS INTEGER) to 3 where SQLite truncates to 2.
    CHECK_FALSE(std::regex_search(query, std::regex("CAST\\([0-9.]+ \\*")));
    CHECK_FALSE(std::regex_search(query, std::regex("CAST\\(h[0-9]+ AS INTEGER")));
  }
}

TEST_CASE("a canned query reads text parameters, blank meaning no filter", "[report_sql]") {
  std::vector<std::string> all = jobsight::report_parameters("ai-growth");
  CHECK(std::find(all.begin(), all.end(), "year") != all.end());
  CHECK(std::find(all.begin(), all.end(), "scan") != all.end());
  std::string canned = jobsight::report_canned_query("ai-growth", {"year", "country", "levels"});
  CHECK(canned.find("CAST(nullif(:year, '') AS INTEGER)") != std::string::npos);
  CHECK(canned.find("nullif(:country, '')") != std::string::npos);
  CHECK(canned.find("replace(lower(nullif(:levels, '')), ' ', '')") != std::string::npos);
  // Parameters not offered are NULL, and :scan is 1: the postings themselves are read.
  CHECK(canned.find(":industry") == std::string::npos);
  CHECK(canned.find("(NULL IS NULL OR") != std::string::npos);
  CHECK(canned.find(":scan") == std::string::npos);
  CHECK(canned.find("WHERE 1 IS NULL") != std::string::npos);
}

TEST_CASE("a canned query's levels are the exact level names typed, in any case and spacing",
          "[report_sql]") {
  // The SQL matches instr(:levels, seniority): the canned query keeps only whole level names,
  // so a word that holds one ("internship", "mid-senior") names none.
  jobsight::test::Fixture f;
  const std::string canned = jobsight::report_canned_query("ai-share", {"levels", "period"});
  auto postings = [&](const char* levels) {
    jobsight::Table table =
        jobsight::query_table(f.db, canned,
                              {{":levels", jobsight::Cell{std::string(levels)}},
                               {":period", jobsight::Cell{std::string("year")}}});
    return table.rows.empty() ? std::int64_t{0} : std::get<std::int64_t>(table.rows[0][1]);
  };
  jobsight::ReportFilters all;
  all.period = "year";
  const auto everyone = std::get<std::int64_t>(f.run("ai-share", all).rows.at(0).at(1));
  CHECK(postings("") == everyone);  // blank: no filter
  for (const char* typed : {"Senior, LEAD", "senior,lead", " lead ,senior"}) {
    INFO(typed);
    jobsight::ReportFilters filters = all;
    filters.level = "senior,lead";
    CHECK(postings(typed) == std::get<std::int64_t>(f.run("ai-share", filters).rows.at(0).at(1)));
  }
  CHECK(postings("internship") == 0);
  CHECK(postings("mid-senior") == 0);
}

TEST_CASE("a report view has every parameter replaced by NULL", "[report_sql]") {
  for (const std::string& name : jobsight::embedded_report_names()) {
    std::string view = jobsight::report_view_sql(name);
    INFO(view);
    CHECK(view.rfind("CREATE VIEW " + jobsight::report_view_name(name) + " AS\n", 0) == 0);
    // No `:name` is left; a ':' inside a string literal (the title filter's punctuation) is text.
    CHECK_FALSE(std::regex_search(view, std::regex(":[A-Za-z_]")));
  }
  CHECK(jobsight::report_view_name("pay-by-skill") == "report_pay_by_skill");
}

TEST_CASE("ai-growth's declared default :by reaches the shared fragment, its view and canned query",
          "[report_sql]") {
  // ai_growth.sql declares `-- default :by = 'industry'`: every :by of the composed query, the
  // shared _counted_postings.sql's included, reads coalesce(:by, 'industry'), so that a view or
  // canned query leaving :by NULL groups by industry and reads industry_counts, not the
  // month_counts that carry no industry.
  const std::string query = jobsight::report_query("ai-growth");
  CHECK_FALSE(std::regex_search(query, std::regex(":by\\b(?!, 'industry'\\))")));
  CHECK(query.find("coalesce(:by, 'industry') IS NULL") != std::string::npos);
  CHECK(jobsight::report_view_sql("ai-growth").find("coalesce(NULL, 'industry')") !=
        std::string::npos);
  // Reports that declare nothing are composed as written.
  CHECK(jobsight::report_query("ai-share").find("coalesce(:by, 'industry')") == std::string::npos);

  jobsight::test::Fixture f;
  jobsight::ReportFilters filters;
  filters.min_n = 1;
  const jobsight::Table cli = f.run("ai-growth", filters);
  REQUIRE_FALSE(cli.rows.empty());
  const std::string canned = jobsight::report_canned_query("ai-growth", {"by", "min_n"});
  for (const char* by : {"", "industry"}) {
    INFO("canned :by '" << by << "'");
    const jobsight::Table table = jobsight::query_table(
        f.db, canned,
        {{":by", jobsight::Cell{std::string(by)}}, {":min_n", jobsight::Cell{std::string("1")}}});
    CHECK(table.rows == cli.rows);
  }
}

TEST_CASE("an unknown report or the shared fragment cannot be asked for", "[report_sql]") {
  CHECK_THROWS_AS(jobsight::report_query("nope"), jobsight::Error);
  CHECK_THROWS_AS(jobsight::report_query("_scoped_postings"), jobsight::Error);
}

TEST_CASE("lines marked -- ci are in the --ci query only, never in a view", "[report_sql]") {
  for (const std::string& name : jobsight::embedded_report_names()) {
    INFO(name);
    std::string plain = jobsight::report_query(name);
    std::string with_intervals = jobsight::report_query(name, true);
    CHECK(plain.find("_ci_") == std::string::npos);
    CHECK(jobsight::report_view_sql(name).find("_ci_") == std::string::npos);
    CHECK(with_intervals.find("--") == std::string::npos);
    CHECK(with_intervals.size() >= plain.size());
  }
  // The pay reports read the intervals the program computed into pay_stats; the counting
  // reports get theirs from their counts, in C++.
  CHECK(jobsight::report_query("ai-premium", true).find("median_pc_low") != std::string::npos);
  CHECK(jobsight::report_query("ai-share", true) == jobsight::report_query("ai-share"));
}

TEST_CASE("a pay report's values query is its pay_groups, and its stats can be given",
          "[report_sql]") {
  for (const char* name : {"pay-by-level", "pay-by-region", "pay-by-skill", "ai-premium"}) {
    INFO(name);
    CHECK(jobsight::report_has_pay_stats(name));
    std::string values = jobsight::report_pay_values_query(name);
    CHECK(values.ends_with("SELECT grp, pay_source, pay FROM pay_groups"));
    CHECK(values.find("row_number()") == std::string::npos);
    std::string given = jobsight::report_query_with_given_pay_stats(name, true);
    CHECK(given.find("temp.given_pay_stats") != std::string::npos);
    CHECK(given.find("row_number()") == std::string::npos);
    // The view still computes the statistics in SQL.
    CHECK(jobsight::report_view_sql(name).find("row_number()") != std::string::npos);
  }
  for (const char* name : {"ai-share", "seniority-mix", "top-skills", "ai-growth"}) {
    CHECK_FALSE(jobsight::report_has_pay_stats(name));
  }
}
