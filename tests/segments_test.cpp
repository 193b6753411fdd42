// The segment filters of SPEC 3.2 (--ai, --no-ai, --level, --skill, --title, --remote,
// --employment-type) on a hand-made database of postings and salary observations, each expected
// answer worked out by hand below; and the report_* views still giving the unfiltered reports.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/import.hpp"
#include "jobsight/reports.hpp"
#include "storage/query.hpp"
#include "storage/report_sql.hpp"
#include "support/report_fixture.hpp"
#include "support/test_support.hpp"

using namespace jobsight;
using namespace jobsight::test;

namespace {

// Thirteen postings, as a LinkedIn-style export writes them (seniority left to the title but for
// #13; employment type and remote mode spelled as each source does). Pay is USD a year.
//   #  date        title                              level     AI (why)     country
//   1  2024-03-01  Machine Learning Engineer          mid       yes title    US
//   2  2024-04-10  HTML Developer                     mid       no           US
//   3  2024-05-05  Senior ML Engineer                 senior    yes title    US
//   4  2024-06-01  Data Analyst Intern                intern    no           US
//   5  2024-07-15  Junior Data Analyst                entry     no           GB
//   6  2024-09-20  Lead Data Engineer                 lead      no           DE
//   7  2025-02-01  Machine-Learning Engineer (NLP)    mid       yes title    US
//   8  2025-03-10  Staff Machine Learning Scientist   lead      yes title    US
//   9  2025-04-12  Director of Data Science           executive no           US
//   10 2025-05-20  Senior Data Engineer               senior    no           DE
//   11 2025-06-30  ML Ops Engineer                    mid       yes title    US
//   12 2025-08-08  Senior Data Scientist              senior    yes PyTorch  GB
//   13 2025-09-09  Entry Level Data Analyst           entry     no (given)   US
//   #  industry    employment  remote   pay      skills
//   1  Technology  Full-time   Remote   120,000  Python, PyTorch
//   2  Technology  FULL_TIME   onsite    60,000  HTML, JavaScript
//   3  Technology  full time   hybrid   160,000  Python, TensorFlow
//   4  Finance     Internship  onsite    40,000  SQL, Excel
//   5  Finance     Contract    remote    50,000  SQL, Excel
//   6  Technology  CT          hybrid   150,000  Python, SQL, Spark (alias of Apache Spark)
//   7  Technology  Full-time   remote   130,000  Python, NLP
//   8  Technology  FT          hybrid   210,000  Python, PyTorch, SQL
//   9  Finance     Full-time   onsite   250,000  Python, SQL
//   10 Finance     Part-time   Hybrid    90,000  Python, SQL
//   11 Technology  Contractor  (none)   140,000  Python, Docker
//   12 Technology  Temporary   remote   115,000  Python, PyTorch
//   13 Finance     FT          onsite   (none)   SQL, Excel
const char* kPostings =
    "job_id,date_posted,title,company,industry,country,seniority,employment_type,remote,salary,"
    "currency,pay_period,skills\n"
    "li-1,2024-03-01,Machine Learning Engineer,Acme,Technology,US,,Full-time,Remote,120000,USD,"
    "year,Python;PyTorch\n"
    "li-2,2024-04-10,HTML Developer,Acme,Technology,US,,FULL_TIME,onsite,60000,USD,year,"
    "HTML;JavaScript\n"
    "li-3,2024-05-05,Senior ML Engineer,Beta,Technology,United States,,full time,hybrid,160000,"
    "USD,year,Python;TensorFlow\n"
    "li-4,2024-06-01,Data Analyst Intern,Bank,Finance,US,,Internship,onsite,40000,USD,year,"
    "SQL;Excel\n"
    "li-5,2024-07-15,Junior Data Analyst,Bank UK,Finance,GB,,Contract,remote,50000,USD,year,"
    "SQL;Excel\n"
    "li-6,2024-09-20,Lead Data Engineer,Gamma,Technology,Germany,,CT,hybrid,150000,USD,year,"
    "Python;SQL;Spark\n"
    "li-7,2025-02-01,Machine-Learning Engineer (NLP),Acme,Technology,US,,Full-time,remote,130000,"
    "USD,year,Python;NLP\n"
    "li-8,2025-03-10,Staff Machine Learning Scientist,Beta,Technology,US,,FT,hybrid,210000,USD,"
    "year,Python;PyTorch;SQL\n"
    "li-9,2025-04-12,Director of Data Science,Bank,Finance,US,,Full-time,onsite,250000,USD,year,"
    "Python;SQL\n"
    "li-10,2025-05-20,Senior Data Engineer,Gamma,Finance,DE,,Part-time,Hybrid,90000,USD,year,"
    "Python;SQL\n"
    "li-11,2025-06-30,ML Ops Engineer,Acme,Technology,US,,Contractor,,140000,USD,year,"
    "Python;Docker\n"
    "li-12,2025-08-08,Senior Data Scientist,Delta,Technology,GB,,Temporary,remote,115000,USD,year,"
    "Python;PyTorch\n"
    "li-13,2025-09-09,Entry Level Data Analyst,Bank,Finance,US,Entry level,FT,onsite,,,,"
    "SQL;Excel\n";

// Six survey answers (ai-jobs.net format), dated January 1 of their work_year. AI by title only.
//   #   year  level      type  title                        usd      ratio  mode    AI  country
//   O1  2024  senior     FT    ML Engineer                  170,000  100    remote  yes US
//   O2  2024  mid        FT    Data Analyst                  70,000    0    onsite  no  US
//   O3  2025  entry      PT    Data Analyst                  45,000   50    hybrid  no  GB
//   O4  2025  senior     CT    Machine Learning Scientist   180,000  (none) none   yes US
//   O5  2025  executive  FL    Head of AI                   300,000  100    remote  yes US
//   O6  2025  mid        FT    HTML Engineer                 80,000    0    onsite  no  DE
const char* kSalaries =
    "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
    "employee_residence,remote_ratio,company_location,company_size\n"
    "2024,SE,FT,ML Engineer,170000,USD,170000,US,100,US,M\n"
    "2024,MI,FT,Data Analyst,70000,USD,70000,US,0,US,L\n"
    "2025,EN,PT,Data Analyst,45000,USD,45000,GB,50,GB,S\n"
    "2025,SE,CT,Machine Learning Scientist,180000,USD,180000,US,,US,M\n"
    "2025,EX,FL,Head of AI,300000,USD,300000,US,100,US,L\n"
    "2025,MI,FT,HTML Engineer,80000,USD,80000,DE,0,DE,M\n";

struct Segments {
  TempDir dir;
  Database db = Database::open_in_memory();
  Segments() {
    ImportSummary postings = import_postings(db, dir.write("postings.csv", kPostings), {});
    REQUIRE(postings.rows_imported == 13);
    ImportSummary salaries = import_salaries(db, dir.write("salaries.csv", kSalaries), {});
    REQUIRE(salaries.rows_imported == 6);
  }
  Table run(const std::string& name, const ReportFilters& filters) {
    return run_report(db, name, filters);
  }
};

// The table cut down to `columns`, in that order.
Table only(const Table& table, const std::vector<std::string>& columns) {
  std::vector<std::size_t> at;
  for (const std::string& column : columns) {
    auto it = std::find(table.columns.begin(), table.columns.end(), column);
    REQUIRE(it != table.columns.end());
    at.push_back(static_cast<std::size_t>(it - table.columns.begin()));
  }
  Table cut;
  cut.columns = columns;
  for (const auto& row : table.rows) {
    std::vector<Cell> kept;
    for (std::size_t i : at) kept.push_back(row[i]);
    cut.rows.push_back(kept);
  }
  return cut;
}

ReportFilters yearly() {
  ReportFilters filters;
  filters.period = "year";
  return filters;
}

ReportFilters any_n() {
  ReportFilters filters;
  filters.min_n = 1;
  return filters;
}

// ai-share per year: period, postings, ai_postings, ai_share_pct.
std::vector<std::vector<Cell>> share(std::int64_t n24, std::int64_t ai24, std::int64_t n25,
                                     std::int64_t ai25) {
  std::vector<std::vector<Cell>> rows;
  if (n24 > 0) rows.push_back({T("2024"), I(n24), I(ai24), R(100.0 * ai24 / n24)});
  if (n25 > 0) rows.push_back({T("2025"), I(n25), I(ai25), R(100.0 * ai25 / n25)});
  return rows;
}

}  // namespace

TEST_CASE("ai-share without segments counts every posting", "[segments]") {
  Segments s;
  // 2024: #1-#6, AI #1 #3. 2025: #7-#13, AI #7 #8 #11 #12.
  check_rows(s.run("ai-share", yearly()), share(6, 2, 7, 4));
}

TEST_CASE("a level segment keeps the levels and bands named", "[segments]") {
  Segments s;
  ReportFilters f = yearly();
  f.level = "junior";  // intern #4, entry #5 #13
  check_rows(s.run("ai-share", f), share(2, 0, 1, 0));
  f.level = "senior-plus";  // #3 #6 | #8 #9 #10 #12; AI #3 | #8 #12
  check_rows(s.run("ai-share", f), share(2, 1, 4, 2));
  f.level = "mid,lead";  // #1 #2 #6 | #7 #8 #11; AI #1 | all three
  check_rows(s.run("ai-share", f), share(3, 1, 3, 3));
  f.level = "Executive";  // #9
  check_rows(s.run("ai-share", f), share(0, 0, 1, 0));
}

TEST_CASE("a skill segment keeps postings asking for the skill, by name or alias, any case",
          "[segments]") {
  Segments s;
  ReportFilters f = yearly();
  f.skill = "PyTorch";  // #1 | #8 #12, all AI
  check_rows(s.run("ai-share", f), share(1, 1, 2, 2));
  f.skill = "torch";  // an alias of PyTorch
  check_rows(s.run("ai-share", f), share(1, 1, 2, 2));
  f.skill = "sql";  // #4 #5 #6 | #8 #9 #10 #13; AI #8
  check_rows(s.run("ai-share", f), share(3, 0, 4, 1));
  f.skill = "Spark";  // stored as Apache Spark: #6
  check_rows(s.run("ai-share", f), share(1, 0, 0, 0));
}

TEST_CASE("an unknown skill is an error suggesting the closest names", "[segments]") {
  Segments s;
  ReportFilters f = yearly();
  f.skill = "pythn";
  CHECK_THROWS_WITH(s.run("ai-share", f),
                    "unknown skill 'pythn'; did you mean 'python'? (see 'jobsight skills')");
  f.skill = "qwertyuiop";
  CHECK_THROWS_WITH(s.run("ai-share", f), "unknown skill 'qwertyuiop' (see 'jobsight skills')");
}

TEST_CASE("a title segment matches whole words in any case, across punctuation", "[segments]") {
  Segments s;
  ReportFilters f = yearly();
  f.title = "ML";  // #3 Senior ML Engineer, #11 ML Ops Engineer; not #2 HTML Developer
  check_rows(s.run("ai-share", f), share(1, 1, 1, 1));
  f.title = "machine learning";  // #1 | #7 (Machine-Learning) #8
  check_rows(s.run("ai-share", f), share(1, 1, 2, 2));
  f.title = "Machine-Learning";  // the same words
  check_rows(s.run("ai-share", f), share(1, 1, 2, 2));
  f.title = "ENGINEER";  // #1 #3 #6 | #7 #10 #11; AI #1 #3 | #7 #11
  check_rows(s.run("ai-share", f), share(3, 2, 3, 2));
  f.title = "nlp";  // #7, in parentheses
  check_rows(s.run("ai-share", f), share(0, 0, 1, 1));
  f.title = "data analyst";  // #4 #5 | #13
  check_rows(s.run("ai-share", f), share(2, 0, 1, 0));
  f.title = "learning machine";  // the words in the wrong order: none
  CHECK(s.run("ai-share", f).rows.empty());
  f.title = "engine";  // part of a word: none
  CHECK(s.run("ai-share", f).rows.empty());
  f.title = "%";  // no word at all: refused rather than matching everything
  CHECK_THROWS_WITH(s.run("ai-share", f), Catch::StartsWith("--title '%' holds no word"));
  f.title = "data_%";  // wildcards are not words: "data"
  check_rows(s.run("ai-share", f), share(3, 0, 4, 1));
}

TEST_CASE("a remote segment keeps postings of that mode", "[segments]") {
  Segments s;
  ReportFilters f = yearly();
  f.remote = "remote";  // #1 #5 | #7 #12; AI #1 | #7 #12
  check_rows(s.run("ai-share", f), share(2, 1, 2, 2));
  f.remote = "Hybrid";  // #3 #6 | #8 #10; AI #3 | #8
  check_rows(s.run("ai-share", f), share(2, 1, 2, 1));
  f.remote = "onsite";  // #2 #4 | #9 #13
  check_rows(s.run("ai-share", f), share(2, 0, 2, 0));
}

TEST_CASE("an employment-type segment matches every spelling of the type", "[segments]") {
  Segments s;
  ReportFilters f = yearly();
  // Full-time #1 #7 #9, FULL_TIME #2, full time #3, FT #8 #13.
  for (const char* type : {"full-time", "FT", "Full Time", "fulltime"}) {
    INFO(type);
    f.employment_type = type;
    check_rows(s.run("ai-share", f), share(3, 2, 4, 2));
  }
  f.employment_type = "contract";  // Contract #5, CT #6 | Contractor #11
  check_rows(s.run("ai-share", f), share(2, 0, 1, 1));
  f.employment_type = "PT";  // Part-time #10
  check_rows(s.run("ai-share", f), share(0, 0, 1, 0));
  f.employment_type = "temporary";  // #12
  check_rows(s.run("ai-share", f), share(0, 0, 1, 1));
  f.employment_type = "internship";  // #4
  check_rows(s.run("ai-share", f), share(1, 0, 0, 0));
  f.employment_type = "freelance";  // no posting
  CHECK(s.run("ai-share", f).rows.empty());
  f.employment_type = "gig";
  CHECK_THROWS_WITH(s.run("ai-share", f),
                    Catch::StartsWith("--employment-type 'gig' is not an employment type; use "
                                      "full-time, part-time, contract, internship, temporary, "
                                      "freelance"));
}

TEST_CASE("segments combine with each other and with the place filters", "[segments]") {
  Segments s;
  ReportFilters f = yearly();
  // senior-plus {3 6 8 9 10 12} and hybrid {3 6 8 10} and full-time {1 2 3 7 8 9 13} = {3, 8}.
  f.level = "senior-plus";
  f.remote = "hybrid";
  f.employment_type = "full-time";
  check_rows(s.run("ai-share", f), share(1, 1, 1, 1));
  // Python {1 3 6 7 8 9 10 11 12}, "engineer" {1 3 6 7 10 11}, US {1 2 3 4 7 8 9 11 13}:
  // {1, 3} in 2024 and {7, 11} in 2025, all AI.
  f = yearly();
  f.skill = "Python";
  f.title = "engineer";
  f.country = "US";
  check_rows(s.run("ai-share", f), share(2, 2, 2, 2));
}

TEST_CASE("seniority-mix takes --ai and --no-ai and refuses --level", "[segments]") {
  Segments s;
  ReportFilters f = yearly();
  f.ai = true;
  // 2024: #1 mid, #3 senior. 2025: #7 mid, #8 lead, #11 mid, #12 senior.
  check_rows(s.run("seniority-mix", f),
             {{T("2024"), I(2), I(0), I(0), I(1), I(1), I(0), I(0), R(0.0), R(50.0), Null()},
              {T("2025"), I(4), I(0), I(0), I(2), I(1), I(1), I(0), R(0.0), R(50.0), Null()}});
  f.ai = false;
  // 2024: #2 mid, #4 intern, #5 entry, #6 lead. 2025: #9 executive, #10 senior, #13 entry.
  check_rows(
      s.run("seniority-mix", f),
      {{T("2024"), I(4), I(1), I(1), I(1), I(0), I(1), I(0), R(50.0), R(25.0), R(0.5)},
       {T("2025"), I(3), I(0), I(1), I(0), I(1), I(0), I(1), R(100.0 / 3), R(200.0 / 3), R(2.0)}});
  f = yearly();
  f.level = "senior";
  CHECK_THROWS_WITH(s.run("seniority-mix", f),
                    "report seniority-mix does not take --level: it counts postings per level");
}

TEST_CASE("pay-by-level segments postings and observations alike", "[segments]") {
  Segments s;
  const std::vector<std::string> cols = {"level", "n", "median", "postings_n", "observations_n"};
  ReportFilters f = any_n();
  f.ai = true;
  // Postings: mid #1 120k #7 130k #11 140k; senior #3 160k #12 115k; lead #8 210k.
  // Observations: senior O1 170k O4 180k; executive O5 300k.
  // senior: 115k 160k 170k 180k -> median 165k.
  check_rows(only(s.run("pay-by-level", f), cols), {{T("mid"), I(3), R(130000), I(3), I(0)},
                                                    {T("senior"), I(4), R(165000), I(2), I(2)},
                                                    {T("lead"), I(1), R(210000), I(1), I(0)},
                                                    {T("executive"), I(1), R(300000), I(0), I(1)}});

  // --skill leaves observations out, even with --source both. Python postings:
  // mid 120k 130k 140k; senior #3 160k #10 90k #12 115k; lead #6 150k #8 210k; exec #9 250k.
  f = any_n();
  f.skill = "python";
  check_rows(only(s.run("pay-by-level", f), cols), {{T("mid"), I(3), R(130000), I(3), I(0)},
                                                    {T("senior"), I(3), R(115000), I(3), I(0)},
                                                    {T("lead"), I(2), R(180000), I(2), I(0)},
                                                    {T("executive"), I(1), R(250000), I(1), I(0)}});
  f.source = "observations";
  CHECK(s.run("pay-by-level", f).rows.empty());

  // --remote remote: postings #1 mid 120k, #5 entry 50k, #7 mid 130k, #12 senior 115k;
  // observations with remote_ratio 100: O1 senior 170k, O5 executive 300k.
  f = any_n();
  f.remote = "remote";
  check_rows(only(s.run("pay-by-level", f), cols), {{T("entry"), I(1), R(50000), I(1), I(0)},
                                                    {T("mid"), I(2), R(125000), I(2), I(0)},
                                                    {T("senior"), I(2), R(142500), I(1), I(1)},
                                                    {T("executive"), I(1), R(300000), I(0), I(1)}});
  // remote_ratio 50 is hybrid (O3); O4 has no ratio and no mode, so no --remote keeps it.
  f.source = "observations";
  f.remote = "hybrid";
  check_rows(only(s.run("pay-by-level", f), cols), {{T("entry"), I(1), R(45000), I(0), I(1)}});
  f.remote = "onsite";  // O2 70k, O6 80k
  check_rows(only(s.run("pay-by-level", f), cols), {{T("mid"), I(2), R(75000), I(0), I(2)}});

  // --title on observations reads job_title: "machine learning" is O4 (not O1 "ML Engineer");
  // postings #1 mid 120k, #7 mid 130k, #8 lead 210k.
  f = any_n();
  f.title = "machine learning";
  check_rows(only(s.run("pay-by-level", f), cols), {{T("mid"), I(2), R(125000), I(2), I(0)},
                                                    {T("senior"), I(1), R(180000), I(0), I(1)},
                                                    {T("lead"), I(1), R(210000), I(1), I(0)}});
  // "ML": postings #3 senior 160k, #11 mid 140k; O1 senior 170k; not O6 "HTML Engineer".
  f.title = "ml";
  check_rows(only(s.run("pay-by-level", f), cols),
             {{T("mid"), I(1), R(140000), I(1), I(0)}, {T("senior"), I(2), R(165000), I(1), I(1)}});

  // --employment-type full-time: postings #1 mid 120k, #2 mid 60k, #3 senior 160k, #7 mid 130k,
  // #8 lead 210k, #9 executive 250k (#13 unpaid); observations FT: O1 senior 170k, O2 mid 70k,
  // O6 mid 80k. mid: 60k 70k 80k 120k 130k -> 80k.
  f = any_n();
  f.employment_type = "Full-Time";
  check_rows(only(s.run("pay-by-level", f), cols), {{T("mid"), I(5), R(80000), I(3), I(2)},
                                                    {T("senior"), I(2), R(165000), I(1), I(1)},
                                                    {T("lead"), I(1), R(210000), I(1), I(0)},
                                                    {T("executive"), I(1), R(250000), I(1), I(0)}});
  f.employment_type = "part-time";  // posting #10 senior 90k, O3 (PT) entry 45k
  check_rows(only(s.run("pay-by-level", f), cols),
             {{T("entry"), I(1), R(45000), I(0), I(1)}, {T("senior"), I(1), R(90000), I(1), I(0)}});
  f.employment_type = "contract";  // #5 entry 50k, #6 lead 150k, #11 mid 140k; O4 (CT) 180k
  check_rows(only(s.run("pay-by-level", f), cols), {{T("entry"), I(1), R(50000), I(1), I(0)},
                                                    {T("mid"), I(1), R(140000), I(1), I(0)},
                                                    {T("senior"), I(1), R(180000), I(0), I(1)},
                                                    {T("lead"), I(1), R(150000), I(1), I(0)}});
  f.employment_type = "freelance";  // O5 (FL) only
  check_rows(only(s.run("pay-by-level", f), cols), {{T("executive"), I(1), R(300000), I(0), I(1)}});

  // --level junior: postings #4 intern 40k, #5 entry 50k; O3 entry 45k.
  f = any_n();
  f.level = "junior";
  check_rows(only(s.run("pay-by-level", f), cols),
             {{T("intern"), I(1), R(40000), I(1), I(0)}, {T("entry"), I(2), R(47500), I(1), I(1)}});
  // --no-ai --level senior-plus: #10 senior 90k, #6 lead 150k, #9 executive 250k; the senior-plus
  // observations are all AI.
  f.level = "senior-plus";
  f.ai = false;
  check_rows(only(s.run("pay-by-level", f), cols), {{T("senior"), I(1), R(90000), I(1), I(0)},
                                                    {T("lead"), I(1), R(150000), I(1), I(0)},
                                                    {T("executive"), I(1), R(250000), I(1), I(0)}});
}

TEST_CASE("pay-by-skill segments the postings and their yardstick", "[segments]") {
  Segments s;
  const std::vector<std::string> cols = {"skill", "n", "median", "premium_pct"};
  ReportFilters f = any_n();
  f.remote = "hybrid";
  // #3 160k (Python, TensorFlow), #6 150k (Python, SQL, Spark), #8 210k (Python, PyTorch, SQL),
  // #10 90k (Python, SQL). All paid: 90k 150k 160k 210k -> median 155k.
  check_rows(only(s.run("pay-by-skill", f), cols),
             {{T("PyTorch"), I(1), R(210000), R(100.0 * (210.0 / 155.0 - 1))},
              {T("TensorFlow"), I(1), R(160000), R(100.0 * (160.0 / 155.0 - 1))},
              {T("Python"), I(4), R(155000), R(0.0)},
              {T("Apache Spark"), I(1), R(150000), R(100.0 * (150.0 / 155.0 - 1))},
              {T("SQL"), I(3), R(150000), R(100.0 * (150.0 / 155.0 - 1))}});
  f.remote.reset();
  f.employment_type = "contract";
  // #5 50k (SQL, Excel), #6 150k (Python, SQL, Spark), #11 140k (Python, Docker): median 140k.
  check_rows(only(s.run("pay-by-skill", f), cols),
             {{T("Apache Spark"), I(1), R(150000), R(100.0 * (150.0 / 140.0 - 1))},
              {T("Python"), I(2), R(145000), R(100.0 * (145.0 / 140.0 - 1))},
              {T("Docker"), I(1), R(140000), R(0.0)},
              {T("SQL"), I(2), R(100000), R(100.0 * (100.0 / 140.0 - 1))},
              {T("Excel"), I(1), R(50000), R(100.0 * (50.0 / 140.0 - 1))}});
}

TEST_CASE("pay-by-region segments postings and observations", "[segments]") {
  Segments s;
  const std::vector<std::string> cols = {"region", "n", "median", "vs_us_pct"};
  ReportFilters f = any_n();
  f.ai = true;
  // US: postings 120k 130k 140k 160k 210k, observations 170k 180k 300k -> 8 figures, median
  // (160k + 170k) / 2 = 165k. GB (Northern Europe): #12 115k.
  check_rows(only(s.run("pay-by-region", f), cols),
             {{T("Northern America"), I(8), R(165000), R(0.0)},
              {T("Northern Europe"), I(1), R(115000), R(100.0 * (115.0 / 165.0 - 1))}});
  // --skill python --by country: postings only. US #1 #3 #7 #8 #9 #11: 120k 130k 140k 160k
  // 210k 250k -> 150k; DE #6 150k #10 90k -> 120k; GB #12 115k.
  f = any_n();
  f.skill = "Python";
  f.by = "country";
  Table by_country = s.run("pay-by-region", f);
  CHECK(by_country.columns.front() == "country");
  by_country.columns.front() = "region";
  check_rows(only(by_country, cols), {{T("US"), I(6), R(150000), R(0.0)},
                                      {T("DE"), I(2), R(120000), R(-20.0)},
                                      {T("GB"), I(1), R(115000), R(100.0 * (115.0 / 150.0 - 1))}});
  // Observations with remote_ratio 0: O6 DE 80k, O2 US 70k.
  f = any_n();
  f.source = "observations";
  f.remote = "onsite";
  check_rows(only(s.run("pay-by-region", f), cols),
             {{T("Western Europe"), I(1), R(80000), R(100.0 * (80.0 / 70.0 - 1))},
              {T("Northern America"), I(1), R(70000), R(0.0)}});
}

TEST_CASE("top-skills segments both the period shown and the one compared with", "[segments]") {
  Segments s;
  const std::vector<std::string> cols = {"period", "skill", "postings", "share_pct", "change_pts"};
  ReportFilters f = yearly();
  f.ai = true;
  // AI 2024: #1 (Python, PyTorch), #3 (Python, TensorFlow). AI 2025: #7 (Python, NLP), #8
  // (Python, PyTorch, SQL), #11 (Python, Docker), #12 (Python, PyTorch).
  std::vector<std::vector<Cell>> year_2025 = {{T("2025"), T("Python"), I(4), R(100.0), R(0.0)},
                                              {T("2025"), T("PyTorch"), I(2), R(50.0), R(0.0)},
                                              {T("2025"), T("Docker"), I(1), R(25.0), R(25.0)},
                                              {T("2025"), T("NLP"), I(1), R(25.0), R(25.0)},
                                              {T("2025"), T("SQL"), I(1), R(25.0), R(25.0)}};
  std::vector<std::vector<Cell>> all = {{T("2024"), T("Python"), I(2), R(100.0), Null()},
                                        {T("2024"), T("PyTorch"), I(1), R(50.0), Null()},
                                        {T("2024"), T("TensorFlow"), I(1), R(50.0), Null()}};
  all.insert(all.end(), year_2025.begin(), year_2025.end());
  check_rows(only(s.run("top-skills", f), cols), all);
  // --year 2025 shows 2025 only, still compared with AI postings of 2024.
  f.year = 2025;
  check_rows(only(s.run("top-skills", f), cols), year_2025);

  // --skill SQL --top 2: 2024 #4 #5 #6 (SQL 3, Excel 2, Python 1 = 33.3%); 2025 #8 #9 #10 #13
  // (SQL 4, Python 3).
  f = yearly();
  f.skill = "SQL";
  f.top = 2;
  check_rows(only(s.run("top-skills", f), cols),
             {{T("2024"), T("SQL"), I(3), R(100.0), Null()},
              {T("2024"), T("Excel"), I(2), R(200.0 / 3), Null()},
              {T("2025"), T("SQL"), I(4), R(100.0), R(0.0)},
              {T("2025"), T("Python"), I(3), R(75.0), R(75.0 - 100.0 / 3)}});
}

TEST_CASE("ai-growth segments both years", "[segments]") {
  Segments s;
  const std::vector<std::string> cols = {"industry",        "ai_postings_prev",    "ai_postings",
                                         "ai_growth_pct",   "other_postings_prev", "other_postings",
                                         "other_growth_pct"};
  ReportFilters f = any_n();
  // Technology: AI #1 #3 -> #7 #8 #11 #12; others #2 #6 -> none. Finance has no AI posting.
  check_rows(only(s.run("ai-growth", f), cols),
             {{T("Technology"), I(2), I(4), R(100.0), I(2), I(0), R(-100.0)}});
  f.employment_type = "full-time";  // Technology: AI #1 #3 -> #7 #8; others #2 -> none
  check_rows(only(s.run("ai-growth", f), cols),
             {{T("Technology"), I(2), I(2), R(0.0), I(1), I(0), R(-100.0)}});
  f.employment_type.reset();
  f.level = "mid";  // Technology: AI #1 -> #7 #11; others #2 -> none
  check_rows(only(s.run("ai-growth", f), cols),
             {{T("Technology"), I(1), I(2), R(100.0), I(1), I(0), R(-100.0)}});
  f.level.reset();
  f.title = "engineer";  // Technology: AI #1 #3 -> #7 #11; others #6 -> none. Finance: #10 only.
  check_rows(only(s.run("ai-growth", f), cols),
             {{T("Technology"), I(2), I(2), R(0.0), I(1), I(0), R(-100.0)}});
  // --remote remote --by country: US AI #1 -> #7; GB others #5 -> AI #12.
  f.title.reset();
  f.remote = "remote";
  f.by = "country";
  Table by_country = s.run("ai-growth", f);
  by_country.columns.front() = "industry";
  check_rows(only(by_country, cols), {{T("US"), I(1), I(1), R(0.0), I(0), I(0), Null()},
                                      {T("GB"), I(0), I(1), Null(), I(1), I(0), R(-100.0)}});
}

TEST_CASE("every report_* view still gives the report with no filters", "[segments]") {
  Segments s;
  for (const char* name : {"ai-share", "seniority-mix", "pay-by-skill", "pay-by-level",
                           "pay-by-region", "top-skills", "ai-growth"}) {
    INFO(name);
    Table report = run_report(s.db, name, {});
    Table view = query_table(s.db, "SELECT * FROM " + report_view_name(name));
    CHECK(view.columns == report.columns);
    CHECK(view.rows == report.rows);
  }
}

TEST_CASE("a title segment reads every punctuation mark in a title as the words given do",
          "[segments]") {
  jobsight::test::TempDir dir;
  jobsight::Database db = jobsight::Database::open_in_memory();
  jobsight::import_postings(
      db,
      dir.write("titles.csv",
                "job_id,posted_date,title,skills\n"
                "1,2025-01-02,C++ Developer,SQL\n"
                "2,2025-01-03,AI+ML Engineer,SQL\n"
                "3,2025-01-04,ML's lead,SQL\n"
                "4,2025-01-05,\"Senior   ML  -  -  -  -  -  -  -  Engineer\",SQL\n"
                "5,2025-01-06,C# Developer,SQL\n"
                "6,2025-01-07,\"Data\tEngineer, \"\"Platform\"\"\",SQL\n"),
      jobsight::ImportOptions{});
  // ai-share reads the postings through scoped_postings, top-skills (the postings asking for SQL,
  // here all) through comparable_postings: the same rule in both.
  auto postings = [&](const char* title) -> std::int64_t {
    ReportFilters filters;
    filters.title = title;
    filters.period = "year";
    Table shares = jobsight::run_report(db, "ai-share", filters);
    Table skills = jobsight::run_report(db, "top-skills", filters);
    const std::int64_t counted =
        shares.rows.empty() ? 0 : std::get<std::int64_t>(shares.rows[0][1]);
    CHECK(counted == (skills.rows.empty() ? 0 : std::get<std::int64_t>(skills.rows[0][4])));
    return counted;
  };
  CHECK(postings("C++ Developer") == 2);  // "c developer": C++ and C# (one letter each)
  CHECK(postings("AI+ML Engineer") == 1);
  CHECK(postings("ai ml") == 1);
  CHECK(postings("ML's lead") == 1);               // "ml s lead"
  CHECK(postings("ml engineer") == 2);             // #2, and #4 across a long run of separators
  CHECK(postings("data engineer platform") == 1);  // a tab and quotes
}
