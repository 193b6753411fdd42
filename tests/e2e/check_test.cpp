// `jobsight check CLAIMS.csv` on the sample postings: claims that cannot be tested are error
// verdicts beside the others, a malformed file stops the check with one message, and the
// sample claims file runs.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::error_line;
using jobsight::test::parse_csv;
using jobsight::test::run_shell;
using jobsight::test::sample_db;
using jobsight::test::shell_quote;
using jobsight::test::source_path;
using jobsight::test::TempDir;

namespace {

const std::string kHeader = "id,claim,source,report,filters,row,column,test,value,value2\n";

// `jobsight check` of `claims` as csv: its rows keyed by id (column name -> cell).
std::map<std::string, std::map<std::string, std::string>> check_rows(
    const std::string& claims, std::vector<std::string> extra = {}) {
  TempDir dir;
  std::vector<std::string> args = {
      "--db", sample_db(), "check", dir.write("claims.csv", claims), "--format", "csv"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto result = cli(args);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err.empty());
  auto rows = parse_csv(result.out);
  REQUIRE(!rows.empty());
  CHECK(rows[0] == std::vector<std::string>{"id", "claim", "report", "row", "column", "test",
                                            "expected", "value", "ci_low", "ci_high", "n",
                                            "verdict", "command", "note"});
  std::map<std::string, std::map<std::string, std::string>> by_id;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    REQUIRE(rows[r].size() == rows[0].size());
    for (std::size_t c = 0; c < rows[0].size(); ++c) by_id[rows[r][0]][rows[0][c]] = rows[r][c];
  }
  return by_id;
}

}  // namespace

TEST_CASE(
    "check runs every claim: unknown reports and bad filters are error verdicts, the good "
    "claims still run",
    "[e2e]") {
  auto rows = check_rows(
      kHeader +
      "typo-report,Pay is high,,pay-by-lvl,,level=entry,median,at_least,1,\n"
      "typo-filter,US pay is high,,pay-by-level,--contry US,level=entry,median,at_least,1,\n"
      "refused,Juniors,,seniority-mix,--level junior,,junior_share_pct,falling,,\n"
      "typo-column,Pay,,pay-by-level,,level=entry,median_usd,at_least,1,\n"
      "two-rows,Pay,,pay-by-level,,,median,at_least,1,\n"
      "postings-2025,\"Over 1,000 postings in 2025\",a blog,ai-share,--period year,"
      "period=2025,postings,at_least,1000,\n"
      "ml-titles,ML titles,,ai-share,--title 'machine learning' --period year,period=2030,"
      "postings,at_least,1,\n");
  REQUIRE(rows.size() == 7);
  CHECK(rows["typo-report"]["verdict"] == "error");
  CHECK(rows["typo-report"]["note"] ==
        "unknown report 'pay-by-lvl'; the reports are: ai-share, seniority-mix, pay-by-skill, "
        "pay-by-level, pay-by-region, top-skills, ai-growth, ai-premium, summary");
  CHECK(rows["typo-filter"]["verdict"] == "error");
  CHECK(rows["typo-filter"]["note"] ==
        "filters: not report options: --contry US (see 'jobsight report --help')");
  CHECK(rows["refused"]["verdict"] == "error");
  CHECK(rows["refused"]["note"] ==
        "report seniority-mix does not take --level: it counts postings per level");
  CHECK(rows["typo-column"]["verdict"] == "error");
  CHECK_THAT(rows["typo-column"]["note"],
             Catch::StartsWith("report pay-by-level has no column 'median_usd'; its columns: "
                               "level, n, p25, median,"));
  CHECK(rows["two-rows"]["verdict"] == "error");
  CHECK(rows["two-rows"]["note"] == "the report has 6 rows; say which with row, e.g. level=intern");

  // A count is exact, with or without intervals: 1,155 postings in 2025.
  auto good = rows["postings-2025"];
  CHECK(good["verdict"] == "supported");
  CHECK(good["expected"] == ">= 1000");
  CHECK(good["value"] == "1155");
  CHECK(good["ci_low"] == "1155");
  CHECK(good["ci_high"] == "1155");
  CHECK(good["n"] == "1155");
  CHECK(good["command"] == "jobsight report ai-share --period year --ci");
  CHECK(rows["ml-titles"]["command"] ==
        "jobsight report ai-share --title 'machine learning' --period year --ci");
  CHECK(rows["ml-titles"]["verdict"] == "not enough data");

  // The command shows the numbers the verdict came from.
  auto shown = run_shell("cd " + shell_quote(TempDir().path().string()) + " && " +
                         jobsight::test::jobsight_command({"--db", sample_db()}) +
                         good["command"].substr(std::string("jobsight").size()) + " --format csv");
  CHECK(shown.exit_code == 0);
  CHECK_THAT(shown.out, Catch::Contains("\n2025,1155,"));
}

TEST_CASE("check --confidence goes into the commands, a claim's own --confidence wins", "[e2e]") {
  auto rows = check_rows(kHeader +
                             "a,Count,,ai-share,--period year,period=2025,postings,at_least,1,\n"
                             "b,Count,,ai-share,--period year --confidence 0.95,period=2025,"
                             "postings,at_least,1,\n",
                         {"--confidence", "0.99"});
  CHECK(rows["a"]["command"] == "jobsight report ai-share --period year --ci --confidence 0.99");
  CHECK(rows["b"]["command"] == "jobsight report ai-share --period year --confidence 0.95 --ci");
  CHECK(rows["a"]["verdict"] == "supported");
  CHECK(rows["b"]["verdict"] == "supported");
}

TEST_CASE(
    "a malformed claims file, a missing one or a missing database stop the check with one "
    "message",
    "[e2e]") {
  TempDir dir;
  const std::string bad =
      dir.write("claims.csv", kHeader + "a,A,,ai-share,,,postings,at_least,1,\n" +
                                  "b,B,,ai-share,,,postings,abve,1,\n");
  auto malformed = cli({"--db", sample_db(), "check", bad});
  CHECK(malformed.exit_code == 1);
  CHECK(malformed.out.empty());
  CHECK(malformed.err ==
        error_line(bad + ":3: column 'test' (8): 'abve' is not one of between, at_least, "
                         "at_most, rising, falling"));

  auto missing = cli({"--db", sample_db(), "check", dir.file("none.csv")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == error_line(dir.file("none.csv") +
                                  ": cannot open the claims file (No such file or directory)"));

  const std::string good =
      dir.write("good.csv", kHeader + "a,A,,ai-share,,,postings,at_least,1,\n");
  auto no_db = cli({"--db", dir.file("none.db"), "check", good});
  CHECK(no_db.exit_code == 1);
  CHECK(no_db.out.empty());
  CHECK_THAT(no_db.err, Catch::StartsWith("jobsight: ") && Catch::Contains("none.db"));
  CHECK_FALSE(std::filesystem::exists(dir.file("none.db")));

  auto bad_confidence = cli({"--db", sample_db(), "check", good, "--confidence", "0.8"});
  CHECK(bad_confidence.exit_code == 1);
  CHECK(bad_confidence.err == error_line("--confidence 0.8 is not one of 0.90, 0.95, 0.99"));
}

TEST_CASE("the sample claims file runs, one verdict per claim", "[e2e]") {
  auto result =
      cli({"--db", sample_db(), "check", source_path("sample_data/claims/ai-engineer-pay-2026.csv"),
           "--format", "json"});
  INFO(result.err);
  CHECK(result.exit_code == 0);
  auto verdicts = nlohmann::json::parse(result.out);
  std::vector<std::string> ids;
  for (const auto& verdict : verdicts) {
    ids.push_back(verdict["id"]);
    CHECK(verdict["verdict"] != "error");
  }
  CHECK(ids == std::vector<std::string>{"entry-pay-us", "mid-pay-us", "senior-pay-us",
                                        "lead-pay-us", "ai-share-growing", "junior-shrinking",
                                        "fine-tuning-premium", "mlops-premium", "cloud-premium"});
  // The sample has no posting asking for fine-tuning. The US AI pay bands of 2025: the mid median
  // (142,500, n = 49) lies within $130k-$160k with its whole interval; entry (108,500, n = 13),
  // senior (172,000, n = 36) and lead (236,000, n = 11) straddle their bounds.
  std::vector<std::string> expected = {"inconclusive",    "supported", "inconclusive",
                                       "inconclusive",    "supported", "supported",
                                       "not enough data", "supported", "supported"};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO(ids[i]);
    CHECK(verdicts[i]["verdict"] == expected[i]);
  }
  auto table = cli(
      {"--db", sample_db(), "check", source_path("sample_data/claims/ai-engineer-pay-2026.csv")});
  CHECK(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("entry-pay-us") && Catch::Contains("not enough data"));
}

// Each test kind and each verdict that needs an interval. Worked out by hand from the sample:
// pay-by-level's mid median is 89,650 of n = 1,128 (its 95% interval a few thousand dollars wide),
// the executive median 209,560 of n = 119; the AI share went from 107/866 (12.4%) in 2022 to
// 286/991 (28.9%) in 2026 and the junior share from 230/866 (26.6%) to 161/991 (16.2%), changes far
// outside Newcombe's interval of no change.
TEST_CASE("with intervals, statistics and changes get their verdicts", "[e2e][ci]") {
  auto rows = check_rows(
      kHeader +
      "mid,Mid pay is 80k-100k,,pay-by-level,,level=mid,median,between,80000,100000\n"
      "exec,Executives earn 300k+,,pay-by-level,,level=executive,median,at_least,300000,\n"
      "mid-wide,Mid pay is at most 89650,,pay-by-level,,level=mid,median,at_most,89650,\n"
      "ai,AI share grows,,ai-share,--period year,,ai_share_pct,rising,,\n"
      "junior,Junior share falls,,seniority-mix,--period year,,junior_share_pct,falling,,\n"
      "junior-up,Junior share grows,,seniority-mix,--period year,,junior_share_pct,rising,,\n");
  CHECK(rows["mid"]["verdict"] == "supported");
  CHECK(std::stod(rows["mid"]["ci_low"]) <= 89650);
  CHECK(std::stod(rows["mid"]["ci_high"]) >= 89650);
  CHECK(rows["exec"]["verdict"] == "contradicted");
  CHECK(rows["mid-wide"]["verdict"] == "inconclusive");
  CHECK(rows["ai"]["verdict"] == "supported");
  CHECK(rows["ai"]["n"] == "866→991");
  CHECK(rows["junior"]["verdict"] == "supported");
  CHECK(rows["junior-up"]["verdict"] == "contradicted");
}

TEST_CASE("report list fits the terminal width", "[e2e]") {
  for (int width : {60, 80, 100}) {
    auto result = run_shell("COLUMNS=" + std::to_string(width) + " " +
                            jobsight::test::jobsight_command({"report", "list"}));
    REQUIRE(result.exit_code == 0);
    std::istringstream lines(result.out);
    std::string line;
    while (std::getline(lines, line)) {
      INFO(width << ": " << line);
      CHECK(line.size() <= static_cast<std::size_t>(width));
    }
    CHECK_THAT(result.out, Catch::Contains("summary (one row per headline)"));
  }
  // Without a terminal it is still at most 100 columns; csv stays the catalogue table.
  auto plain = cli({"report", "list"});
  std::istringstream lines(plain.out);
  std::string line;
  while (std::getline(lines, line)) CHECK(line.size() <= 100);
  auto csv = cli({"report", "list", "--format", "csv"});
  CHECK_THAT(csv.out, Catch::StartsWith("report,one_row_per,options,description,refuses\n"));
}

TEST_CASE("report list in csv says what each report refuses and why", "[e2e]") {
  auto csv = cli({"report", "list", "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  CHECK_THAT(csv.out,
             Catch::Contains("\nseniority-mix,period,") &&
                 Catch::Contains(",--level: it counts postings per level\n") &&
                 Catch::Contains(",--ai: it compares AI roles with the others; --no-ai: it "
                                 "compares AI roles with the others\n"));
}

TEST_CASE("check reads the claims from standard input with -", "[e2e]") {
  TempDir dir;
  std::string claims =
      dir.write("claims.csv",
                "id,claim,report,filters,column,test,value\n"
                "share,The AI share of 2026 is at least 20%,ai-share,--year 2026 --period year,"
                "ai_share_pct,at_least,20\n");
  auto result = cli({"--db", sample_db(), "check", "-", "--format", "csv"}, claims);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  // 286 of 991 postings in 2026: 28.9%, Wilson 95% [26.1%, 31.8%], all of it above 20%.
  CHECK_THAT(result.out, Catch::Contains("share,The AI share of 2026 is at least 20%,ai-share,") &&
                             Catch::Contains(",supported,"));
  auto bad = cli({"check", "-"}, dir.write("bad.csv", "id,claim\n"));
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.err, Catch::StartsWith("jobsight: standard input"));
}
