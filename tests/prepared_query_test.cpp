// PreparedQuery (src/storage/query.hpp): a query prepared once and run again with other
// parameters, as kept_pay_stats.cpp runs each pay report for every country and year. Each run
// binds only what it is given (the last run's values are gone), and a run that fails, or whose
// visitor throws, leaves the statement ready for the next.
#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "storage/query.hpp"

using jobsight::Cell;

namespace {

// The rows of one run, each column as text ("NULL" for NULL).
std::vector<std::vector<std::string>> run(jobsight::PreparedQuery& query,
                                          const jobsight::QueryParameters& parameters) {
  std::vector<std::vector<std::string>> rows;
  query.for_each_row(parameters, [&](sqlite3_stmt* row) {
    std::vector<std::string>& cells = rows.emplace_back();
    for (int c = 0; c < sqlite3_column_count(row); ++c) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, c));
      cells.push_back(text == nullptr ? "NULL" : text);
    }
  });
  return rows;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("a prepared query runs again with only the parameters it is given", "[storage]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  jobsight::PreparedQuery query(db, "SELECT :a, :b UNION ALL SELECT :b, 3");
  CHECK(run(query, {{":a", Cell{std::int64_t{1}}}, {":b", Cell{std::string("x")}}}) ==
        Rows{{"1", "x"}, {"x", "3"}});
  CHECK(run(query, {{":b", Cell{std::string("y")}}}) == Rows{{"NULL", "y"}, {"y", "3"}});
  // A parameter the query does not have is skipped.
  CHECK(run(query, {{":c", Cell{2.5}}}) == Rows{{"NULL", "NULL"}, {"NULL", "3"}});
}

TEST_CASE("a prepared query is ready again after a run that failed or was stopped", "[storage]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  // abs() of the smallest integer fails while stepping, on the second row only.
  jobsight::PreparedQuery query(db, "SELECT abs(x) FROM (SELECT :x AS x UNION ALL SELECT :y)");
  const jobsight::QueryParameters failing = {{":x", Cell{std::int64_t{-4}}},
                                             {":y", Cell{std::int64_t{INT64_MIN}}}};
  CHECK_THROWS_AS(run(query, failing), jobsight::DatabaseError);
  CHECK(run(query, {{":x", Cell{std::int64_t{-4}}}, {":y", Cell{std::int64_t{5}}}}) ==
        Rows{{"4"}, {"5"}});
  // A visitor that throws stops the run; the next one starts from the first row.
  int seen = 0;
  CHECK_THROWS_AS(query.for_each_row({{":x", Cell{std::int64_t{1}}}},
                                     [&](sqlite3_stmt*) {
                                       ++seen;
                                       throw std::runtime_error("stop");
                                     }),
                  std::runtime_error);
  CHECK(seen == 1);
  CHECK(run(query, {{":x", Cell{std::int64_t{7}}}}) == Rows{{"7"}, {"NULL"}});
}

TEST_CASE("a query that does not prepare is a database error", "[storage]") {
  jobsight::Database db = jobsight::Database::open_in_memory();
  CHECK_THROWS_AS(jobsight::PreparedQuery(db, "SELECT FROM nowhere"), jobsight::DatabaseError);
  // Blank SQL prepares to no statement at all.
  CHECK_THROWS_AS(jobsight::PreparedQuery(db, "  -- nothing\n"), jobsight::DatabaseError);
}
