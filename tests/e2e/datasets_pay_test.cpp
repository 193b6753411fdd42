// pay-by-level and pay-by-region on the public salary surveys, checked against statistics this
// test computes itself from the CSV files with SPEC 3's percentile definition; and every report
// view against the CLI on that data.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>

#include "support/test_support.hpp"

using jobsight::test::parse_csv;
using jobsight::test::read_file;
using jobsight::test::run_jobsight;
using jobsight::test::run_shell;
using jobsight::test::same_rows;
using jobsight::test::shell_quote;
using jobsight::test::TempDir;

namespace {

std::string dataset(const std::string& name) {
  return std::string(JOBSIGHT_SHARED_DIR) + "/datasets/" + name;
}

// SPEC 3: h = p (n - 1); x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
double percentile(const std::vector<double>& sorted, double p) {
  double h = p * static_cast<double>(sorted.size() - 1);
  auto lo = static_cast<std::size_t>(std::floor(h));
  double next = lo + 1 < sorted.size() ? sorted[lo + 1] : sorted[lo];
  return sorted[lo] + (h - static_cast<double>(lo)) * (next - sorted[lo]);
}

struct Stats {
  std::size_t n = 0;
  double p25 = 0, median = 0, p75 = 0, p90 = 0, mean = 0;
};

Stats stats_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  Stats s;
  s.n = values.size();
  s.p25 = percentile(values, 0.25);
  s.median = percentile(values, 0.5);
  s.p75 = percentile(values, 0.75);
  s.p90 = percentile(values, 0.9);
  double sum = 0;
  for (double v : values) sum += v;
  s.mean = sum / static_cast<double>(values.size());
  return s;
}

// salary_in_usd grouped by a column of the survey (and by the key function's result).
std::map<std::string, std::vector<double>> pay_by(
    const std::string& csv,
    const std::function<std::string(const std::vector<std::string>&,
                                    const std::vector<std::string>&)>& key) {
  auto rows = parse_csv(read_file(csv));
  std::map<std::string, std::vector<double>> groups;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    double pay = std::stod(rows[r][6]);         // salary_in_usd
    if (pay < 1000 || pay > 2000000) continue;  // outliers (SPEC 2.2)
    std::string k = key(rows[0], rows[r]);
    if (!k.empty()) groups[k].push_back(pay);
  }
  return groups;
}

std::string level_of(const std::string& code) {
  if (code == "EN") return "entry";
  if (code == "MI") return "mid";
  if (code == "SE") return "senior";
  return "executive";
}

void check_close(const std::string& got, double want) {
  INFO("got " << got << " want " << want);
  CHECK(std::stod(got) == Approx(want).epsilon(1e-12));
}

// The rows of `jobsight report ...` as CSV, keyed by the first column.
std::map<std::string, std::vector<std::string>> report_rows(
    std::initializer_list<std::string> args) {
  auto result = run_jobsight(args);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  auto rows = parse_csv(result.out);
  std::map<std::string, std::vector<std::string>> by_key;
  for (std::size_t r = 1; r < rows.size(); ++r) by_key[rows[r][0]] = rows[r];
  return by_key;
}

struct Survey {
  const char* file;
  TempDir dir;
  std::string db = dir.file("survey.db");
  explicit Survey(const char* name) : file(name) {
    auto imported = run_jobsight({"--db", db, "import", "salaries", dataset(name), "--quiet"});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
  }
};

}  // namespace

TEST_CASE("pay-by-level on the salary surveys matches an independent computation",
          "[e2e][datasets]") {
  for (const char* name : {"ds-salaries-2023/ds_salaries.csv", "aijobs-salaries/salaries.csv"}) {
    INFO(name);
    Survey survey(name);
    auto expected = pay_by(dataset(name), [](const auto&, const auto& row) {
      return level_of(row[1]);  // experience_level
    });
    auto got = report_rows({"--db", survey.db, "report", "pay-by-level", "--source", "observations",
                            "--format", "csv"});
    REQUIRE(got.size() == expected.size());
    for (const auto& [level, values] : expected) {
      INFO(level);
      Stats s = stats_of(values);
      REQUIRE(got.count(level) == 1);
      const auto& row = got[level];  // level,n,p25,median,p75,p90,mean,postings_n,observations_n
      CHECK(row[1] == std::to_string(s.n));
      check_close(row[2], s.p25);
      check_close(row[3], s.median);
      check_close(row[4], s.p75);
      check_close(row[5], s.p90);
      check_close(row[6], s.mean);
      CHECK(row[7] == "0");
      CHECK(row[8] == std::to_string(s.n));
    }
  }
}

TEST_CASE("pay-by-region on the salary surveys matches an independent computation",
          "[e2e][datasets]") {
  for (const char* name : {"ds-salaries-2023/ds_salaries.csv", "aijobs-salaries/salaries.csv"}) {
    INFO(name);
    Survey survey(name);
    auto by_country = pay_by(dataset(name), [](const auto&, const auto& row) {
      return row[9];  // company_location, ISO alpha-2 in these files
    });
    Stats us = stats_of(by_country.at("US"));
    auto got = report_rows(
        {"--db", survey.db, "report", "pay-by-region", "--by", "country", "--format", "csv"});
    std::size_t shown = 0;
    for (const auto& [country, values] : by_country) {
      if (values.size() < 10) {  // the default --min-n
        CHECK(got.count(country) == 0);
        continue;
      }
      ++shown;
      INFO(country);
      Stats s = stats_of(values);
      REQUIRE(got.count(country) == 1);
      const auto& row = got[country];  // country,n,p25,median,p75,mean,vs_us_pct,...
      CHECK(row[1] == std::to_string(s.n));
      check_close(row[2], s.p25);
      check_close(row[3], s.median);
      check_close(row[4], s.p75);
      check_close(row[5], s.mean);
      if (country == "US") {
        CHECK(std::fabs(std::stod(row[6])) < 1e-9);
      } else {
        check_close(row[6], 100.0 * (s.median / us.median - 1));
      }
    }
    CHECK(got.size() == shown);

    // By UN M49 sub-region, with the country -> region list read from the reference table.
    auto lines = run_shell("sqlite3 -csv " + shell_quote(survey.db) +
                           " 'SELECT alpha2, region FROM countries WHERE region IS NOT NULL'");
    std::map<std::string, std::string> region_of;
    for (const auto& row : parse_csv(lines.out)) region_of[row[0]] = row[1];
    std::map<std::string, std::vector<double>> by_region;
    for (const auto& [country, values] : by_country) {
      auto& target = by_region[region_of.at(country)];
      target.insert(target.end(), values.begin(), values.end());
    }
    auto regions = report_rows({"--db", survey.db, "report", "pay-by-region", "--format", "csv"});
    for (const auto& [region, values] : by_region) {
      if (values.size() < 10) continue;
      INFO(region);
      Stats s = stats_of(values);
      REQUIRE(regions.count(region) == 1);
      CHECK(regions[region][1] == std::to_string(s.n));
      check_close(regions[region][3], s.median);
      check_close(regions[region][6], 100.0 * (s.median / us.median - 1));
    }
  }
}

TEST_CASE("every report view equals its CLI report on postings and observations together",
          "[e2e][datasets]") {
  Survey survey("ds-salaries-2023/ds_salaries.csv");
  REQUIRE(run_jobsight({"--db", survey.db, "import", "postings",
                        jobsight::test::source_path("sample_data/postings.csv"), "--quiet"})
              .exit_code == 0);
  for (const char* name : {"ai-share", "seniority-mix", "pay-by-skill", "pay-by-level",
                           "pay-by-region", "top-skills", "ai-growth"}) {
    std::string view = std::string("report_") + name;
    std::replace(view.begin(), view.end(), '-', '_');
    auto cli = run_jobsight({"--db", survey.db, "report", name, "--format", "csv"});
    auto shell = run_shell("sqlite3 -csv -header " + shell_quote(survey.db) + " " +
                           shell_quote("SELECT * FROM " + view));
    INFO(name << "\n" << cli.out.substr(0, 2000) << "\n---\n" << shell.out.substr(0, 2000));
    REQUIRE(cli.exit_code == 0);
    REQUIRE(shell.exit_code == 0);
    CHECK(parse_csv(cli.out).size() > 1);
    CHECK(same_rows(cli.out, shell.out));
  }
  // Both sources went into pay-by-level.
  auto levels = report_rows({"--db", survey.db, "report", "pay-by-level", "--format", "csv"});
  CHECK(std::stoi(levels.at("senior")[7]) > 0);
  CHECK(std::stoi(levels.at("senior")[8]) == 2516);
}
