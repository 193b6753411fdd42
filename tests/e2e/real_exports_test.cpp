// End-to-end tests on tests/data/real_exports/ (see its README.md): five small files written to
// look like real exports (a scraped job board, a city jobs feed, a job board API dump, an Indian
// job board, a salary survey). Each test runs the real binary with the command a user types, from
// the repository's root, checks the summary it prints word for word (all but the time), then
// checks stored values and reports against figures worked out by hand, with the arithmetic in
// the comments. Where a currency is converted, the rate is read from the database and the
// expected figure computed here from it.
#include <catch2/catch.hpp>
#include <filesystem>
#include <iomanip>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::CommandResult;
using jobsight::test::error_line;
using jobsight::test::jobsight_command;
using jobsight::test::parse_csv;
using jobsight::test::run_shell;
using jobsight::test::same_rows;
using jobsight::test::shell_quote;
using jobsight::test::TempDir;

namespace {

const std::string kGlassdoor = "tests/data/real_exports/glassdoor_ds_jobs.csv";
const std::string kNyc = "tests/data/real_exports/nyc_city_jobs.csv";
const std::string kAdzuna = "tests/data/real_exports/adzuna_gb_api.csv";
const std::string kNaukri = "tests/data/real_exports/naukri_jobs.csv";
const std::string kSurvey = "tests/data/real_exports/salary_survey_2024.csv";

// Runs jobsight from the repository's root, so that file names are the ones a user types and
// the summary prints.
CommandResult user_command(const std::vector<std::string>& args) {
  return run_shell("cd " + shell_quote(JOBSIGHT_SOURCE_DIR) + " && " + jobsight_command(args));
}

// Imports with `args` after `--db DB import`, requires success and returns the summary with the
// time at the end of its first line, "(0.01 s)", written "(T s)": it varies from run to run.
std::string import_summary(const std::string& db, const std::vector<std::string>& args) {
  std::vector<std::string> full = {"--db", db, "import"};
  full.insert(full.end(), args.begin(), args.end());
  CommandResult result = user_command(full);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err.empty());
  std::size_t eol = result.out.find('\n');
  REQUIRE(eol != std::string::npos);
  static const std::regex time(R"( \(\d+\.\d\d s\)$)");
  std::string first = result.out.substr(0, eol);
  std::string timeless = std::regex_replace(first, time, " (T s)");
  CHECK(timeless != first);
  return timeless + result.out.substr(eol);
}

// `jobsight sql QUERY --format csv`.
std::string query(const std::string& db, const std::string& sql) {
  CommandResult result = cli({"--db", db, "sql", sql, "--format", "csv"});
  INFO(sql << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

// `jobsight report NAME ARGS... --format csv`.
std::string report(const std::string& db, const std::vector<std::string>& args) {
  std::vector<std::string> full = {"--db", db, "report"};
  full.insert(full.end(), args.begin(), args.end());
  full.insert(full.end(), {"--format", "csv"});
  CommandResult result = cli(full);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

// US dollars per unit of `currency` in `year`, as the database holds it (migration 0003).
double usd_per_unit(const std::string& db, const std::string& currency, int year) {
  auto rows = parse_csv(query(db, "SELECT usd_per_unit FROM fx_rates WHERE currency = '" +
                                      currency + "' AND year = " + std::to_string(year)));
  REQUIRE(rows.size() == 2);
  return std::stod(rows[1][0]);
}

// A number as the expected CSV writes it (17 significant digits).
std::string num(double value) {
  std::ostringstream out;
  out << std::setprecision(17) << value;
  return out.str();
}

// CSV rows equal cell by cell, numbers to 1e-9 relative (csv prints full precision, and a
// product with a rate may differ in its last digit from the same product computed here).
void check_rows(const std::string& actual, const std::string& expected) {
  INFO("actual:\n" << actual << "expected:\n" << expected);
  CHECK(same_rows(actual, expected));
}

}  // namespace

// ---- (1) A scraped job board: pay text, no date, no country ----------------------------------

TEST_CASE("a Glassdoor-like scrape: pay text, no date, skills from the description",
          "[e2e][real_exports]") {
  TempDir dir;
  std::string db = dir.file("glassdoor.db");
  // The scrape has no date column: the user says when it was scraped.
  CHECK(import_summary(db, {"postings", kGlassdoor, "--set", "posted_date=2020-06-15"}) ==
        kGlassdoor +
            ": 20 rows read, 19 imported, 1 duplicates, 0 rejected, 0 pay not converted (T s)\n"
            "  ignored columns: index, Rating, Headquarters, Size, Founded, Type of ownership, "
            "Sector (duplicate of industry), Revenue, Competitors\n"
            "  industry: took 'Industry', ignored 'Sector' (the field's own name beats an "
            "alias)\n"
            "  pay: 18 converted, 1 no pay stated; 1 period inferred, 1 currency assumed\n"
            "    period inferred, e.g. $25-$35 (Employer est.)\n"
            // "Remote" names no country: its bare "$" is taken as US dollars, and flagged.
            "    currency assumed, e.g. $61K-$88K (Glassdoor est.)\n"
            "    US dollars were assumed where no currency or country said which (a bare $ "
            "included); give --set salary_currency=CODE or --set country=CODE if that is "
            "wrong\n");

  // Row 5 (line 10) repeats row 4 but for the scraper's index: a duplicate (SPEC 2.6). Company
  // names carry the rating after a line break, as Glassdoor scrapes do, so rows span two lines.
  // Pay: the midpoint of the range; "$" with no country is USD as written, not assumed.
  check_rows(query(db,
                   "SELECT source_line, title, pay_text, salary_currency, salary_period, "
                   "pay_usd_annual, pay_status, pay_period_inferred, pay_currency_assumed, "
                   "seniority, seniority_method, is_ai FROM postings ORDER BY source_line"),
             "source_line,title,pay_text,salary_currency,salary_period,pay_usd_annual,pay_status,"
             "pay_period_inferred,pay_currency_assumed,seniority,seniority_method,is_ai\n"
             // (53,000 + 91,000) / 2 = 72,000
             "2,Data Scientist,$53K-$91K (Glassdoor est.),USD,year,72000,converted,0,0,mid,"
             "default,0\n"
             // (112,000 + 148,000) / 2 = 130,000
             "4,Senior Data Scientist,$112K-$148K (Glassdoor est.),USD,year,130000,converted,0,0,"
             "senior,title,0\n"
             // (120,000 + 160,000) / 2 = 140,000; AI by the title rule "machine learning"
             "6,Machine Learning Engineer,$120K-$160K (Employer est.),USD,year,140000,converted,0,"
             "0,mid,default,1\n"
             // (45,000 + 67,000) / 2 = 56,000
             "8,Data Analyst,$45K-$67K (Glassdoor est.),USD,year,56000,converted,0,0,mid,default,"
             "0\n"
             // (17 + 27) / 2 = 22 an hour × 2,080 = 45,760
             "12,Junior Data Analyst,$17-$27 Per Hour(Glassdoor est.),USD,hour,45760,converted,0,"
             "0,entry,title,0\n"
             // (150,000 + 160,000) / 2 = 155,000
             "14,Data Engineer,Employer Provided Salary:$150K-$160K,USD,year,155000,converted,0,0,"
             "mid,default,0\n"
             // -1 states no pay: none, not a failure
             "16,Lead Data Engineer,-1,,,,none,0,0,lead,title,0\n"
             // (180,000 + 250,000) / 2 = 215,000; AI by the skill Deep Learning
             "18,Director of Data Science,$180K-$250K (Glassdoor est.),USD,year,215000,converted,"
             "0,0,executive,title,1\n"
             // (98,000 + 154,000) / 2 = 126,000; AI by the title rule "nlp"
             "20,\"Research Scientist, NLP\",$98K-$154K (Employer est.),USD,year,126000,converted,"
             "0,0,mid,default,1\n"
             // (25 + 35) / 2 = 30: as a year 30 USD < 1,000, an outlier; as an hour
             // 30 × 2,080 = 62,400 is inside the bounds: inferred hourly
             "22,Statistical Programmer,$25-$35 (Employer est.),USD,hour,62400,converted,1,0,mid,"
             "default,0\n"
             // (76,000 + 105,000) / 2 = 90,500; grade II -> mid
             "24,Data Scientist II,$76K-$105K (Glassdoor est.),USD,year,90500,converted,0,0,mid,"
             "title,0\n"
             // (61,000 + 88,000) / 2 = 74,500
             "26,Business Intelligence Analyst,$61K-$88K (Glassdoor est.),USD,year,74500,"
             "converted,0,1,mid,default,0\n"
             // (135,000 + 215,000) / 2 = 175,000
             "28,Senior Machine Learning Scientist,$135K-$215K (Glassdoor est.),USD,year,175000,"
             "converted,0,0,senior,title,1\n"
             // (20 + 25) / 2 = 22.5 an hour × 2,080 = 46,800
             "30,Data Science Intern,$20-$25 Per Hour(Glassdoor est.),USD,hour,46800,converted,0,"
             "0,intern,title,0\n"
             // (95,000 + 119,000) / 2 = 107,000
             "32,Analytics Manager,$95K-$119K (Glassdoor est.),USD,year,107000,converted,0,0,mid,"
             "default,0\n"
             // (160,000 + 200,000) / 2 = 180,000
             "34,Principal Data Scientist,$160K-$200K (Glassdoor est.),USD,year,180000,converted,"
             "0,0,lead,title,0\n"
             "36,Data Scientist,$53K-$91K (Glassdoor est.),USD,year,72000,converted,0,0,mid,"
             "default,0\n"
             // (110,000 + 170,000) / 2 = 140,000
             "38,Computer Vision Engineer,$110K-$170K (Employer est.),USD,year,140000,converted,0,"
             "0,mid,default,1\n"
             // (88,000 + 140,000) / 2 = 114,000
             "40,Quantitative Analyst,$88K-$140K (Glassdoor est.),USD,year,114000,converted,0,0,"
             "mid,default,0\n");

  // No skills column: skills come from title and description, never from "R&D" (line 2),
  // "excel at" or "go-to-market" (line 8); "Excel spreadsheets" (12), "R programming" (22) and
  // "in R" (36) are unambiguous. "SAS" alone needs context (22).
  check_rows(query(db,
                   "SELECT p.source_line, s.name, ps.from_text FROM posting_skills AS ps "
                   "JOIN postings AS p USING (posting_id) JOIN skills AS s USING (skill_id) "
                   "WHERE p.source_line IN (2, 8, 12, 22, 36) ORDER BY 1, 2"),
             "source_line,name,from_text\n"
             "2,Python,1\n2,SQL,1\n"
             "8,Tableau,1\n"
             "12,Excel,1\n"
             "22,R,1\n"
             "36,R,1\n");

  // Pay by level, postings only, 18 figures (Lead Data Engineer has none):
  // intern 46,800; entry 45,760; senior 130,000, 175,000; lead 180,000; executive 215,000;
  // mid, 12 sorted: 56,000 62,400 72,000 72,000 74,500 90,500 107,000 114,000 126,000 140,000
  // 140,000 155,000. p25: h = 0.25 × 11 = 2.75 -> 72,000 + 0.75 × 0 = 72,000; median: h = 5.5 ->
  // (90,500 + 107,000) / 2 = 98,750; p75: h = 8.25 -> 126,000 + 0.25 × 14,000 = 129,500;
  // p90: h = 9.9 -> 140,000; mean 1,209,400 / 12 = 100,783.33.
  // senior: p25 130,000 + 0.25 × 45,000 = 141,250; median 152,500; p75 163,750;
  // p90 130,000 + 0.9 × 45,000 = 170,500.
  check_rows(report(db, {"pay-by-level", "--min-n", "1"}),
             "level,n,p25,median,p75,p90,mean,postings_n,observations_n\n"
             "intern,1,46800,46800,46800,46800,46800,1,0\n"
             "entry,1,45760,45760,45760,45760,45760,1,0\n"
             "mid,12,72000,98750,129500,140000," +
                 num(1209400.0 / 12) +
                 ",12,0\n"
                 "senior,2,141250,152500,163750,170500,152500,2,0\n"
                 "lead,1,180000,180000,180000,180000,180000,1,0\n"
                 "executive,1,215000,215000,215000,215000,215000,1,0\n");

  // AI roles: lines 6, 18, 20, 28 and 38, 5 of 19 postings = 26.3%.
  check_rows(report(db, {"ai-share"}),
             "period,postings,ai_postings,ai_share_pct\n2020-06,19,5," + num(500.0 / 19) + "\n");
  // Python in 8 of 19 postings (lines 2, 4, 20, 24, 28, 30, 34, 40), SQL in 6 (2, 4, 26, 30,
  // 32, 40).
  check_rows(report(db, {"top-skills", "--top", "2"}),
             "period,rank,skill,category,postings,share_pct,change_pts\n"
             "2020,1,Python,language,8," +
                 num(800.0 / 19) + ",\n2020,2,SQL,language,6," + num(600.0 / 19) + ",\n");
  // Median of all 18 paid postings: h = 8.5 between 107,000 and 114,000 = 110,500.
  // Machine Learning (lines 6, 28): 140,000 175,000 -> median 157,500, +42.5%;
  // Data Science (18, 30): 46,800 215,000 -> p25 46,800 + 0.25 × 168,200 = 88,850, median
  // 130,900; Python: 46,800 72,000 90,500 114,000 126,000 130,000 175,000 180,000 -> p25
  // 72,000 + 0.75 × 18,500 = 85,875, median 120,000, p75 130,000 + 0.25 × 45,000 = 141,250,
  // mean 934,300 / 8 = 116,787.5; SQL: 46,800 72,000 74,500 107,000 114,000 130,000 -> p25
  // 72,625, median 90,750, p75 112,250, mean 544,300 / 6; R (22, 36): 62,400 72,000.
  check_rows(report(db, {"pay-by-skill", "--min-n", "2"}),
             "skill,category,n,p25,median,p75,mean,premium_pct\n"
             "Machine Learning,ai,2,148750,157500,166250,157500," +
                 num((157500.0 / 110500 - 1) * 100) +
                 "\n"
                 "Data Science,analytics,2,88850,130900,172950,130900," +
                 num((130900.0 / 110500 - 1) * 100) +
                 "\n"
                 "Python,language,8,85875,120000,141250,116787.5," +
                 num((120000.0 / 110500 - 1) * 100) +
                 "\n"
                 "SQL,language,6,72625,90750,112250," +
                 num(544300.0 / 6) + "," + num((90750.0 / 110500 - 1) * 100) +
                 "\n"
                 "R,language,2,64800,67200,69600,67200," +
                 num((67200.0 / 110500 - 1) * 100) + "\n");
}

TEST_CASE("a Glassdoor-like scrape: US states imply the country (SPEC 2.5)",
          "[e2e][real_exports][states]") {
  TempDir dir;
  std::string db = dir.file("glassdoor.db");
  import_summary(db, {"postings", kGlassdoor, "--set", "posted_date=2020-06-15"});
  // SPEC 2.5: with no country, a city text ending in ", ST" with a US state code (or DC) gives
  // the US. "Remote" (line 26) says nothing.
  check_rows(query(db,
                   "SELECT source_line, city, country_code, region FROM postings "
                   "ORDER BY source_line"),
             "source_line,city,country_code,region\n"
             "2,\"Austin, TX\",US,Northern America\n"
             "4,\"Boston, MA\",US,Northern America\n"
             "6,\"San Francisco, CA\",US,Northern America\n"
             "8,\"Chicago, IL\",US,Northern America\n"
             "12,\"Austin, TX\",US,Northern America\n"
             "14,\"New York, NY\",US,Northern America\n"
             "16,\"New York, NY\",US,Northern America\n"
             "18,\"Boston, MA\",US,Northern America\n"
             "20,\"Boston, MA\",US,Northern America\n"
             "22,\"Raleigh, NC\",US,Northern America\n"
             "24,\"Austin, TX\",US,Northern America\n"
             "26,Remote,,\n"
             "28,\"Seattle, WA\",US,Northern America\n"
             "30,\"Austin, TX\",US,Northern America\n"
             "32,\"Austin, TX\",US,Northern America\n"
             "34,\"New York, NY\",US,Northern America\n"
             "36,\"Washington, DC\",US,Northern America\n"
             "38,\"San Francisco, CA\",US,Northern America\n"
             "40,\"New York, NY\",US,Northern America\n");
  // The 18 paid postings but Remote's 74,500: 17, sorted 45,760 46,800 56,000 62,400 72,000
  // 72,000 90,500 107,000 114,000 126,000 130,000 140,000 140,000 155,000 175,000 180,000
  // 215,000. p25: h = 4 -> 72,000; median: h = 8 -> 114,000; p75: h = 12 -> 140,000;
  // mean (2,001,960 - 74,500) / 17 = 1,927,460 / 17 = 113,380.
  check_rows(report(db, {"pay-by-region", "--by", "country", "--min-n", "1"}),
             "country,n,p25,median,p75,mean,vs_us_pct,postings_n,observations_n\n"
             "US,17,72000,114000,140000,113380,0,17,0\n");
  // All five AI roles are in US cities: 5 of 18.
  check_rows(report(db, {"ai-share", "--country", "US"}),
             "period,postings,ai_postings,ai_share_pct\n2020-06,18,5," + num(500.0 / 18) + "\n");
}

// ---- (2) A government feed: renamed columns, hourly and daily pay ----------------------------

TEST_CASE("a city jobs feed: renamed columns, hourly and daily pay, month-day dates",
          "[e2e][real_exports]") {
  TempDir dir;
  std::string db = dir.file("nyc.db");
  // Without --map the file is refused, and the message names the column to map.
  CommandResult refused = user_command({"--db", db, "import", "postings", kNyc});
  CHECK(refused.exit_code == 1);
  CHECK(refused.out.empty());
  CHECK(refused.err ==
        error_line(kNyc +
                   ": no title column, so nothing was imported (found: Job ID, Agency, Posting "
                   "Type, # Of Positions, Business Title, Civil Service Title, Title "
                   "Classification, Level, Job Category, Full-Time/Part-Time indicator, Career "
                   "Level, Salary Range From, Salary Range To, Salary Frequency, Work Location, "
                   "Division/Work Unit, Job Description, Preferred Skills, Residency "
                   "Requirement, Posting Date and 3 more). Name it with --map, e.g. --map "
                   "title='Business Title'."));
  CHECK_FALSE(std::filesystem::exists(db));

  // Posting Date and Job ID are aliases; the rest is mapped. "Level" (pay grades such as 00,
  // M3) would be the seniority by alias; "Career Level" is the one that says it.
  CHECK(import_summary(db, {"postings", kNyc,
                            "--map",    "title=Business Title",
                            "--map",    "company=Agency",
                            "--map",    "industry=Job Category",
                            "--map",    "employment_type=Full-Time/Part-Time indicator",
                            "--map",    "seniority=Career Level",
                            "--map",    "salary_min=Salary Range From",
                            "--map",    "salary_max=Salary Range To",
                            "--map",    "salary_period=Salary Frequency",
                            "--set",    "country=US"}) ==
        kNyc +
            ": 18 rows read, 15 imported, 2 duplicates, 1 rejected, 0 pay not converted (T s)\n"
            "  ignored columns: Posting Type, # Of Positions, Civil Service Title, Title "
            "Classification, Level (not used: --map seniority=Career Level), Work Location, "
            "Division/Work Unit, Preferred Skills, Residency Requirement, Post Until, Posting "
            "Updated, Process Date\n"
            "  seniority: took 'Career Level', ignored 'Level' (--map seniority=Career Level)\n"
            "  pay: 15 converted, 0 no pay stated; 1 period inferred\n"
            "    period inferred, e.g. 38.50 | 44.50\n"
            "  rejected " +
            kNyc + ":18: column posted_date: posted_date is empty\n");

  // The feed lists each job twice, as an External and an Internal posting with one Job ID:
  // lines 3 and 8 are duplicates. 03/04/2026 is ambiguous, but 03/16/2026 settles month-day.
  // Pay: the midpoint of From and To, made annual by the Salary Frequency.
  check_rows(query(db,
                   "SELECT source_line, external_id, title, posted_date, employment_type, "
                   "seniority_given, seniority, seniority_method, salary_period, pay_usd_annual, "
                   "pay_period_inferred, pay_currency_assumed, country_code, is_ai "
                   "FROM postings ORDER BY source_line"),
             "source_line,external_id,title,posted_date,employment_type,seniority_given,"
             "seniority,seniority_method,salary_period,pay_usd_annual,pay_period_inferred,"
             "pay_currency_assumed,country_code,is_ai\n"
             // (92,000 + 118,000) / 2 = 105,000; the given level is unknown, the title decides
             // nothing: mid by default
             "2,87101,Data Scientist,2026-03-04,F,Experienced (non-manager),mid,default,year,"
             "105000,0,0,US,0\n"
             // (58,000 + 67,000) / 2 = 62,500
             "4,87244,GIS Analyst,2026-03-09,F,Entry-Level,entry,given,year,62500,0,0,US,0\n"
             // (18.55 + 21.00) / 2 = 19.775 an hour × 2,080 = 41,132
             "5,87310,Data Entry Clerk,2026-03-11,P,Entry-Level,entry,given,hour,41132,0,0,US,"
             "0\n"
             // (125,000 + 150,000) / 2 = 137,500
             "6,87355,Senior Data Engineer,2026-03-12,F,Experienced (non-manager),senior,title,"
             "year,137500,0,0,US,0\n"
             // (110,000 + 140,000) / 2 = 125,000
             "7,87402,Machine Learning Engineer,2026-03-16,F,Experienced (non-manager),mid,"
             "default,year,125000,0,0,US,1\n"
             // (165,000 + 195,000) / 2 = 180,000
             "9,87433,Director of Analytics,2026-03-18,F,Executive,executive,given,year,180000,"
             "0,0,US,0\n"
             // 17 an hour × 2,080 = 35,360
             "10,87490,Summer College Intern - Data,2026-03-20,P,Student,intern,given,hour,"
             "35360,0,0,US,0\n"
             // (180 + 220) / 2 = 200 a day × 260 = 52,000
             "11,87512,Per Diem Survey Taker,2026-03-23,P,Experienced (non-manager),mid,default,"
             "day,52000,0,0,US,0\n"
             // (98,000 + 130,000) / 2 = 114,000
             "12,87540,IT Project Manager,2026-03-25,F,Manager,mid,default,year,114000,0,0,US,"
             "0\n"
             // From 0 is missing ("up to"): 38.46 an hour × 2,080 = 79,996.80
             "13,87577,Data Analyst,2026-03-26,F,Experienced (non-manager),mid,default,hour,"
             "79996.8,0,0,US,0\n"
             // (120,000 + 140,000) / 2 = 130,000; grade III -> senior
             "14,87603,Data Scientist III,2026-03-30,F,Experienced (non-manager),senior,title,"
             "year,130000,0,0,US,0\n"
             // No frequency: (38.50 + 44.50) / 2 = 41.50 a year is an outlier; an hour:
             // 41.5 × 2,080 = 86,320
             "15,87650,Hydrologic Modeler,2026-04-01,F,Experienced (non-manager),mid,default,"
             "hour,86320,1,0,US,0\n"
             // (105,000 + 125,000) / 2 = 115,000
             "16,87688,Lead Transportation Data Analyst,2026-04-02,F,Experienced (non-manager),"
             "lead,title,year,115000,0,0,US,0\n"
             // (60,000 + 72,000) / 2 = 66,000
             "17,87700,Junior Database Administrator,2026-04-06,F,Entry-Level,entry,given,year,"
             "66000,0,0,US,0\n"
             // (95,000 + 105,000) / 2 = 100,000; AI by the title rule "ai"
             "19,87750,AI Policy Advisor,2026-04-08,F,Experienced (non-manager),mid,default,year,"
             "100000,0,0,US,1\n");

  // Skills from the description only: Preferred Skills is not a skills column. Line 6's
  // "go-to-market" is not Go; line 11's "Access to" is nothing; line 14's "Python and R" is R.
  check_rows(query(db,
                   "SELECT p.source_line, s.name, ps.from_text FROM posting_skills AS ps "
                   "JOIN postings AS p USING (posting_id) JOIN skills AS s USING (skill_id) "
                   "WHERE p.source_line IN (2, 6, 11, 14) ORDER BY 1, 2"),
             "source_line,name,from_text\n"
             "2,Leadership,1\n2,Python,1\n"
             "6,Apache Airflow,1\n6,Apache Kafka,1\n6,Data Pipelines,1\n6,SQL Server,1\n"
             "14,Causal Inference,1\n14,Python,1\n14,R,1\n");

  // entry: 41,132 62,500 66,000 -> p25 41,132 + 0.5 × 21,368 = 51,816, median 62,500, p75
  // 62,500 + 0.5 × 3,500 = 64,250, p90 62,500 + 0.8 × 3,500 = 65,300, mean 169,632 / 3 =
  // 56,544. mid: 52,000 79,996.8 86,320 100,000 105,000 114,000 125,000 -> p25: h = 1.5 ->
  // 79,996.8 + 0.5 × 6,323.2 = 83,158.4; median 100,000; p75: h = 4.5 -> 109,500; p90: h = 5.4
  // -> 114,000 + 0.4 × 11,000 = 118,400; mean 662,316.8 / 7. senior: 130,000 137,500.
  check_rows(report(db, {"pay-by-level", "--min-n", "1"}),
             "level,n,p25,median,p75,p90,mean,postings_n,observations_n\n"
             "intern,1,35360,35360,35360,35360,35360,1,0\n"
             "entry,3,51816,62500,64250,65300,56544,3,0\n"
             "mid,7,83158.4,100000,109500,118400," +
                 num(662316.8 / 7) +
                 ",7,0\n"
                 "senior,2,131875,133750,135625,136750,133750,2,0\n"
                 "lead,1,115000,115000,115000,115000,115000,1,0\n"
                 "executive,1,180000,180000,180000,180000,180000,1,0\n");
  // All 15 in the US: 35,360 41,132 52,000 62,500 66,000 79,996.8 86,320 100,000 105,000
  // 114,000 115,000 125,000 130,000 137,500 180,000: p25: h = 3.5 -> 64,250; median 100,000;
  // p75: h = 10.5 -> 120,000; mean 1,429,808.8 / 15.
  check_rows(report(db, {"pay-by-region", "--by", "country", "--min-n", "1"}),
             "country,n,p25,median,p75,mean,vs_us_pct,postings_n,observations_n\n"
             "US,15,64250,100000,120000," +
                 num(1429808.8 / 15) + ",0,15,0\n");
  // March: 11 postings, 1 AI (line 7); April: 4 postings, 1 AI (line 19).
  check_rows(report(db, {"ai-share"}),
             "period,postings,ai_postings,ai_share_pct\n"
             "2026-03,11,1," +
                 num(100.0 / 11) + "\n2026-04,4,1,25\n");
}

// ---- (3) A job board API dump: ISO timestamps, pounds, semicolons ----------------------------

TEST_CASE("a UK job board API dump: ISO timestamps under another name, pounds, semicolons",
          "[e2e][real_exports]") {
  TempDir dir;
  std::string db = dir.file("adzuna.db");
  // No currency column: the country gives pounds (SPEC 2.2), and its region.
  CHECK(import_summary(
            db, {"postings", kAdzuna, "--map", "posted_date=created", "--map",
                 "company=company.display_name", "--map", "city=location.display_name", "--map",
                 "industry=category.label", "--set", "country=GB", "--set", "source=adzuna"}) ==
        kAdzuna +
            ": 14 rows read, 12 imported, 1 duplicates, 1 rejected, 0 pay not converted (T s)\n"
            "  ignored columns: location.area, salary_is_predicted, contract_time, "
            "redirect_url, latitude, longitude\n"
            "  delimiter: ;\n"
            "  pay: 11 converted, 1 no pay stated; 1 period inferred\n"
            "    period inferred, e.g. 12.21 | 12.21\n"
            "  rejected " +
            kAdzuna + ":10: column posted_date: posted_date is empty\n");

  const double gbp = usd_per_unit(db, "GBP", 2026);
  CHECK(gbp == Approx(1.36107));  // migration 0003, provisional 2026 rate
  // Line 7 repeats line 3's id (the API returned it on two pages): a duplicate. Dates are the
  // date as written: 2026-04-09T23:30:00+01:00 is 2026-04-09.
  check_rows(
      query(db,
            "SELECT source_line, title, posted_date, city, salary_currency, salary_period, "
            "pay_usd_annual, pay_period_inferred, pay_currency_assumed, seniority, is_ai, "
            "country_code, region, source FROM postings ORDER BY source_line"),
      "source_line,title,posted_date,city,salary_currency,salary_period,pay_usd_annual,"
      "pay_period_inferred,pay_currency_assumed,seniority,is_ai,country_code,region,source\n"
      // (55,000 + 65,000) / 2 = 60,000 GBP × 1.36107
      "2,Data Scientist,2026-04-10,\"London, UK\",GBP,year," +
          num(60000 * gbp) +
          ",0,0,mid,0,GB,Northern Europe,adzuna\n"
          // (85,000 + 100,000) / 2 = 92,500 GBP
          "3,Senior Machine Learning Engineer,2026-04-10,\"Shoreditch, East London\",GBP,year," +
          num(92500 * gbp) +
          ",0,0,senior,1,GB,Northern Europe,adzuna\n"
          // (28,000 + 30,000) / 2 = 29,000 GBP
          "4,Graduate Data Analyst,2026-04-09,\"Reading, Berkshire\",GBP,year," +
          num(29000 * gbp) +
          ",0,0,entry,0,GB,Northern Europe,adzuna\n"
          // no salary: no pay
          "5,Data Engineer,2026-04-09,\"Manchester, Greater Manchester\",,,,0,0,mid,0,GB,"
          "Northern Europe,adzuna\n"
          // 12.21 a year is an outlier; an hour: 12.21 × 2,080 = 25,396.80 GBP
          "6,Data Entry Clerk,2026-04-08,\"Leeds, West Yorkshire\",GBP,hour," +
          num(12.21 * 2080 * gbp) +
          ",1,0,mid,0,GB,Northern Europe,adzuna\n"
          // (90,000 + 110,000) / 2 = 100,000 GBP
          "8,Lead Data Scientist,2026-04-07,\"London, UK\",GBP,year," +
          num(100000 * gbp) +
          ",0,0,lead,1,GB,Northern Europe,adzuna\n"
          // 95,000 GBP (min = max, a predicted salary)
          "9,Head of Data,2026-04-06,\"Reading, Berkshire\",GBP,year," +
          num(95000 * gbp) +
          ",0,0,executive,0,GB,Northern Europe,adzuna\n"
          // a minimum of 0.0 is missing: up to 26,000 GBP
          "11,Junior Data Analyst,2026-04-05,\"Bristol, South West England\",GBP,year," +
          num(26000 * gbp) +
          ",0,0,entry,0,GB,Northern Europe,adzuna\n"
          // (70,000 + 80,000) / 2 = 75,000 GBP
          "12,NLP Engineer,2026-04-03,\"Cambridge, Cambridgeshire\",GBP,year," +
          num(75000 * gbp) +
          ",0,0,mid,1,GB,Northern Europe,adzuna\n"
          // (60,000 + 70,000) / 2 = 65,000 GBP
          "13,Analytics Engineer,2026-03-28,Remote,GBP,year," +
          num(65000 * gbp) +
          ",0,0,mid,0,GB,Northern Europe,adzuna\n"
          // (50,000 + 60,000) / 2 = 55,000 GBP; AI by the skill Machine Learning
          "14,Data Scientist,2026-03-27,\"Edinburgh, Scotland\",GBP,year," +
          num(55000 * gbp) +
          ",0,0,mid,1,GB,Northern Europe,adzuna\n"
          // (38,000 + 42,000) / 2 = 40,000 GBP
          "15,Marketing Analyst,2026-03-20,\"Reading, Berkshire\",GBP,year," +
          num(40000 * gbp) + ",0,0,mid,0,GB,Northern Europe,adzuna\n");

  // "R&D" (line 5) and "go-to-market", "Excel at" (line 15) find nothing; "Python and R" (2)
  // finds R.
  check_rows(query(db,
                   "SELECT p.source_line, s.name, ps.from_text FROM posting_skills AS ps "
                   "JOIN postings AS p USING (posting_id) JOIN skills AS s USING (skill_id) "
                   "WHERE p.source_line IN (2, 5, 15) ORDER BY 1, 2"),
             "source_line,name,from_text\n"
             "2,Python,1\n2,R,1\n"
             "5,Azure Data Factory,1\n5,Databricks,1\n"
             "15,Google Analytics,1\n");

  // In pounds, then × the rate (a percentile of figures in one currency is that currency's
  // percentile × the rate): entry 26,000 29,000 -> p25 26,750, median 27,500, p75 28,250,
  // p90 28,700; mid 25,396.8 40,000 55,000 60,000 65,000 75,000 -> p25: h = 1.25 -> 43,750;
  // median 57,500; p75: h = 3.75 -> 63,750; p90: h = 4.5 -> 70,000; mean 320,396.8 / 6.
  check_rows(report(db, {"pay-by-level", "--min-n", "1"}),
             "level,n,p25,median,p75,p90,mean,postings_n,observations_n\n"
             "entry,2," +
                 num(26750 * gbp) + "," + num(27500 * gbp) + "," + num(28250 * gbp) + "," +
                 num(28700 * gbp) + "," + num(27500 * gbp) +
                 ",2,0\n"
                 "mid,6," +
                 num(43750 * gbp) + "," + num(57500 * gbp) + "," + num(63750 * gbp) + "," +
                 num(70000 * gbp) + "," + num(320396.8 / 6 * gbp) +
                 ",6,0\n"
                 "senior,1," +
                 num(92500 * gbp) + "," + num(92500 * gbp) + "," + num(92500 * gbp) + "," +
                 num(92500 * gbp) + "," + num(92500 * gbp) +
                 ",1,0\n"
                 "lead,1," +
                 num(100000 * gbp) + "," + num(100000 * gbp) + "," + num(100000 * gbp) + "," +
                 num(100000 * gbp) + "," + num(100000 * gbp) +
                 ",1,0\n"
                 "executive,1," +
                 num(95000 * gbp) + "," + num(95000 * gbp) + "," + num(95000 * gbp) + "," +
                 num(95000 * gbp) + "," + num(95000 * gbp) + ",1,0\n");
  // March: lines 13, 14, 15, AI 14; April: 9 postings, AI 3 (title), 8 (Deep Learning), 12
  // (title).
  check_rows(report(db, {"ai-share"}),
             "period,postings,ai_postings,ai_share_pct\n"
             "2026-03,3,1," +
                 num(100.0 / 3) + "\n2026-04,9,3," + num(100.0 / 3) + "\n");
  // SQL in 3 of 12 postings (4, 11, 14).
  check_rows(report(db, {"top-skills", "--top", "1"}),
             "period,rank,skill,category,postings,share_pct,change_pts\n"
             "2026,1,SQL,language,3,25,\n");
}

// ---- (4) An Indian job board: lakh ranges, relative dates, skills lists ----------------------

TEST_CASE("an Indian job board: lakh ranges, relative dates, skills lists, URL ids",
          "[e2e][real_exports]") {
  TempDir dir;
  std::string db = dir.file("naukri.db");
  // Dates are relative to the day of the scrape; no country column, and "4-5 Lacs PA" names no
  // currency: the country gives rupees.
  CHECK(import_summary(db, {"postings", kNaukri, "--as-of", "2026-04-20", "--set", "country=IN"}) ==
        kNaukri +
            ": 16 rows read, 14 imported, 1 duplicates, 1 rejected, 0 pay not converted (T s)\n"
            "  ignored columns: Rating, Reviews\n"
            // "Best in Industry" and "Not disclosed" state no pay: nothing more to say.
            "  rejected " +
            kNaukri + ":15: column posted_date: posted_date is empty\n");

  const double inr = usd_per_unit(db, "INR", 2026);
  CHECK(inr == Approx(0.0105832));  // migration 0003, provisional 2026 rate
  // Dates count back from 2026-04-20: 3 days -> 04-17; 30+ days -> 30 -> 03-21; Just now and
  // Today -> 04-20. Levels: the title first, else the lower bound of the experience asked
  // (2-5 Yrs -> 2 -> mid; 0-1 -> entry; 5-10 -> senior; 10-15 and 15-20 -> lead). "Head - Data
  // Science" is not "head of"; "MIS Executive" is no executive title word.
  // Pay in lakhs (100,000) and crores (10,000,000) of rupees, midpoint × the INR rate.
  check_rows(
      query(db,
            "SELECT source_line, title, posted_date, experience_given, seniority, "
            "seniority_method, salary_min, salary_max, salary_period, pay_usd_annual, "
            "pay_status, pay_outlier, is_ai, country_code, region FROM postings "
            "ORDER BY source_line"),
      "source_line,title,posted_date,experience_given,seniority,seniority_method,salary_min,"
      "salary_max,salary_period,pay_usd_annual,pay_status,pay_outlier,is_ai,country_code,"
      "region\n"
      // 4-5 Lacs: (400,000 + 500,000) / 2 = 450,000 INR
      "2,Data Scientist,2026-04-17,2-5 Yrs,mid,experience,400000,500000,year," +
          num(450000 * inr) +
          ",converted,0,1,IN,Southern Asia\n"
          // 18-25 Lacs: 2,150,000 INR
          "3,Machine Learning Engineer,2026-03-21,5-10 Yrs,senior,experience,1800000,2500000,"
          "year," +
          num(2150000 * inr) +
          ",converted,0,1,IN,Southern Asia\n"
          // 1.5-2.5 Lacs: 200,000 INR, about 2,117 USD: low, but above the 1,000 floor
          "4,Data Analyst,2026-04-20,0-1 Yrs,entry,experience,150000,250000,year," +
          num(200000 * inr) +
          ",converted,0,0,IN,Southern Asia\n"
          // 12-18 Lacs: 1,500,000 INR
          "5,Senior Data Engineer,2026-04-13,3-8 Yrs,senior,title,1200000,1800000,year," +
          num(1500000 * inr) +
          ",converted,0,0,IN,Southern Asia\n"
          // Not disclosed: no pay
          "6,Business Analyst,2026-04-19,2-6 Yrs,mid,experience,,,,,none,0,0,IN,Southern Asia\n"
          // 1-1.5 Cr: 12,500,000 INR
          "7,Head - Data Science,2026-04-05,15-20 Yrs,lead,experience,10000000,15000000,year," +
          num(12500000 * inr) +
          ",converted,0,1,IN,Southern Asia\n"
          // 10,000-15,000 per month: 12,500 × 12 = 150,000 INR
          "8,Data Science Intern,2026-04-20,0-1 Yrs,intern,title,10000,15000,month," +
          num(150000 * inr) +
          ",converted,0,0,IN,Southern Asia\n"
          // 8-12 Lacs: 1,000,000 INR
          "9,Golang Developer,2026-04-15,3-5 Yrs,mid,experience,800000,1200000,year," +
          num(1000000 * inr) +
          ",converted,0,0,IN,Southern Asia\n"
          // 3.5-6 Lacs: 475,000 INR
          "11,R&D Data Analyst,2026-04-18,1-3 Yrs,entry,experience,350000,600000,year," +
          num(475000 * inr) +
          ",converted,0,0,IN,Southern Asia\n"
          // Best in Industry: no pay stated, like "Competitive"
          "12,Statistical Analyst,2026-04-16,2-4 Yrs,mid,experience,,,,,none,0,0,IN,"
          "Southern Asia\n"
          // ₹ 14,00,000 - 20,00,000 P.A. (Indian grouping): 1,700,000 INR
          "13,Computer Vision Engineer,2026-04-10,4-8 Yrs,mid,experience,1400000,2000000,year," +
          num(1700000 * inr) +
          ",converted,0,1,IN,Southern Asia\n"
          // 30-40 Lacs: 3,500,000 INR
          "14,Data Architect,2026-03-31,10-15 Yrs,lead,experience,3000000,4000000,year," +
          num(3500000 * inr) +
          ",converted,0,0,IN,Southern Asia\n"
          // 10-16 Lacs: 1,300,000 INR
          "16,Generative AI Engineer,2026-03-21,2-5 Yrs,mid,experience,1000000,1600000,year," +
          num(1300000 * inr) +
          ",converted,0,1,IN,Southern Asia\n"
          // 2-3 Lacs: 250,000 INR
          "17,MIS Executive,2026-04-14,1-4 Yrs,entry,experience,200000,300000,year," +
          num(250000 * inr) + ",converted,0,0,IN,Southern Asia\n");

  // The job URL is the id, without its tracking query string: line 10 (src=simjobs) is line 2.
  check_rows(query(db, "SELECT external_id FROM postings WHERE source_line = 2"),
             "external_id\nhttps://www.naukri.com/"
             "job-listings-data-scientist-saffron-analytics-bengaluru-2-to-5-years-170426000101\n");
  // Skills column: "Go-To-Market Strategy" is a new skill, not Go; R is a skill in a list.
  // An empty cell: skills from the title, "Golang" is Go, "R&D" is nothing (line 11).
  check_rows(query(db,
                   "SELECT p.source_line, s.name, s.category, ps.from_text FROM posting_skills "
                   "AS ps JOIN postings AS p USING (posting_id) JOIN skills AS s USING "
                   "(skill_id) WHERE p.source_line IN (6, 9, 11, 12) ORDER BY 1, 2"),
             "source_line,name,category,from_text\n"
             "6,Go-To-Market Strategy,other,0\n6,SQL,language,0\n"
             "6,Stakeholder Management,business,0\n"
             "9,Go,language,1\n"
             "12,Clinical Trials,other,0\n12,R,language,0\n12,SAS,analytics,0\n"
             "12,Statistics,data,0\n");

  // In rupees, then × the rate. intern 150,000; entry 200,000 250,000 475,000 -> p25 225,000,
  // median 250,000, p75 362,500, p90 250,000 + 0.8 × 225,000 = 430,000, mean 925,000 / 3;
  // mid 450,000 1,000,000 1,300,000 1,700,000 -> p25: h = 0.75 -> 862,500; median 1,150,000;
  // p75: h = 2.25 -> 1,400,000; p90: h = 2.7 -> 1,580,000; mean 4,450,000 / 4 = 1,112,500;
  // senior 1,500,000 2,150,000 -> 1,662,500 1,825,000 1,987,500 2,085,000; lead 3,500,000
  // 12,500,000 -> 5,750,000 8,000,000 10,250,000 11,600,000.
  auto level = [&](const std::string& name, int n, double p25, double median, double p75,
                   double p90, double mean) {
    std::string count = std::to_string(n);
    return name + "," + count + "," + num(p25 * inr) + "," + num(median * inr) + "," +
           num(p75 * inr) + "," + num(p90 * inr) + "," + num(mean * inr) + "," + count + ",0\n";
  };
  check_rows(report(db, {"pay-by-level", "--min-n", "1"}),
             "level,n,p25,median,p75,p90,mean,postings_n,observations_n\n" +
                 level("intern", 1, 150000, 150000, 150000, 150000, 150000) +
                 level("entry", 3, 225000, 250000, 362500, 430000, 925000.0 / 3) +
                 level("mid", 4, 862500, 1150000, 1400000, 1580000, 1112500) +
                 level("senior", 2, 1662500, 1825000, 1987500, 2085000, 1825000) +
                 level("lead", 2, 5750000, 8000000, 10250000, 11600000, 8000000));
  // Python, 6 paid postings: 150,000 450,000 1,300,000 1,700,000 2,150,000 12,500,000 INR ->
  // p25: h = 1.25 -> 450,000 + 0.25 × 850,000 = 662,500; median 1,500,000; p75: h = 3.75 ->
  // 1,700,000 + 0.75 × 450,000 = 2,037,500; mean 18,250,000 / 6. All 12 paid postings: median
  // h = 5.5 between 1,000,000 and 1,300,000 = 1,150,000; premium 1,500,000 / 1,150,000 - 1.
  check_rows(report(db, {"pay-by-skill", "--min-n", "6"}),
             "skill,category,n,p25,median,p75,mean,premium_pct\n"
             "Python,language,6," +
                 num(662500 * inr) + "," + num(1500000 * inr) + "," + num(2037500 * inr) + "," +
                 num(18250000.0 / 6 * inr) + "," + num((1500000.0 / 1150000 - 1) * 100) + "\n");
  // Python in 6 of 14 postings (2, 3, 7, 8, 13, 16), SQL in 5 (2, 4, 6, 8, 14).
  check_rows(report(db, {"top-skills", "--top", "2"}),
             "period,rank,skill,category,postings,share_pct,change_pts\n"
             "2026,1,Python,language,6," +
                 num(600.0 / 14) + ",\n2026,2,SQL,language,5," + num(500.0 / 14) + ",\n");
  // March: 3, 14, 16, AI 3 and 16; April: 11 postings, AI 2, 7 (Machine Learning) and 13.
  check_rows(report(db, {"ai-share"}),
             "period,postings,ai_postings,ai_share_pct\n"
             "2026-03,3,2," +
                 num(200.0 / 3) + "\n2026-04,11,3," + num(300.0 / 11) + "\n");
}

// ---- (5) A salary survey: a timestamp for the year, years of experience ---------------------

TEST_CASE("a salary survey: timestamps, pay as text in many currencies, years of experience",
          "[e2e][real_exports]") {
  TempDir dir;
  std::string db = dir.file("survey.db");
  CHECK(import_summary(db, {"salaries", kSurvey}) ==
        kSurvey +
            ": 24 rows read, 23 imported, 1 rejected, 2 pay not converted (T s)\n"
            "  ignored columns: How old are you?, Industry, Additional context on job title, "
            "Additional monetary compensation, State, City, Highest level of education "
            "completed\n"
            "  pay: 20 converted, 1 no pay stated; 1 currency assumed, 1 outlier, 1 unknown "
            "currency, 1 currency conflict\n"
            "    currency conflict, e.g. £38,500 | USD\n"
            "    currency assumed, e.g. 72000\n"
            "    unknown currency, e.g. 130,000 | AUD/NZD\n"
            "    outlier, e.g. 4,500,000 | USD\n"
            "    US dollars were assumed where no currency or country said which (a bare $ "
            "included); give --set salary_currency=CODE or --set country=CODE if that is "
            "wrong\n"
            "  rejected " +
            kSurvey + ":22: column work_year: work_year is empty\n");

  const double gbp = usd_per_unit(db, "GBP", 2024);
  const double eur = usd_per_unit(db, "EUR", 2024);
  const double cad = usd_per_unit(db, "CAD", 2024);
  const double inr = usd_per_unit(db, "INR", 2024);
  CHECK(gbp == Approx(1.27805));
  CHECK(eur == Approx(1.08186));
  CHECK(cad == Approx(0.730234));
  CHECK(inr == Approx(0.0119533));
  // The year is the timestamp's. No level column: the title, else the lower bound of the
  // years ("1 year or less" -> entry, "2 - 4 years" -> mid, "5-7" and "8 - 10" -> senior,
  // "11 - 20" and "41 years or more" -> lead). Line 18 repeats line 4 exactly and is kept:
  // survey rows are observations. Salary observations are AI roles by title alone.
  check_rows(
      query(db,
            "SELECT source_line, job_title, work_year, seniority, seniority_method, "
            "salary_currency, pay_usd_annual, pay_status, pay_problem, pay_outlier, "
            "pay_currency_assumed, country_code, is_ai FROM salary_observations "
            "ORDER BY source_line"),
      "source_line,job_title,work_year,seniority,seniority_method,salary_currency,"
      "pay_usd_annual,pay_status,pay_problem,pay_outlier,pay_currency_assumed,country_code,"
      "is_ai\n"
      "2,Data Scientist,2024,senior,experience,USD,118000,converted,,0,0,US,0\n"
      // $95k
      "3,Senior Data Analyst,2024,senior,title,USD,95000,converted,,0,0,US,0\n"
      "4,Research Analyst,2024,mid,experience,USD,52000,converted,,0,0,US,0\n"
      "5,Machine Learning Engineer,2024,senior,experience,USD,165000,converted,,0,0,US,1\n"
      // 25/hr: 25 × 2,080 = 52,000
      "6,Program Coordinator,2024,entry,experience,USD,52000,converted,,0,0,US,0\n"
      // grade II -> mid, before the years
      "7,Statistician II,2024,mid,title,USD,88500,converted,,0,0,US,0\n"
      // £45,000 × GBP
      "8,Data Engineer,2024,mid,experience,GBP," +
          num(45000 * gbp) +
          ",converted,,0,0,GB,0\n"
          "9,Head of Data,2024,executive,title,GBP," +
          num(95000 * gbp) +
          ",converted,,0,0,GB,0\n"
          // column USD, text £: a conflict, not converted
          "10,Data Analyst,2024,senior,experience,USD,,unknown_currency,currency_conflict,0,0,GB,"
          "0\n"
          // 60.000,00 is 60,000 (German separators) × EUR
          "11,Data Scientist,2024,senior,experience,EUR," +
          num(60000 * eur) +
          ",converted,,0,0,DE,0\n"
          // C$95,000 × CAD
          "12,Software Engineer,2024,mid,experience,CAD," +
          num(95000 * cad) +
          ",converted,,0,0,CA,0\n"
          // no currency: Canada's, 110,000 × CAD
          "13,Analytics Engineer,2024,senior,experience,CAD," +
          num(110000 * cad) +
          ",converted,,0,0,CA,0\n"
          // no currency, no country: USD, flagged as assumed
          "14,Data Analyst,2024,mid,experience,USD,72000,converted,,0,1,,0\n"
          // AUD/NZD is no currency jobsight knows
          "15,Consultant,2024,senior,experience,AUD/NZD,,unknown_currency,,0,0,AU,0\n"
          "16,Director of Data Governance,2024,executive,title,USD,210000,converted,,0,0,US,0\n"
          // 4,500,000 USD (yen typed as dollars): above 2,000,000, an outlier
          "17,Data Scientist,2024,mid,experience,USD,4500000,converted,,1,0,JP,0\n"
          "18,Research Analyst,2024,mid,experience,USD,52000,converted,,0,0,US,0\n"
          // $4,000 per month × 12 = 48,000
          "19,Data Science Intern,2024,intern,title,USD,48000,converted,,0,0,US,0\n"
          "20,AI Engineer,2024,mid,experience,USD,150000,converted,,0,0,US,1\n"
          "21,Principal Data Scientist,2025,lead,title,USD,205000,converted,,0,0,US,0\n"
          // N/A: no pay
          "23,Data Librarian,2024,senior,experience,USD,,none,,0,0,US,0\n"
          "24,Data Manager,2024,lead,experience,USD,140000,converted,,0,0,US,0\n"
          // 6,50,000 (Indian grouping) × INR
          "25,Data Analyst,2024,mid,experience,INR," +
          num(650000 * inr) + ",converted,,0,0,IN,0\n");

  // Without the outlier, the unconverted and the unpaid: mid 650,000 INR, 52,000, 52,000,
  // 45,000 GBP, 95,000 CAD, 72,000, 88,500, 150,000 (sorted in USD: 7,769.6 52,000 52,000
  // 57,512.25 69,372.23 72,000 88,500 150,000) -> p25: h = 1.75 -> 52,000; median: h = 3.5 ->
  // (57,512.25 + 69,372.23) / 2; p75: h = 5.25 -> 72,000 + 0.25 × 16,500 = 76,125; p90: h = 6.3
  // -> 88,500 + 0.3 × 61,500 = 106,950. senior 60,000 EUR 110,000 CAD 95,000 118,000 165,000
  // -> p25 110,000 CAD; median 95,000; p75 118,000; p90 118,000 + 0.6 × 47,000 = 146,200.
  // lead 140,000 205,000; executive 95,000 GBP and 210,000.
  const std::vector<double> mid = {650000 * inr, 52000, 52000, 45000 * gbp,
                                   95000 * cad,  72000, 88500, 150000};
  double mid_sum = 0;
  for (double value : mid) mid_sum += value;
  const double senior_sum = 60000 * eur + 110000 * cad + 95000 + 118000 + 165000;
  const double head = 95000 * gbp;
  check_rows(report(db, {"pay-by-level", "--source", "observations", "--min-n", "1"}),
             "level,n,p25,median,p75,p90,mean,postings_n,observations_n\n"
             "intern,1,48000,48000,48000,48000,48000,0,1\n"
             "entry,1,52000,52000,52000,52000,52000,0,1\n"
             "mid,8,52000," +
                 num((45000 * gbp + 95000 * cad) / 2) + ",76125,106950," + num(mid_sum / 8) +
                 ",0,8\n"
                 "senior,5," +
                 num(110000 * cad) + ",95000,118000,146200," + num(senior_sum / 5) +
                 ",0,5\n"
                 "lead,2,156250,172500,188750,198500,172500,0,2\n"
                 "executive,2," +
                 num(head + 0.25 * (210000 - head)) + "," + num((head + 210000) / 2) + "," +
                 num(head + 0.75 * (210000 - head)) + "," + num(head + 0.9 * (210000 - head)) +
                 "," + num((head + 210000) / 2) + ",0,2\n");
  // US, 12: 48,000 52,000 52,000 52,000 88,500 95,000 118,000 140,000 150,000 165,000 205,000
  // 210,000 -> p25: h = 2.75 -> 52,000; median: h = 5.5 -> 106,500; p75: h = 8.25 -> 150,000 +
  // 0.25 × 15,000 = 153,750; mean 1,375,500 / 12 = 114,625. GB: 45,000 and 95,000 GBP, median
  // 70,000 GBP; CA 95,000 and 110,000 CAD, median 102,500 CAD; vs_us = median / 106,500 - 1.
  auto pair_row = [](const std::string& country, double low, double high) {
    double median = (low + high) / 2;
    return country + ",2," + num(low + 0.25 * (high - low)) + "," + num(median) + "," +
           num(low + 0.75 * (high - low)) + "," + num(median) + "," +
           num((median / 106500 - 1) * 100) + ",0,2\n";
  };
  auto one_row = [](const std::string& country, double value) {
    return country + ",1," + num(value) + "," + num(value) + "," + num(value) + "," + num(value) +
           "," + num((value / 106500 - 1) * 100) + ",0,1\n";
  };
  check_rows(
      report(db, {"pay-by-region", "--source", "observations", "--by", "country", "--min-n", "1"}),
      "country,n,p25,median,p75,mean,vs_us_pct,postings_n,observations_n\n"
      "US,12,52000,106500,153750,114625,0,0,12\n" +
          pair_row("GB", 45000 * gbp, 95000 * gbp) + pair_row("CA", 95000 * cad, 110000 * cad) +
          one_row("DE", 60000 * eur) + one_row("IN", 650000 * inr));
}

TEST_CASE("the survey's outlier is counted by status (SPEC 2.2)", "[e2e][real_exports][status]") {
  TempDir dir;
  std::string db = dir.file("survey.db");
  import_summary(db, {"salaries", kSurvey});
  // SPEC 2.2: "the import summary and `status` count outliers". The survey has one (line 17,
  // 4,500,000 USD); the import summary counts it. SPEC names no status item, so any item with
  // "outlier" in its name will do, and together they count 1.
  CommandResult status = cli({"--db", db, "status", "--format", "csv"});
  REQUIRE(status.exit_code == 0);
  INFO(status.out);
  int items = 0;
  long long outliers = 0;
  for (const auto& row : parse_csv(status.out)) {
    if (row.size() == 2 && row[0].find("outlier") != std::string::npos) {
      ++items;
      outliers += std::stoll(row[1].empty() ? "0" : row[1]);
    }
  }
  CHECK(items > 0);
  CHECK(outliers == 1);
}
