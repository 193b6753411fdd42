#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>

#include "jobsight/error.hpp"
#include "jobsight/reports.hpp"
#include "storage/report_sql.hpp"

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
  CHECK(query.rfind("WITH counted_postings AS NOT MATERIALIZED (", 0) == 0);
  CHECK(query.find(",\nscoped_postings AS NOT MATERIALIZED (") != std::string::npos);
  CHECK(query.find(":from") != std::string::npos);
  CHECK(query.find("--") == std::string::npos);
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
