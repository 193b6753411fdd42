// Duplicates found at the end of a large import (storage/deferred_indexes.hpp,
// storage/posting_store.hpp remove_later_duplicates): an import that set postings' identity
// index aside stores every row, then takes out the later repeats before it builds the index. It
// must come to exactly what an import that checked each row against the index comes to: the same
// counts in its summary, the same postings kept (the first of each identity), and no company or
// new skill that only a removed repeat used.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <string>

#include "jobsight/database.hpp"
#include "jobsight/import.hpp"
#include "storage/deferred_indexes.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/query.hpp"
#include "support/database_support.hpp"
#include "support/report_fixture.hpp"

using jobsight::Database;
using jobsight::ImportOptions;
using jobsight::ImportSummary;

namespace {

// J1 and J2 come twice (the same job id from the same source is the same posting, SPEC 2.6).
// The repeat of J1 names a company and a skill no other row has, and pay that cannot be read;
// the repeat of J2 has pay where the first J2 has none. J3 is also in kBase.
const char* kRepeats =
    "job_id,posted_date,title,company,country,salary_min,salary_max,salary_currency,"
    "salary_period,skills\n"
    "J1,2024-03-01,Data Engineer,Acme,US,90000,110000,USD,year,Python;SQL\n"
    "J2,2024-03-02,Machine Learning Engineer,Beta,US,,,,,PyTorch\n"
    "J1,2024-03-05,Data Engineer,Zeta Only Here,US,lots,,USD,year,Python;Quantum Basketweaving\n"
    "J3,2024-03-07,Data Analyst,Acme,US,50000,60000,USD,year,Excel\n"
    "J2,2024-03-09,Machine Learning Engineer,Beta,US,150000,,USD,year,\n";

// Ten postings, the fourth of them J3 as kRepeats has it.
const char* kBase =
    "job_id,posted_date,title,company,country,salary_min,salary_max,salary_currency,"
    "salary_period,skills\n"
    "B1,2024-01-01,Analyst,Acme,US,40000,50000,USD,year,Excel\n"
    "B2,2024-01-02,Analyst,Acme,US,40000,50000,USD,year,Excel\n"
    "B3,2024-01-03,Analyst,Acme,US,40000,50000,USD,year,Excel\n"
    "J3,2024-03-07,Data Analyst,Acme,US,50000,60000,USD,year,Excel\n"
    "B5,2024-01-05,Analyst,Acme,US,40000,50000,USD,year,Excel\n"
    "B6,2024-01-06,Analyst,Acme,US,40000,50000,USD,year,Excel\n"
    "B7,2024-01-07,Analyst,Acme,US,40000,50000,USD,year,Excel\n"
    "B8,2024-01-08,Analyst,Acme,US,40000,50000,USD,year,Excel\n"
    "B9,2024-01-09,Analyst,Acme,US,40000,50000,USD,year,Excel\n"
    "B10,2024-01-10,Analyst,Acme,US,40000,50000,USD,year,Excel\n";

// What is stored, independent of the order it was stored in.
jobsight::Table stored(Database& db) {
  return jobsight::query_table(
      db,
      "SELECT p.external_id, p.title, c.name, p.pay_status, p.pay_usd_annual, "
      "(SELECT group_concat(s.name, ';') FROM (SELECT s.name FROM posting_skills AS ps "
      "JOIN skills AS s USING (skill_id) WHERE ps.posting_id = p.posting_id ORDER BY s.name) "
      "AS s) "
      "FROM postings AS p LEFT JOIN companies AS c USING (company_id) ORDER BY p.external_id");
}

std::int64_t count_of(Database& db, const std::string& sql) {
  return std::get<std::int64_t>(jobsight::query_table(db, sql).rows.at(0).at(0));
}

}  // namespace

TEST_CASE("repeats found after a large import count as the duplicates an indexed import finds",
          "[late_duplicates]") {
  jobsight::test::TempDir dir;
  std::string repeats = dir.write("repeats.csv", kRepeats);
  std::string base = dir.write("base.csv", kBase);
  const auto repeats_size = std::filesystem::file_size(repeats);

  // Checked row by row: kBase first, then kRepeats, too small beside it to set anything aside.
  Database checked = Database::open_in_memory();
  ImportSummary checked_base = jobsight::import_postings(checked, base, ImportOptions{});
  REQUIRE_FALSE(jobsight::is_large_import(checked, "postings", repeats_size));
  ImportSummary checked_repeats = jobsight::import_postings(checked, repeats, ImportOptions{});

  // Found at the end: kRepeats into an empty database, then kBase, each a large import.
  Database late = Database::open_in_memory();
  REQUIRE(jobsight::is_large_import(late, "postings", repeats_size));
  ImportSummary late_repeats = jobsight::import_postings(late, repeats, ImportOptions{});
  ImportSummary late_base = jobsight::import_postings(late, base, ImportOptions{});

  // kRepeats: J1, J2 and J3 kept; both repeats are duplicates. Their pay is taken back out of
  // the counts: J1's unreadable pay and J2's converted pay were counted when they were stored.
  for (const ImportSummary* summary : {&checked_repeats, &late_repeats}) {
    CHECK(summary->rows_read == 5);
    CHECK(summary->rows_duplicate == (summary == &checked_repeats ? 3 : 2));
    CHECK(summary->rows_imported == (summary == &checked_repeats ? 2 : 3));
    CHECK(summary->pay_unconverted == 0);
    CHECK(summary->pay.unparsable == 0);
    CHECK(summary->pay.no_pay == 1);  // the first J2
    CHECK(summary->pay.converted == (summary == &checked_repeats ? 1 : 2));
  }
  CHECK(checked_base.rows_imported == 10);
  CHECK(checked_base.rows_duplicate == 0);
  CHECK(late_base.rows_imported == 9);
  CHECK(late_base.rows_duplicate == 1);  // J3, stored by kRepeats before
  CHECK(late_base.pay.converted == 9);

  // The same postings either way, the first of each identity, and what only the repeats
  // brought is gone.
  CHECK(stored(late).rows == stored(checked).rows);
  const char* companies = "SELECT name FROM companies ORDER BY name";
  CHECK(jobsight::query_table(late, companies).rows ==
        jobsight::query_table(checked, companies).rows);
  CHECK(count_of(checked, "SELECT count(*) FROM companies WHERE name = 'Zeta Only Here'") == 0);
  CHECK(count_of(late, "SELECT count(*) FROM postings") == 12);
  CHECK(count_of(late, "SELECT count(*) FROM companies WHERE name = 'Zeta Only Here'") == 0);
  CHECK(count_of(late, "SELECT count(*) FROM skills WHERE name = 'Quantum Basketweaving'") == 0);
  CHECK(count_of(late,
                 "SELECT count(*) FROM postings WHERE external_id = 'J1' AND "
                 "posted_date = '2024-03-01' AND pay_status = 'converted'") == 1);
  CHECK(count_of(late,
                 "SELECT count(*) FROM postings WHERE external_id = 'J2' AND "
                 "pay_status = 'none'") == 1);
  // The import runs record the same counts as the summaries.
  CHECK(count_of(late, "SELECT rows_duplicate FROM import_runs ORDER BY import_id LIMIT 1") == 2);
  CHECK(count_of(late, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
  // And the identity index is back, UNIQUE.
  CHECK(count_of(late,
                 "SELECT \"unique\" FROM pragma_index_list('postings') "
                 "WHERE name = 'postings_by_identity'") == 1);
  CHECK(count_of(late, "SELECT sum(postings) FROM posting_counts") == 12);
}

TEST_CASE("a large import's later repeats are read from the identities stored more than once",
          "[late_duplicates]") {
  // remove_later_duplicates reads postings_later_duplicates with postings_by_identity dropped and
  // a plain index on identity in its place. One pass over that index in its order finds the
  // identities stored twice, and only their postings are read: a plan that reads every posting
  // of the run (through postings_by_import) took 75 s of a 10M import with one repeat.
  jobsight::test::TempDir dir;
  Database db = Database::open_in_memory();
  jobsight::import_postings(db, dir.write("base.csv", kBase), ImportOptions{});
  jobsight::query_table(db, "DROP INDEX postings_by_identity");
  jobsight::query_table(db, std::string(jobsight::embedded_query("postings_identity_check")));
  const std::string text = jobsight::test::query_plan(
      db, std::string(jobsight::embedded_query("postings_later_duplicates")),
      {{":import_id", jobsight::Cell{std::int64_t{1}}}});
  INFO(text);
  CHECK(text.find("SCAN postings USING COVERING INDEX postings_identity_check") !=
        std::string::npos);
  CHECK(text.find("SEARCH p USING INDEX postings_identity_check (identity=?)") !=
        std::string::npos);
  CHECK(text.find("postings_by_import") == std::string::npos);
}

TEST_CASE("an identity three times in a large import keeps its first posting only",
          "[late_duplicates]") {
  // J1 three times, the first with pay: the two later ones are the repeats, however many there
  // are of one identity.
  jobsight::test::TempDir dir;
  const std::string thrice =
      dir.write("thrice.csv",
                "job_id,posted_date,title,company,country,salary_min,salary_max,salary_currency,"
                "salary_period,skills\n"
                "J1,2024-03-01,Data Engineer,Acme,US,90000,110000,USD,year,Python\n"
                "J1,2024-03-02,Data Engineer,Acme,US,,,,,Python\n"
                "X1,2024-03-03,Data Analyst,Acme,US,50000,60000,USD,year,Excel\n"
                "J1,2024-03-04,Data Engineer,Acme,US,95000,,USD,year,SQL\n");
  Database db = Database::open_in_memory();
  REQUIRE(jobsight::is_large_import(db, "postings", std::filesystem::file_size(thrice)));
  const ImportSummary summary = jobsight::import_postings(db, thrice, ImportOptions{});
  CHECK(summary.rows_read == 4);
  CHECK(summary.rows_imported == 2);
  CHECK(summary.rows_duplicate == 2);
  CHECK(summary.pay.converted == 2);  // J1's first and X1's
  CHECK(jobsight::query_table(db,
                              "SELECT external_id, posted_date FROM postings ORDER BY external_id")
            .rows ==
        std::vector<std::vector<jobsight::Cell>>{
            {jobsight::Cell{std::string("J1")}, jobsight::Cell{std::string("2024-03-01")}},
            {jobsight::Cell{std::string("X1")}, jobsight::Cell{std::string("2024-03-03")}}});
  CHECK(count_of(db, "SELECT count(*) FROM posting_skills") == 2);  // Python, Excel
  CHECK(count_of(db, "SELECT sum(postings) FROM posting_counts") == 2);
}
