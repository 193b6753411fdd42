// Hostile values, end to end: the real binary fed fields that hold invalid UTF-8, NUL bytes,
// control characters, formula-like or SQL-like text, impossible amounts and dates, unknown
// currencies and pay periods, or thousands of skills; and reports run with hostile option values.
// Each case checks the exit code, the exact message and that the database holds exactly the
// accepted rows, byte for byte (read with the sqlite3 shell).
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "jobsight/csv.hpp"
#include "support/cli_runner.hpp"
#include "support/hostile_fixture.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::dump;
using jobsight::test::error_line;
using jobsight::test::hex;
using jobsight::test::kSalaryHeader;
using jobsight::test::literal;
using jobsight::test::parse_csv;
using jobsight::test::run_shell;
using jobsight::test::shell_quote;
using jobsight::test::sql;
using jobsight::test::summary_start;
using Fixture = jobsight::test::HostileFixture;

// ---------------------------------------------------------------------------------------------
// Bytes inside fields

TEST_CASE("Latin-1 text inside a field rejects its row, naming the column, in both kinds of import",
          "[hostile]") {
  Fixture f;
  const std::string latin1_row = "l2,2025-06-02,Caf\xe9 Manager";
  std::string file =
      f.dir.write("latin1.csv", "id,date,title\nl1,2025-06-01,Plain Manager\n" + latin1_row + "\n");
  auto result = f.import("postings", file);
  const std::string reason =
      "invalid UTF-8 in column title (byte 0xE9 at byte 4 of the field): jobsight reads UTF-8 "
      "only; if the file is Latin-1 / Windows-1252, convert it (iconv -f WINDOWS-1252 -t UTF-8) "
      "and import again";
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out,
             Catch::StartsWith(summary_start(file, 2, 1, 0, 1, 0)) &&
                 Catch::EndsWith(" s)\n  rejected " + file + ":3: column title: " + reason + "\n"));
  CHECK(sql(f.db, "SELECT external_id FROM postings WHERE import_id = 2") == "l1\n");
  // The rejected record is kept byte for byte, as a BLOB since it is not UTF-8 text.
  CHECK(sql(f.db,
            "SELECT line, column_name, reason, typeof(raw_record), hex(raw_record) FROM "
            "import_rejects") == "3|title|" + reason + "|blob|" + hex(latin1_row) + "\n");

  std::string survey = f.dir.write("survey.csv", std::string(kSalaryHeader) +
                                                     "2024,SE,FT,Data Engineer,,,150000,US,0,US,M\n"
                                                     "2024,SE,FT,Ing\xe9nieur,,,90000,FR,0,FR,M\n");
  auto salaries = f.import("salaries", survey);
  CHECK(salaries.exit_code == 0);
  CHECK_THAT(salaries.out,
             Catch::StartsWith(summary_start(survey, 2, 1, -1, 1, 0)) &&
                 Catch::Contains("  rejected " + survey +
                                 ":3: column job_title: invalid UTF-8 in column job_title (byte "
                                 "0xE9 at byte 4 of the field)"));
  CHECK(sql(f.db, "SELECT job_title FROM salary_observations") == "Data Engineer\n");

  // Converted as the message says, the row imports with its accent.
  std::string converted = f.dir.file("latin1-utf8.csv");
  REQUIRE(run_shell("(iconv -f WINDOWS-1252 -t UTF-8 " + shell_quote(file) + " > " +
                    shell_quote(converted) + ")")
              .exit_code == 0);
  CHECK(f.import("postings", converted).exit_code == 0);
  CHECK(sql(f.db, "SELECT title FROM postings WHERE external_id = 'l2'") ==
        "Caf\xc3\xa9 Manager\n");

  // Latin-1 in the header refuses the whole file.
  const std::string before = dump(f.db);
  std::string header = f.dir.write("header.csv",
                                   "id,date,title,St\xe4"
                                   "dt\nh1,2025-06-03,X,Y\n");
  auto refused = f.import("postings", header);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err == error_line(header +
                                  ":1: the header is not UTF-8 text (column 4 of the header has "
                                  "byte 0xE4); jobsight reads UTF-8 only: if the file is Latin-1 "
                                  "/ Windows-1252, convert it first (iconv -f WINDOWS-1252 -t "
                                  "UTF-8 " +
                                  header + " > converted.csv)"));
  CHECK(dump(f.db) == before);
}

TEST_CASE("a NUL byte in a field rejects its row, since past the first line it is no binary file",
          "[hostile]") {
  Fixture f;
  // A long text file whose NUL comes far from the start.
  std::string content = "id,date,title,description\n";
  for (int i = 0; i < 500; ++i) {
    content += "n" + std::to_string(i) + ",2025-07-01,Row " + std::to_string(i) + ",text\n";
  }
  const std::string nul_row = literal("nx,2025-07-02,Nul\0Title,text");
  content += nul_row + "\n";
  std::string file = f.dir.write("nul.csv", content);
  for (const char* kind : {"postings"}) {
    auto result = f.import(kind, file);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 501, 500, 0, 1, 0)) &&
                               Catch::Contains("  rejected " + file +
                                               ":502: column title: NUL byte in column title (at "
                                               "byte 4 of the field): CSV text holds no NUL bytes; "
                                               "remove them (tr -d '\\000') and import again\n"));
  }
  CHECK(sql(f.db, "SELECT typeof(raw_record), hex(raw_record) FROM import_rejects") ==
        "blob|" + hex(nul_row) + "\n");
  CHECK(sql(f.db, "SELECT count(*) FROM postings WHERE title GLOB '*Nul*'") == "0\n");

  // In a salary file the same.
  std::string survey =
      f.dir.write("survey.csv",
                  std::string(kSalaryHeader) + literal("2024,SE,FT,Nul\0Engineer,,,1,US,0,US,M\n"));
  auto salaries = f.import("salaries", survey);
  // Its only row rejected, the file fails as a whole (SPEC 5), naming the reason.
  CHECK(salaries.exit_code == 1);
  CHECK_THAT(salaries.err,
             Catch::Contains("every row was rejected") &&
                 Catch::Contains("line 2: column job_title: NUL byte in column job_title"));
  CHECK(f.count("salary_observations") == "0\n");
}

// ---------------------------------------------------------------------------------------------
// Values

TEST_CASE("amounts: $120,000, 120k and 1.2e5 convert, and -5, NaN and inf keep the row without pay",
          "[hostile]") {
  Fixture f;
  const std::vector<std::string> amounts = {"\"$120,000\"", "120k", "1.2e5", "-5", "NaN", "inf"};
  std::string postings = "id,date,title,salary\n";
  std::string survey = kSalaryHeader;
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    postings += "a" + std::to_string(i) + ",2025-01-0" + std::to_string(i + 1) + ",Analyst," +
                amounts[i] + "\n";
    survey += "2024,MI,FT,Analyst " + std::to_string(i) + ",,," + amounts[i] + ",US,0,US,M\n";
  }
  std::string file = f.dir.write("amounts.csv", postings);
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 6, 6, 0, 0, 3)));
  CHECK(sql(f.db,
            "SELECT external_id, pay_status, pay_usd_annual FROM postings WHERE import_id "
            "= 2 ORDER BY external_id") ==
        "a0|converted|120000.0\na1|converted|120000.0\na2|converted|120000.0\n"
        "a3|invalid_amount|\na4|invalid_amount|\na5|invalid_amount|\n");
  std::string survey_file = f.dir.write("survey.csv", survey);
  auto salaries = f.import("salaries", survey_file);
  CHECK(salaries.exit_code == 0);
  CHECK_THAT(salaries.out, Catch::StartsWith(summary_start(survey_file, 6, 6, -1, 0, 3)));
  CHECK(sql(f.db,
            "SELECT job_title, pay_status, pay_usd_annual FROM salary_observations ORDER "
            "BY 1") ==
        "Analyst 0|converted|120000.0\nAnalyst 1|converted|120000.0\n"
        "Analyst 2|converted|120000.0\nAnalyst 3|invalid_amount|\nAnalyst 4|invalid_amount|\n"
        "Analyst 5|invalid_amount|\n");
}

TEST_CASE("impossible, out-of-range and relative dates reject their row, saying what is wrong",
          "[hostile]") {
  Fixture f;
  std::string file =
      f.dir.write("dates.csv",
                  "id,date,title\nd1,2025-02-30,A\nd2,1899-01-01,B\nd3,2999-01-01,C\n"
                  "d4,yesterday,D\nd5,2024-02-29,Leap\n");
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  const std::string at = "  rejected " + file + ":";
  CHECK_THAT(
      result.out,
      Catch::StartsWith(summary_start(file, 5, 1, 0, 4, 0)) &&
          Catch::EndsWith(
              at + "2: column posted_date: invalid date '2025-02-30': February 2025 has 28 days\n" +
              at + "3: column posted_date: invalid date '1899-01-01': year 1899 is outside " +
              "1900-2100\n" + at +
              "4: column posted_date: invalid date '2999-01-01': year 2999 is outside " +
              "1900-2100\n" + at +
              "5: column posted_date: 'yesterday' is a relative date: give --as-of " +
              "YYYY-MM-DD\n"));
  CHECK(sql(f.db, "SELECT external_id, posted_date FROM postings WHERE import_id = 2") ==
        "d5|2024-02-29\n");

  std::string survey = f.dir.write("survey.csv", std::string(kSalaryHeader) +
                                                     "1899,SE,FT,Old,,,1,US,0,US,M\n"
                                                     "2999,SE,FT,Future,,,1,US,0,US,M\n"
                                                     "yesterday,SE,FT,Vague,,,1,US,0,US,M\n"
                                                     // One good row: a file whose every row is
                                                     // rejected fails as a whole (SPEC 5).
                                                     "2024,SE,FT,Fine,,,1,US,0,US,M\n");
  auto salaries = f.import("salaries", survey);
  CHECK(salaries.exit_code == 0);
  for (auto [line, year] :
       {std::pair{2, "1899"}, std::pair{3, "2999"}, std::pair{4, "yesterday"}}) {
    CHECK_THAT(salaries.out, Catch::Contains("  rejected " + survey + ":" + std::to_string(line) +
                                             ": column work_year: invalid work_year '" + year +
                                             "' (expected a year from 1900 to 2100, e.g. 2024)\n"));
  }
  CHECK(f.count("salary_observations") == "1\n");
}

TEST_CASE("salary_min above salary_max is kept as given: the midpoint is the same either way",
          "[hostile]") {
  Fixture f;
  std::string file = f.dir.write("range.csv",
                                 "id,date,title,salary_min,salary_max\n"
                                 "s1,2025-03-01,Reversed,150000,100000\n"
                                 "s2,2025-03-02,Ordered,100000,150000\n");
  CHECK(f.import("postings", file).exit_code == 0);
  CHECK(sql(f.db,
            "SELECT external_id, salary_min, salary_max, pay_usd_annual FROM postings "
            "WHERE import_id = 2 ORDER BY 1") ==
        "s1|150000.0|100000.0|125000.0\ns2|100000.0|150000.0|125000.0\n");
}

TEST_CASE("an unknown currency or pay period keeps the row but not its pay, and is counted",
          "[hostile]") {
  Fixture f;
  std::string file = f.dir.write("pay.csv",
                                 "id,date,title,salary,salary_currency,salary_period\n"
                                 "p1,2025-03-01,Unknown Currency,100000,XYZ,year\n"
                                 "p2,2025-03-02,Unknown Period,5000,USD,fortnight\n"
                                 "p3,2025-03-03,Word Currency,100000,dollars,year\n");
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 3, 3, 0, 0, 3)));
  CHECK(sql(f.db,
            "SELECT external_id, pay_status, pay_usd_annual IS NULL, salary_currency, "
            "salary_period FROM postings WHERE import_id = 2 ORDER BY 1") ==
        "p1|unknown_currency|1|XYZ|year\np2|unknown_period|1|USD|fortnight\n"
        "p3|unknown_currency|1|dollars|year\n");
  std::string survey = f.dir.write(
      "survey.csv", std::string(kSalaryHeader) + "2024,SE,FT,Engineer,100000,XYZ,,US,0,US,M\n");
  auto salaries = f.import("salaries", survey);
  CHECK_THAT(salaries.out, Catch::StartsWith(summary_start(survey, 1, 1, -1, 0, 1)));
  CHECK(sql(f.db, "SELECT pay_status, salary_currency FROM salary_observations") ==
        "unknown_currency|XYZ\n");
}

TEST_CASE("1,000 skills, a 10,000-character skills field and a 10,000-character title are stored",
          "[hostile]") {
  Fixture f;
  std::string skills;
  for (int i = 0; i < 1'000; ++i)
    skills += (i > 0 ? ";" : "") + std::string("skill") + std::to_string(i);
  const std::string long_skill(10'000, 'k');
  const std::string long_title = "Engineer " + std::string(9'991, 't');
  std::string file =
      f.dir.write("skills.csv",
                  "id,date,title,skills\n"
                  "k1,2025-04-01,Many Skills," +
                      skills + "\nk2,2025-04-02," + long_title + "," + long_skill + "\n");
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 2, 2, 0, 0, 0)));
  CHECK(sql(f.db,
            "SELECT count(*) FROM posting_skills JOIN postings USING (posting_id) WHERE "
            "external_id = 'k1'") == "1000\n");
  CHECK(sql(f.db,
            "SELECT s.name FROM posting_skills JOIN postings p USING (posting_id) JOIN "
            "skills s USING (skill_id) WHERE external_id = 'k1' AND s.name = 'skill999'") ==
        "skill999\n");
  CHECK(sql(f.db, "SELECT length(s.name), s.name = '" + long_skill +
                      "' FROM posting_skills JOIN postings p USING (posting_id) JOIN skills s "
                      "USING (skill_id) WHERE external_id = 'k2'") == "10000|1\n");
  CHECK(sql(f.db, "SELECT length(title), title = '" + long_title +
                      "', seniority FROM postings WHERE external_id = 'k2'") == "10000|1|mid\n");
}

TEST_CASE(
    "formula-like, SQL-like and control-character text is stored byte for byte and never "
    "interpreted",
    "[hostile]") {
  Fixture f;
  const std::string title = "=cmd|' /C calc'!A0";
  const std::string company = "'); DROP TABLE postings;--";
  const std::string industry = "Tab\there\x01\x1b[31mred\x7f\xc2\x9b end";
  const std::string city = "line one\r\nline two";
  const std::string description = "\"quoted\", with commas; and 'quotes' \\ backslash";
  const std::vector<std::string> header = {"id",       "date", "title",  "company",
                                           "industry", "city", "skills", "description"};
  const std::vector<std::string> row = {"x1", "2025-05-01",         title,      company, industry,
                                        city, "=1+1|-2+3|@SUM(A1)", description};
  std::string file = f.dir.write(
      "tricky.csv", jobsight::csv_encode(header) + "\n" + jobsight::csv_encode(row) + "\n");
  auto result = f.import("postings", file);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(f.count("postings") == "3\n");
  CHECK(sql(f.db,
            "SELECT hex(title), hex(c.name), hex(industry), hex(city), hex(description) "
            "FROM postings LEFT JOIN companies c USING (company_id) WHERE external_id = "
            "'x1'") == hex(title) + "|" + hex(company) + "|" + hex(industry) + "|" + hex(city) +
                           "|" + hex(description) + "\n");
  CHECK(sql(f.db,
            "SELECT group_concat(s.name, ' ') FROM (SELECT s.name FROM posting_skills JOIN "
            "skills s USING (skill_id) ORDER BY s.name) s") == "-2+3 =1+1 @SUM(A1)\n");

  const std::string query =
      "SELECT title, c.name AS company, industry, city, description FROM postings LEFT JOIN "
      "companies c USING (company_id) WHERE external_id = 'x1'";
  const std::vector<std::string> values = {title, company, industry, city, description};
  auto csv = cli({"--db", f.db, "sql", query, "--format", "csv"});
  CHECK(csv.exit_code == 0);
  CHECK(csv.out ==
        "title,company,industry,city,description\n" + jobsight::csv_encode(values) + "\n");
  CHECK(parse_csv(csv.out).at(1) == values);

  auto json = cli({"--db", f.db, "sql", query, "--format", "json"});
  CHECK(json.exit_code == 0);
  auto parsed = nlohmann::json::parse(json.out);
  CHECK(parsed.at(0).at("title") == title);
  CHECK(parsed.at(0).at("company") == company);
  CHECK(parsed.at(0).at("industry") == industry);
  CHECK(parsed.at(0).at("city") == city);
  CHECK(parsed.at(0).at("description") == description);
  CHECK(json.out.find('\x1b') == std::string::npos);
  CHECK_THAT(json.out, Catch::Contains("\\u0001\\u001b[31mred\x7f"));

  // Tables are for terminals: no control character gets through.
  for (const char* format : {"table", "markdown"}) {
    auto shown =
        jobsight::test::cli_at_width(250, {"--db", f.db, "sql", query, "--format", format});
    CHECK(shown.exit_code == 0);
    CHECK(shown.out.find('\x1b') == std::string::npos);
    CHECK(shown.out.find('\x01') == std::string::npos);
    CHECK_THAT(shown.out, Catch::Contains("Tab here\\x01\\x1B[31mred\\x7F\\u009B end") &&
                              Catch::Contains("line one line two"));
  }

  // Reports: the hostile industry as a filter (bound, never spliced) and skills in the output.
  auto mix =
      cli({"--db", f.db, "report", "seniority-mix", "--industry", industry, "--format", "csv"});
  CHECK(mix.exit_code == 0);
  CHECK_THAT(mix.out, Catch::Contains("\n2025-05,1,"));
  auto skills = cli({"--db", f.db, "report", "top-skills", "--format", "json"});
  CHECK(skills.exit_code == 0);
  std::vector<std::string> names;
  for (const auto& item : nlohmann::json::parse(skills.out)) names.push_back(item.at("skill"));
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"-2+3", "=1+1", "@SUM(A1)"});
  auto skills_csv = cli({"--db", f.db, "report", "top-skills", "--format", "csv"});
  CHECK_THAT(skills_csv.out, Catch::Contains(",-2+3,other,1,") &&
                                 Catch::Contains(",=1+1,other,1,") &&
                                 Catch::Contains(",@SUM(A1),other,1,"));

  // A hostile value quoted in a rejection reason reaches the terminal escaped.
  std::string bad =
      f.dir.write("bad.csv", "id,date,title\nx2,\x1b[2J,Clear Screen\nx3,2025-01-01,Fine\n");
  auto rejected = f.import("postings", bad);
  CHECK(rejected.exit_code == 0);
  CHECK(rejected.out.find('\x1b') == std::string::npos);
  CHECK_THAT(rejected.out, Catch::Contains("invalid date '\\x1B[2J' (expected"));
  CHECK(sql(f.db, "SELECT hex(reason) FROM import_rejects") ==
        hex("invalid date '\x1b[2J' (expected a form such as 2026-04-10, 2026-04-10T13:01:02Z, "
            "10/04/2026, Apr 10 2026, epoch seconds or 3 days ago)") +
            "\n");
}

// ---------------------------------------------------------------------------------------------
// Report options

TEST_CASE("report options with hostile values give clear errors or correct empty results",
          "[hostile]") {
  Fixture f;
  const std::string before = dump(f.db);
  const std::string header = "period,postings,ai_postings,ai_share_pct\n";
  auto report = [&](std::vector<std::string> options) {
    std::vector<std::string> args = {"--db", f.db, "report", "ai-share", "--format", "csv"};
    args.insert(args.end(), options.begin(), options.end());
    return cli(args);
  };
  // Filters are bound values: quotes, SQL and LIKE wildcards match nothing and harm nothing, and
  // a value that names nothing in the database is refused as a typo, quoted printably and short.
  for (const std::vector<std::string>& options :
       {std::vector<std::string>{"--country", "'); DROP TABLE postings;--"},
        std::vector<std::string>{"--country", "US' OR '1'='1"},
        std::vector<std::string>{"--region", "%%%"},
        std::vector<std::string>{"--country", std::string(100'000, 'x')}}) {
    auto result = report(options);
    INFO(options[0] << " " << options[1].substr(0, 40));
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::StartsWith("jobsight: unknown " + options[0].substr(2) + " '"));
    CHECK(result.err.find('\x1b') == std::string::npos);
    CHECK(result.err.size() < 400);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
  }
  // No posting here has an industry, so an industry filter finds nothing rather than a typo.
  for (const char* industry : {"%", "_", "\x1b[2J"}) {
    auto result = report({"--industry", industry});
    CHECK(result.exit_code == 0);
    CHECK(result.out == header);
    CHECK(result.err.empty());
  }
  CHECK(report({}).out == header + "2025-01,2,0,0\n");

  struct Refused {
    std::vector<std::string> options;
    std::string message;
  };
  for (const Refused& r : std::vector<Refused>{
           {{"--from", "2025-02-30"},
            "--from '2025-02-30' is not a valid date; write it as YYYY-MM-DD"},
           {{"--to", "yesterday"}, "--to 'yesterday' is not a valid date; write it as YYYY-MM-DD"},
           {{"--from", "2025-1-1"},
            "--from '2025-1-1' is not a valid date; write it as YYYY-MM-DD"},
           {{"--from", "2025-01-01' OR '1'='1"},
            "--from '2025-01-01' OR '1'='1' is not a valid date; write it as YYYY-MM-DD"},
           {{"--from", "2025-03-01", "--to", "2025-01-01"},
            "--from 2025-03-01 is after --to 2025-01-01"},
           {{"--year", "1800"}, "--year 1800 is out of range (1900-2100)"},
           {{"--year", "99999"}, "--year 99999 is out of range (1900-2100)"},
       }) {
    auto result = report(r.options);
    INFO(r.options[0] << " " << r.options[1]);
    CHECK(result.exit_code == 1);
    CHECK(result.err == error_line(r.message));
    CHECK(result.out.empty());
  }

  // Usage errors: one line in jobsight's words, exit code 2.
  auto usage = [&](const std::string& report_name, std::vector<std::string> options) {
    std::vector<std::string> args = {"--db", f.db, "report", report_name};
    args.insert(args.end(), options.begin(), options.end());
    return cli(args);
  };
  const std::string see = " (see 'jobsight report --help')";
  auto min_n = usage("pay-by-skill", {"--min-n", "-1"});
  CHECK(min_n.exit_code == 2);
  CHECK(min_n.err == error_line("option --min-n: -1 is not in the range 1 to 1000000000" + see));
  auto top = usage("top-skills", {"--top", "0"});
  CHECK(top.exit_code == 2);
  CHECK(top.err == error_line("option --top: 0 is not in the range 1 to 1000000" + see));
  auto period = usage("ai-share", {"--period", "month'; --"});
  CHECK(period.exit_code == 2);
  CHECK(period.err ==
        error_line("option --period: 'month'; --' is not one of month, quarter, year" + see));
  auto format = usage("ai-share", {"--format", "csv%s%n"});
  CHECK(format.exit_code == 2);
  CHECK(format.err == error_line("option --format: 'csv%s%n' is not one of table, csv, json, "
                                 "markdown, html" +
                                 see));
  CHECK(usage("pay-by-skill", {"--min-n", "1e9999"}).exit_code == 2);
  CHECK(usage("no-such-report'%s", {}).err ==
        error_line("unknown report 'no-such-report'%s'; the reports are: ai-share, "
                   "seniority-mix, pay-by-skill, pay-by-level, pay-by-region, top-skills, "
                   "ai-growth, ai-premium, summary (see 'jobsight report list')"));
  // A large --top is fine: all there is.
  auto all = usage("top-skills", {"--top", "1000000", "--format", "csv"});
  CHECK(all.exit_code == 0);
  CHECK(dump(f.db) == before);
}
