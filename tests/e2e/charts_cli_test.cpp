// `report --format html`, `report --chart` and `dashboard` run by the real binary on the sample
// postings: self-contained well-formed pages, the filters in the header, errors and exit codes.
#include <catch2/catch.hpp>

#include "support/cli_runner.hpp"
#include "support/xml_check.hpp"

using namespace jobsight::test;

namespace {

const std::vector<std::string> kReports = {"ai-share",     "seniority-mix", "pay-by-skill",
                                           "pay-by-level", "pay-by-region", "top-skills",
                                           "ai-growth",    "ai-premium",    "summary"};

// The only http text a page may hold is the SVG namespace name, which is never fetched.
std::size_t links_out(const std::string& html) {
  std::size_t count = 0;
  for (const char* scheme : {"http://", "https://"}) {
    for (std::size_t at = html.find(scheme); at != std::string::npos;
         at = html.find(scheme, at + 1)) {
      if (html.compare(at, 26, "http://www.w3.org/2000/svg") != 0) ++count;
    }
  }
  return count;
}

void check_self_contained(const std::string& html) {
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(xml_problem(html).empty());
  CHECK(links_out(html) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("@font-face") == std::string::npos);
}

}  // namespace

TEST_CASE("report --format html writes a self-contained page with the chart and the table",
          "[e2e][charts]") {
  for (const std::string& report : kReports) {
    SECTION(report) {
      auto result = cli({"--db", sample_db(), "report", report, "--format", "html", "--ci"});
      INFO(result.err);
      REQUIRE(result.exit_code == 0);
      check_self_contained(result.out);
      CHECK(result.out.find("<table>") != std::string::npos);
      CHECK(result.out.find("jobsight report " + report + " --ci") != std::string::npos);
      // Every report but the digest has a chart.
      CHECK((result.out.find("<svg") != std::string::npos) == (report != "summary"));
    }
  }
}

TEST_CASE("report --chart draws within COLUMNS, without colour when piped or NO_COLOR is set",
          "[e2e][charts]") {
  auto result =
      run_shell("COLUMNS=60 NO_COLOR=1 " +
                jobsight_command({"--db", sample_db(), "report", "pay-by-region", "--chart"}));
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("Median pay by region against the US") == 0);
  CHECK(result.out.find('\x1b') == std::string::npos);
  CHECK(result.out.find("█") != std::string::npos);
  // The chart, a blank line, then the table as without --chart.
  auto plain =
      run_shell("COLUMNS=60 " + jobsight_command({"--db", sample_db(), "report", "pay-by-region"}));
  const std::string chart = result.out.substr(0, result.out.find("\n\n") + 2);
  CHECK(result.out.substr(chart.size()) == plain.out);
  std::size_t start = 0;
  while (start < chart.size()) {
    std::size_t end = chart.find('\n', start);
    std::string line = chart.substr(start, end - start);
    std::size_t characters = 0;
    for (char c : line) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    INFO(line);
    CHECK(characters <= 60);
    start = end + 1;
  }
  auto sparkline = cli({"--db", sample_db(), "report", "ai-share", "--period", "year", "--chart"});
  CHECK(sparkline.out.find("▄▅▆▇█ 2022 12.4% → 2026 28.9%") != std::string::npos);
}

TEST_CASE("report refuses --chart and --format html where they cannot draw", "[e2e][charts]") {
  // Usage errors: exit 2, one line, pointing at the help.
  auto csv = cli({"--db", sample_db(), "report", "ai-share", "--chart", "--format", "csv"});
  CHECK(csv.exit_code == 2);
  CHECK(csv.err == error_line("option --chart: draws on the table format only, not --format csv "
                              "(see 'jobsight report --help')"));
  auto list = cli({"--db", sample_db(), "report", "list", "--format", "html"});
  CHECK(list.exit_code == 2);
  CHECK(list.err == error_line("report list has no chart; use --format table, csv, json or "
                               "markdown (see 'jobsight report --help')"));
  auto bad = cli({"--db", sample_db(), "report", "ai-share", "--format", "svg"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
}

TEST_CASE("dashboard writes every report and the claims' verdicts to one self-contained page",
          "[e2e][charts]") {
  TempDir dir;
  const std::string out = dir.file("dashboard.html");
  auto result = cli({"--db", sample_db(), "dashboard", "--out", out, "--ci", "--claims",
                     source_path("sample_data/claims/ai-engineer-pay-2026.csv")});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == out + ": 9 reports, 9 claims\n");
  const std::string html = read_file(out);
  check_self_contained(html);
  for (const std::string& report : kReports) {
    CHECK(html.find("<section id=\"" + report + "\"") != std::string::npos);
  }
  CHECK(html.find("<section id=\"claims\"") != std::string::npos);
  CHECK(html.find("<td>supported</td>") != std::string::npos);
  CHECK(html.find("<dt>filters</dt><dd>--period year --ci</dd>") != std::string::npos);
  CHECK(html.find("4,985 postings, 2022-01-03 to 2026-10-31; no salary observations") !=
        std::string::npos);
  CHECK(html.find("<dt>import runs</dt><dd>#1 postings ") != std::string::npos);
  std::size_t svgs = 0;
  for (std::size_t at = html.find("<svg"); at != std::string::npos;
       at = html.find("<svg", at + 1)) {
    ++svgs;
  }
  CHECK(svgs == 8);  // summary has none
}

TEST_CASE("dashboard's header counts and dates salary observations too", "[e2e][charts]") {
  TempDir dir;
  const std::string db = dir.file("survey.db");
  const std::string survey =
      dir.write("survey.csv",
                "work_year,experience_level,job_title,salary_in_usd,company_location\n"
                "2023,SE,ML Engineer,180000,US\n2024,MI,Data Analyst,90000,US\n"
                "2021,EN,Data Scientist,70000,DE\n");
  REQUIRE(cli({"--db", db, "import", "salaries", survey, "--quiet"}).exit_code == 0);
  const std::string out = dir.file("survey.html");
  auto result = cli({"--db", db, "dashboard", "--out", out, "--source", "observations"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(read_file(out).find(
            "<dt>data</dt><dd>no postings; 3 salary observations, 2021-01-01 to 2024-01-01</dd>") !=
        std::string::npos);
}

TEST_CASE("dashboard takes the report filters and says which report runs without one",
          "[e2e][charts]") {
  TempDir dir;
  const std::string out = dir.file("us-ai.html");
  auto result = cli({"--db", sample_db(), "dashboard", "--ai", "--country", "US", "--year", "2025",
                     "--out", out});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string html = read_file(out);
  CHECK(html.find("<dd>--year 2025 --country US --period year --ai</dd>") != std::string::npos);
  CHECK(html.find("Runs without --ai (it compares AI roles with the others).") !=
        std::string::npos);
  CHECK(html.find("jobsight report pay-by-level --year 2025 --country US --ai") !=
        std::string::npos);
}

TEST_CASE("dashboard refuses bad options, files and filters, and writes nothing", "[e2e][charts]") {
  TempDir dir;
  const std::string out = dir.file("x.html");
  auto no_out = cli({"--db", sample_db(), "dashboard"});
  CHECK(no_out.exit_code != 0);
  CHECK(no_out.err.find("--out") != std::string::npos);

  auto typo = cli({"--db", sample_db(), "dashboard", "--country", "Grmany", "--out", out});
  CHECK(typo.exit_code == 1);
  CHECK(typo.err.find("did you mean") != std::string::npos);

  auto bad_date = cli({"--db", sample_db(), "dashboard", "--from", "2025-02-30", "--out", out});
  CHECK(bad_date.exit_code == 1);

  auto claims =
      cli({"--db", sample_db(), "dashboard", "--claims", dir.file("none.csv"), "--out", out});
  CHECK(claims.exit_code == 1);
  CHECK(claims.err.find("none.csv") != std::string::npos);

  auto missing_db = cli({"--db", dir.file("missing.db"), "dashboard", "--out", out});
  CHECK(missing_db.exit_code == 1);
  CHECK(!fs::exists(out));

  auto unwritable = cli({"--db", sample_db(), "dashboard", "--out", dir.file("no/such/dir.html")});
  CHECK(unwritable.exit_code == 1);
  CHECK(unwritable.err.find("cannot write") != std::string::npos);
}
