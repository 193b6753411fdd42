#pragma once
// Pay statistics the program computed, handed to the report SQL (storage layer).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/table.hpp"
#include "storage/query.hpp"
#include "util/pay_statistics.hpp"

namespace jobsight {

// The columns of temp.given_pay_stats, in order: those of sql/reports/_pay_stats_given.sql.
const std::vector<const char*>& given_pay_stats_columns();

// The same columns as SQL text, "grp, n, p25, ...".
const std::string& given_pay_stats_column_list();

// Replaces the rows of the connection's temporary table temp.given_pay_stats (created on first
// use; a read-only connection may write its temporary tables) with `rows`, each holding one cell
// per column of given_pay_stats_columns(), bound as values. Throws DatabaseError.
void store_given_pay_stats(Database& db, const std::vector<std::vector<Cell>>& rows);

// The statistics (PayFigures::statistics(min_n, confidence): one row per group in the columns of
// given_pay_stats_columns()) of the rows (grp, pay_source, pay) of `values_sql` run with
// `parameters`. The figures are held within `budget` when one is given (read a second time when
// they find no more room), else all of them. Throws DatabaseError.
std::vector<std::vector<Cell>> compute_pay_statistics(Database& db, std::string_view values_sql,
                                                      const QueryParameters& parameters,
                                                      std::int64_t min_n,
                                                      std::optional<double> confidence,
                                                      FigureBudget* budget = nullptr);

// The same for a values query prepared once (run once, or twice for a second pass, here).
std::vector<std::vector<Cell>> compute_pay_statistics(PreparedQuery& values,
                                                      const QueryParameters& parameters,
                                                      std::int64_t min_n,
                                                      std::optional<double> confidence,
                                                      FigureBudget* budget = nullptr);

}  // namespace jobsight
