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
  CHECK(query.rfind("WITH counted_postings AS (", 0) == 0);
  CHECK(query.find(",\nscoped_postings AS (") != std::string::npos);
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
    CHECK(plain.find("ci_ranks") == std::string::npos);
    CHECK(jobsight::report_view_sql(name).find("_ci_") == std::string::npos);
    CHECK(with_intervals.find("--") == std::string::npos);
    CHECK(with_intervals.size() >= plain.size());
  }
  // The pay reports read the ranks; the counting reports compute their intervals in C++.
  CHECK(jobsight::report_query("pay-by-level", true).find("ci_ranks") != std::string::npos);
  CHECK(jobsight::report_query("ai-premium", true).find("median_pc_low") != std::string::npos);
  CHECK(jobsight::report_query("ai-share", true) == jobsight::report_query("ai-share"));
}

TEST_CASE("the group sizes of a --ci first run are counted without sorting any pay",
          "[report_sql]") {
  for (const char* name : {"pay-by-level", "pay-by-region", "pay-by-skill", "ai-premium"}) {
    INFO(name);
    std::string sizes = jobsight::report_group_sizes_query(name);
    CHECK(sizes.find("row_number()") == std::string::npos);
    CHECK(sizes.find("count(*) AS n") != std::string::npos);
    CHECK(sizes.find("pay_sizes") == std::string::npos);  // it stands in for pay_stats
    CHECK(jobsight::report_query(name, true).find("row_number()") != std::string::npos);
  }
}
