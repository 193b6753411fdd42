#include "storage/given_pay_stats.hpp"

#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>

#include "storage/database_failure.hpp"
#include "storage/pay_figure_rows.hpp"
#include "storage/sqlite_connection.hpp"
#include "storage/statement_helpers.hpp"

namespace jobsight {

const std::vector<const char*>& given_pay_stats_columns() {
  static const std::vector<const char*> columns = {"grp",           "n",
                                                   "p25",           "p25_ci_low",
                                                   "p25_ci_high",   "median",
                                                   "median_ci_low", "median_ci_high",
                                                   "median_pc_low", "median_pc_high",
                                                   "p75",           "p75_ci_low",
                                                   "p75_ci_high",   "p90",
                                                   "p90_ci_low",    "p90_ci_high",
                                                   "mean",          "mean_sq",
                                                   "postings_n",    "observations_n"};
  return columns;
}

const std::string& given_pay_stats_column_list() {
  static const std::string list = [] {
    std::string text;
    for (const char* column : given_pay_stats_columns()) {
      text += std::string(text.empty() ? "" : ", ") + column;
    }
    return text;
  }();
  return list;
}

void store_given_pay_stats(Database& db, const std::vector<std::vector<Cell>>& rows) {
  with_database_errors(db, [&] {
    SQLite::Database& sql = sqlite_of(db);
    sql.exec("CREATE TEMP TABLE IF NOT EXISTS given_pay_stats (" + given_pay_stats_column_list() +
             ")");
    sql.exec("DELETE FROM temp.given_pay_stats");
    SQLite::Statement insert(sql, "INSERT INTO temp.given_pay_stats VALUES (" +
                                      placeholders(given_pay_stats_columns().size()) + ")");
    for (const auto& row : rows) {
      for (std::size_t c = 0; c < row.size(); ++c)
        bind_cell(insert, static_cast<int>(c + 1), row[c]);
      insert.exec();
      insert.reset();
    }
  });
}

std::vector<std::vector<Cell>> compute_pay_statistics(Database& db, std::string_view values_sql,
                                                      const QueryParameters& parameters,
                                                      std::int64_t min_n,
                                                      std::optional<double> confidence,
                                                      FigureBudget* budget) {
  PreparedQuery values(db, values_sql);
  return compute_pay_statistics(values, parameters, min_n, confidence, budget);
}

std::vector<std::vector<Cell>> compute_pay_statistics(PreparedQuery& values,
                                                      const QueryParameters& parameters,
                                                      std::int64_t min_n,
                                                      std::optional<double> confidence,
                                                      FigureBudget* budget) {
  std::unique_ptr<PayFigures> owned =
      budget != nullptr ? std::make_unique<PayFigures>(*budget) : std::make_unique<PayFigures>();
  PayFigures& figures = *owned;
  RowGroups groups;
  std::vector<std::size_t> handles;  // each group's handle in `figures`, by its number
  auto read = [&](bool again) {
    values.for_each_row(parameters, [&](sqlite3_stmt* row) {
      const std::optional<double> pay = figure_at(row, 2);
      if (!pay) return;  // as PayFigures::add: a row without a figure makes no group
      const std::size_t group = groups.number_at(
          row, 0, [&](const Cell& key) { handles.push_back(figures.group_of(key)); });
      if (again) {
        figures.add_again(handles[group], *pay);
      } else {
        figures.add(handles[group], source_at(row, 1), *pay);
      }
    });
  };
  read(false);
  if (figures.needs_second_pass()) {
    figures.prepare_second_pass(confidence);
    read(true);
  }
  return figures.statistics(min_n, confidence);
}

}  // namespace jobsight
