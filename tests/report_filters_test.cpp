// check_report_filters: the report catalogue is the one source of truth for the options each
// report takes, and run_report refuses every other one before running anything.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/reports.hpp"

using jobsight::ReportFilters;

namespace {

// Every option a report can be given, each with a valid value for the reports that take it.
struct OptionCase {
  const char* option;
  void (*set)(ReportFilters&);
};

const std::vector<OptionCase> kEveryOption = {
    {"--from", [](ReportFilters& f) { f.from = "2024-01-01"; }},
    {"--to", [](ReportFilters& f) { f.to = "2024-12-31"; }},
    {"--year", [](ReportFilters& f) { f.year = 2024; }},
    {"--country", [](ReportFilters& f) { f.country = "US"; }},
    {"--region", [](ReportFilters& f) { f.region = "Northern America"; }},
    {"--industry", [](ReportFilters& f) { f.industry = "Software"; }},
    {"--period", [](ReportFilters& f) { f.period = "year"; }},
    {"--min-n", [](ReportFilters& f) { f.min_n = 1; }},
    {"--source", [](ReportFilters& f) { f.source = "postings"; }},
    {"--by", [](ReportFilters& f) { f.by = "country"; }},
    {"--top", [](ReportFilters& f) { f.top = 5; }},
    {"--ai", [](ReportFilters& f) { f.ai = true; }},
    {"--no-ai", [](ReportFilters& f) { f.ai = false; }},
    {"--level", [](ReportFilters& f) { f.level = "junior"; }},
    {"--skill", [](ReportFilters& f) { f.skill = "python"; }},
    {"--title", [](ReportFilters& f) { f.title = "data engineer"; }},
    {"--remote", [](ReportFilters& f) { f.remote = "remote"; }},
    {"--employment-type", [](ReportFilters& f) { f.employment_type = "full-time"; }},
    {"--ci", [](ReportFilters& f) { f.ci = true; }},
    {"--confidence",
     [](ReportFilters& f) {
       f.confidence = 0.9;
       f.ci = true;  // --confidence needs --ci
     }},
};

// The reason a report gives for refusing `option`, or "" when it refuses it for not taking it.
std::string refusal_reason(const jobsight::ReportInfo& info, const std::string& option) {
  for (const auto& [refused, reason] : info.refused) {
    if (refused == option) return ": " + reason;
  }
  return "";
}

bool takes(const jobsight::ReportInfo& info, const std::string& option) {
  return std::find(info.options.begin(), info.options.end(), option) != info.options.end();
}

}  // namespace

TEST_CASE("every report takes exactly the options its catalogue entry lists", "[reports]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  int refused = 0, taken = 0;
  for (const jobsight::ReportInfo& info : jobsight::report_catalogue()) {
    for (const OptionCase& option : kEveryOption) {
      ReportFilters filters;
      option.set(filters);
      INFO(info.name << " " << option.option);
      if (takes(info, option.option)) {
        CHECK_NOTHROW(jobsight::check_report_filters(info.name, filters));
        CHECK_NOTHROW(jobsight::run_report(db, info.name, filters));
        ++taken;
      } else {
        const std::string message = "report " + info.name + " does not take " + option.option +
                                    refusal_reason(info, option.option);
        CHECK_THROWS_WITH(jobsight::check_report_filters(info.name, filters), message);
        CHECK_THROWS_WITH(jobsight::run_report(db, info.name, filters), message);
        ++refused;
      }
    }
  }
  // 9 reports x 20 options: 14 + 15 + 16 + 17 + 18 + 17 + 13 + 15 + 17 taken, as the catalogue
  // has them (ai-share, seniority-mix, pay-by-skill, pay-by-level, pay-by-region, top-skills,
  // ai-growth, ai-premium, summary).
  CHECK(taken == 142);
  CHECK(refused == 38);
}

TEST_CASE("the three options the command line used to accept and misuse are refused", "[reports]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  ReportFilters source;
  source.source = "observations";
  CHECK_THROWS_WITH(jobsight::run_report(db, "pay-by-skill", source),
                    "report pay-by-skill does not take --source");
  ReportFilters top;
  top.top = 5;
  CHECK_THROWS_WITH(jobsight::run_report(db, "ai-share", top),
                    "report ai-share does not take --top");
  ReportFilters by;
  by.by = "country";
  CHECK_THROWS_WITH(jobsight::run_report(db, "seniority-mix", by),
                    "report seniority-mix does not take --by");
  // The summary once read past the end of a vector here (its parts lost their column names).
  CHECK_THROWS_WITH(jobsight::run_report(db, "summary", by), "report summary does not take --by");
  CHECK_THROWS_AS(jobsight::run_report(db, "summary", by), jobsight::Error);
}

TEST_CASE("a confidence without --ci is refused, except by summary", "[reports]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  ReportFilters filters;
  filters.confidence = 0.99;
  CHECK_THROWS_WITH(jobsight::check_report_filters("pay-by-level", filters),
                    "--confidence sets the confidence of the intervals --ci adds; add --ci");
  CHECK_NOTHROW(jobsight::check_report_filters("summary", filters));
  filters.ci = true;
  CHECK_NOTHROW(jobsight::check_report_filters("pay-by-level", filters));
}
