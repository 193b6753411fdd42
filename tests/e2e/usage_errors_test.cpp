// End-to-end tests of usage errors: every command line jobsight cannot run is told in one line on
// standard error, starting "jobsight: ", in jobsight's words and the order typed, with the
// closest names for a typo, and ends with exit code 2; nothing is printed on standard output and
// no database is created.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::error_line;
using jobsight::test::TempDir;

namespace {

struct UsageCase {
  std::vector<std::string> args;  // after --db FILE
  std::string message;            // after "jobsight: "
};

const std::string kSeeMain = " (see 'jobsight --help')";
const std::string kSeeReport = " (see 'jobsight report --help')";

}  // namespace

TEST_CASE("every usage error is one line starting jobsight: and exits 2", "[e2e][usage]") {
  TempDir dir;
  const std::string db = dir.file("never-created.db");
  const std::vector<UsageCase> cases = {
      // Commands: a typo gets the command it was meant to be.
      {{"reprot"}, "unknown command 'reprot'; did you mean 'report'?" + kSeeMain},
      {{"imprt", "postings", "x.csv"},
       "unknown command 'imprt'; did you mean 'import'?" + kSeeMain},
      {{"statsu"}, "unknown command 'statsu'; did you mean 'status'?" + kSeeMain},
      {{"frobnicate"}, "unknown command 'frobnicate'" + kSeeMain},
      {{},
       "a command is required: import, report, check, dashboard, status, imports, rejects, "
       "skills, sql, datasette-metadata" +
           kSeeMain},
      {{"import"}, "a command is required: postings, salaries (see 'jobsight import --help')"},
      {{"import", "postingz", "x.csv"},
       "unknown command 'postingz'; did you mean 'postings'? (see 'jobsight import --help')"},
      // Reports: a typo gets the report; anything else the list of them.
      {{"report", "ai-shar"},
       "unknown report 'ai-shar'; did you mean 'ai-share'? (see 'jobsight "
       "report list')"},
      {{"report", "sumary"},
       "unknown report 'sumary'; did you mean 'summary'? (see 'jobsight "
       "report list')"},
      {{"report", "nothing"},
       "unknown report 'nothing'; the reports are: ai-share, seniority-mix, pay-by-skill, "
       "pay-by-level, pay-by-region, top-skills, ai-growth, ai-premium, summary (see 'jobsight "
       "report list')"},
      {{"report"}, "argument name is required" + kSeeReport},
      // Options: a typo gets the option, told before the words after it.
      {{"report", "ai-share", "--perod", "year"},
       "unknown option '--perod'; did you mean '--period'?" + kSeeReport},
      {{"report", "ai-share", "year", "--perod"},
       "unknown option '--perod'; did you mean '--period'?" + kSeeReport},
      {{"report", "ai-share", "--levle", "junior"},
       "unknown option '--levle'; did you mean '--level'?" + kSeeReport},
      {{"report", "ai-share", "--perod=year"},
       "unknown option '--perod'; did you mean '--period'?" + kSeeReport},
      {{"report", "ai-share", "--colour"}, "unknown option '--colour'" + kSeeReport},
      // An option before the command is the main command's.
      {{"--dbb", "x.db", "status"}, "unknown option '--dbb'; did you mean '--db'?" + kSeeMain},
      // ... and after a command it is told where it goes.
      {{"import", "postings", "x.csv", "--db", "x.db"},
       "option --db goes before the command: 'jobsight --db VALUE import ...'" + kSeeMain},
      {{"report", "ai-share", "--busy-timeout=10"},
       "option --busy-timeout goes before the command: 'jobsight --busy-timeout VALUE report "
       "...'" +
           kSeeMain},
      {{"report", "ai-share", "extra"}, "unexpected argument 'extra'" + kSeeReport},
      // Values.
      {{"report", "ai-share", "--period", "week"},
       "option --period: 'week' is not one of month, quarter, year" + kSeeReport},
      {{"report", "ai-share", "--period=week"},
       "option --period: 'week' is not one of month, quarter, year" + kSeeReport},
      {{"report", "ai-share", "--period"}, "option --period: a value is required" + kSeeReport},
      {{"report", "pay-by-skill", "--min-n", "0"},
       "option --min-n: 0 is not in the range 1 to 1000000000" + kSeeReport},
      {{"report", "ai-share", "--year", "abc"},
       "option --year: 'abc' is not a number" + kSeeReport},
      {{"report", "ai-share", "--ai", "--no-ai"},
       "options --ai and --no-ai exclude each other" + kSeeReport},
      {{"report", "ai-share", "--format", "xml"},
       "option --format: 'xml' is not one of table, csv, json, markdown, html" + kSeeReport},
      {{"import", "postings", "x.csv", "--date-order", "ymd"},
       "option --date-order: 'ymd' is not one of dmy, mdy (see 'jobsight import postings "
       "--help')"},
      {{"import", "postings"},
       "argument files is required (see 'jobsight import postings --help')"},
      {{"imports", "delete"}, "argument id is required (see 'jobsight imports delete --help')"},
      {{"--busy-timeout", "-5", "status"},
       "option --busy-timeout: -5 is not in the range 0 to 86400000 (see 'jobsight status "
       "--help')"},
      {{"sql"}, "argument query is required (see 'jobsight sql --help')"},
  };
  for (const UsageCase& c : cases) {
    std::vector<std::string> args = {"--db", db};
    args.insert(args.end(), c.args.begin(), c.args.end());
    std::string typed;
    for (const std::string& arg : c.args) typed += " " + arg;
    INFO("jobsight" << typed);
    auto result = cli(args);
    CHECK(result.exit_code == 2);
    CHECK(result.err == error_line(c.message));
    CHECK(result.out.empty());
  }
  CHECK_FALSE(jobsight::test::fs::exists(db));
}

TEST_CASE("help and version are no usage errors: they exit 0 on standard output", "[e2e][usage]") {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--help"}, {"report", "--help"}, {"import", "postings", "--help"}, {"--version"}}) {
    auto result = cli(args);
    INFO(args.front());
    CHECK(result.exit_code == 0);
    CHECK_FALSE(result.out.empty());
    CHECK(result.err.empty());
  }
}

TEST_CASE("errors that are not usage errors keep exit code 1", "[e2e][usage]") {
  TempDir dir;
  // A database that is not there, a bad date, a report refusing an option: exit 1 as before.
  auto missing = cli({"--db", dir.file("missing.db"), "status"});
  CHECK(missing.exit_code == 1);
  auto date = cli({"--db", dir.file("missing.db"), "report", "ai-share", "--from", "2025-13-01"});
  CHECK(date.exit_code == 1);
  CHECK(date.err == error_line("--from '2025-13-01' is not a valid date; write it as YYYY-MM-DD"));
}

TEST_CASE("the benchmark script refuses a missing or bad argument in one line with exit 2",
          "[e2e][usage]") {
  // bench/run.sh checks its arguments before it builds or generates anything.
  const std::string script =
      jobsight::test::shell_quote(jobsight::test::source_path("bench/run.sh"));
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--runs", "bench/run.sh: --runs needs a value (see --help)\n"},
      {"--sizes", "bench/run.sh: --sizes needs a value (see --help)\n"},
      {"--sizes 1e6", "bench/run.sh: --sizes takes N[,N...]\n"},
      {"--runs 0", "bench/run.sh: --runs takes a positive number\n"},
      {"--sise 1000", "bench/run.sh: unknown argument --sise (see --help)\n"},
  };
  for (const auto& [args, message] : cases) {
    INFO(args);
    const auto result = jobsight::test::run_shell("bash " + script + " " + args);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == message);
  }
}
