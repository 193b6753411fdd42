// The secondary indexes a large import sets aside (src/storage/deferred_indexes.hpp): the rule
// that decides, what is dropped and rebuilt, and that every import, kept or failed, leaves the
// indexes exactly as the migrations define them.
#include <catch2/catch.hpp>

#include <string>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/import.hpp"
#include "storage/deferred_indexes.hpp"
#include "storage/query.hpp"
#include "storage/write_transaction.hpp"
#include "support/report_fixture.hpp"

using jobsight::Cell;
using jobsight::Table;

namespace {

const char* kIndexes =
    "SELECT name, tbl_name, coalesce(sql, '') FROM sqlite_schema WHERE type = 'index' "
    "ORDER BY name";

std::int64_t count_of(jobsight::Database& db, const std::string& sql) {
  return std::get<std::int64_t>(jobsight::query_table(db, sql).rows.at(0).at(0));
}

}  // namespace

TEST_CASE("indexes are set aside when the file adds a quarter of the rows there are, or more",
          "[deferred_indexes]") {
  using jobsight::indexes_worth_setting_aside;
  CHECK(indexes_worth_setting_aside(0, 1));                         // an empty table: always
  CHECK_FALSE(indexes_worth_setting_aside(0, 0));                   // a pipe (size unknown): never
  CHECK(indexes_worth_setting_aside(1'000'000, 100'000'000));       // 250,000 rows: yes
  CHECK_FALSE(indexes_worth_setting_aside(1'000'000, 99'999'600));  // 249,999 rows: no
  CHECK_FALSE(indexes_worth_setting_aside(10'000'000, 340'000'000));  // 1M into 10M: no
}

TEST_CASE("set-aside indexes are dropped, and rebuilt from their own definitions",
          "[deferred_indexes]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  Table before = jobsight::query_table(db, kIndexes);
  {
    jobsight::WriteTransaction transaction(db);
    jobsight::DeferredIndexes postings(db, "postings", 1);
    // postings_by_country, _by_date, _by_import, postings_pay, postings_pay_by_segment and the
    // UNIQUE postings_by_identity; not posting_skills_by_skill (see tables_of).
    CHECK(postings.set_aside() == 6);
    CHECK(count_of(db,
                   "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                   "('postings_by_country', 'postings_by_date', 'postings_by_import', "
                   "'postings_pay', 'postings_pay_by_segment', 'postings_by_identity')") == 0);
    // No UNIQUE constraint is left on postings but its primary key.
    CHECK(count_of(db, "SELECT count(*) FROM pragma_index_list('postings')") == 0);
    CHECK(postings.rebuild(1).empty());
    CHECK(postings.set_aside() == 0);
    CHECK(postings.rebuild(1).empty());  // a second time does nothing
    jobsight::DeferredIndexes salaries(db, "salaries", 1);
    CHECK(salaries.set_aside() == 3);  // by year, by import, by country
    CHECK(salaries.rebuild(1).empty());
    transaction.commit();
  }
  CHECK(jobsight::query_table(db, kIndexes).rows == before.rows);
}

TEST_CASE("a rebuild puts back the connection's sorter threads and page cache",
          "[deferred_indexes]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  const char* settings = "SELECT threads, cache_size FROM pragma_threads, pragma_cache_size";
  for (const char* set : {"PRAGMA threads = 3", "PRAGMA cache_size = -1000"}) {
    jobsight::query_table(db, set);
  }
  jobsight::WriteTransaction transaction(db);
  jobsight::DeferredIndexes postings(db, "postings", 1);
  CHECK(postings.rebuild(1).empty());
  CHECK(jobsight::query_table(db, settings).rows ==
        std::vector<std::vector<Cell>>{{Cell{std::int64_t{3}}, Cell{std::int64_t{-1000}}}});
  transaction.commit();
}

TEST_CASE("an import leaves the indexes as the migrations define them, kept or failed",
          "[deferred_indexes]") {
  jobsight::test::TempDir dir;
  jobsight::Database db = jobsight::Database::open_in_memory();
  Table before = jobsight::query_table(db, kIndexes);

  // Into an empty database: set aside, rebuilt, and the rows are found through them.
  std::string hand = dir.write("hand.csv", jobsight::test::kHandMade);
  jobsight::import_postings(db, hand, jobsight::ImportOptions{});
  CHECK(jobsight::query_table(db, kIndexes).rows == before.rows);
  CHECK(count_of(db,
                 "SELECT count(*) FROM postings INDEXED BY postings_by_date "
                 "WHERE posted_date >= '2024-02-01'") == 6);
  CHECK(count_of(db,
                 "SELECT count(*) FROM posting_skills INDEXED BY posting_skills_by_skill "
                 "WHERE skill_id > 0") == count_of(db, "SELECT count(*) FROM posting_skills"));

  // A --strict import that fails on its second row rolls back the dropped indexes too.
  jobsight::Database empty = jobsight::Database::open_in_memory();
  std::string bad = dir.write("bad.csv",
                              "job_id,posted_date,title\n"
                              "1,2024-01-10,Data Analyst\n"
                              "2,not a date,Data Analyst\n");
  jobsight::ImportOptions strict;
  strict.strict = true;
  CHECK_THROWS_AS(jobsight::import_postings(empty, bad, strict), jobsight::Error);
  CHECK(jobsight::query_table(empty, kIndexes).rows == before.rows);
  CHECK(count_of(empty, "SELECT count(*) FROM postings") == 0);
}
