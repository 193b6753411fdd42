#include "storage/kept_pay_stats.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "storage/database_failure.hpp"
#include "storage/given_pay_stats.hpp"
#include "storage/query.hpp"
#include "storage/report_sql.hpp"
#include "storage/sqlite_connection.hpp"
#include "storage/statement_helpers.hpp"
#include "storage/write_transaction.hpp"
#include "util/freed_memory.hpp"
#include "util/pay_statistics.hpp"

namespace jobsight {
namespace {

// The version of how kept_pay_stats is computed beyond the SQL: raise it when
// src/util/pay_statistics.cpp or this file changes what a kept row holds.
constexpr const char* kRuleVersion = "kept pay statistics 2, C = 0.95, exact sums";

// One grouping kept: a pay report and the :by it is run with (NULL: its default).
struct Grouping {
  std::string report;
  std::optional<std::string> by;
};

// Every pay report with its default; pay-by-region also by country (--by takes region, the
// default, or country: src/reports/report_catalogue.cpp).
std::vector<Grouping> kept_groupings() {
  std::vector<Grouping> groupings;
  for (const std::string& name : embedded_report_names()) {
    if (!report_has_pay_stats(name)) continue;
    groupings.push_back({name, std::nullopt});
    std::vector<std::string> parameters = report_parameters(name);
    if (std::find(parameters.begin(), parameters.end(), "by") != parameters.end()) {
      groupings.push_back({name, "country"});
    }
  }
  return groupings;
}

// The rule kept_pay_stats_state records: what the kept rows were computed by.
const std::string& wanted_rule() {
  static const std::string rule = [] {
    std::string text = kRuleVersion;
    for (const Grouping& grouping : kept_groupings()) {
      text += "\n-- " + grouping.report + " by " + grouping.by.value_or("default") + "\n";
      text += report_pay_grouping_query(grouping.report) + "\n";
      text += report_pay_values_query(grouping.report);
    }
    return text;
  }();
  return rule;
}

QueryParameters parameters_of(const Grouping& grouping) {
  QueryParameters parameters;
  if (grouping.by) parameters.emplace_back(":by", Cell{*grouping.by});
  return parameters;
}

}  // namespace

void mark_kept_pay_stats_stale(Database& db) {
  with_database_errors(db,
                       [&] { sqlite_of(db).exec("UPDATE kept_pay_stats_state SET current = 0"); });
}

bool kept_pay_stats_are_current(Database& db) {
  return with_database_errors(db, [&] {
    SQLite::Statement state(sqlite_of(db), "SELECT rule, current FROM kept_pay_stats_state");
    return state.executeStep() && state.getColumn(1).getInt() == 1 &&
           state.getColumn(0).getString() == wanted_rule();
  });
}

void compute_kept_pay_stats(Database& db, std::size_t figures_held) {
  with_database_errors(db, [&] {
    SQLite::Database& sql = sqlite_of(db);
    sql.exec("DELETE FROM kept_pay_stats");
    SQLite::Statement insert(sql, "INSERT INTO kept_pay_stats (report_grouping, " +
                                      given_pay_stats_column_list() + ") VALUES (" +
                                      placeholders(1 + given_pay_stats_columns().size()) + ")");
    for (const Grouping& grouping : kept_groupings()) {
      const QueryParameters parameters = parameters_of(grouping);
      Table key = query_table(db, report_pay_grouping_query(grouping.report), parameters);
      PayFigures figures(figures_held);
      const std::string values = report_pay_values_query(grouping.report);
      for_each_row(db, values, parameters, [&](const std::vector<Cell>& row) { figures.add(row); });
      if (figures.needs_second_pass()) {
        figures.prepare_second_pass(kKeptPayStatsConfidence);
        for_each_row(db, values, parameters,
                     [&](const std::vector<Cell>& row) { figures.add_again(row); });
      }
      for (const std::vector<Cell>& row : figures.statistics(1, kKeptPayStatsConfidence)) {
        bind_cell(insert, 1, key.rows.at(0).at(0));
        for (std::size_t c = 0; c < row.size(); ++c) {
          bind_cell(insert, static_cast<int>(c + 2), row[c]);
        }
        insert.exec();
        insert.reset();
      }
    }
    SQLite::Statement state(sql, "UPDATE kept_pay_stats_state SET rule = ?, current = 1");
    state.bind(1, wanted_rule());
    state.exec();
  });
}

void give_kept_pay_stats(Database& db, const Cell& grouping) {
  store_given_pay_stats(db, {});  // the temporary table, made and emptied
  with_database_errors(db, [&] {
    SQLite::Statement copy(sqlite_of(db), "INSERT INTO temp.given_pay_stats SELECT " +
                                              given_pay_stats_column_list() +
                                              " FROM kept_pay_stats WHERE report_grouping = ?");
    bind_cell(copy, 1, grouping);
    copy.exec();
  });
}

void update_kept_pay_statistics(Database& db) {
  if (kept_pay_stats_are_current(db)) return;
  const bool marked_current = with_database_errors(db, [&] {
    return sqlite_of(db).execAndGet("SELECT max(current) FROM kept_pay_stats_state").getInt() == 1;
  });
  if (marked_current) {
    // Rows another rule computed (another jobsight) are marked stale first, on their own, so
    // that the views stop reading them even if computing them again fails. Stale ones (after
    // an import) need no such write.
    WriteTransaction transaction(db);
    mark_kept_pay_stats_stale(db);
    transaction.commit();
  }
  // What an import freed goes back to the system before the figures take theirs, and the
  // reads, each a single pass, use a smaller page cache: the import's peak memory stays the
  // same at 10M postings as at 1M.
  return_freed_memory();
  SQLite::Database& sql = sqlite_of(db);
  const int cache_size =
      with_database_errors(db, [&] { return sql.execAndGet("PRAGMA cache_size").getInt(); });
  auto set_cache_size = [&](int pages) {
    with_database_errors(db, [&] { sql.exec("PRAGMA cache_size = " + std::to_string(pages)); });
  };
  set_cache_size(-8192);
  try {
    WriteTransaction transaction(db);
    // Another command may have computed them while this one waited for the lock.
    if (!kept_pay_stats_are_current(db)) compute_kept_pay_stats(db);
    transaction.commit();
  } catch (...) {
    set_cache_size(cache_size);
    throw;
  }
  set_cache_size(cache_size);
}

}  // namespace jobsight
