#pragma once
// Pay statistics the program computed, handed to the report SQL (storage layer).

#include <string>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/table.hpp"

namespace jobsight {

// The columns of temp.given_pay_stats, in order: those of sql/reports/_pay_stats_given.sql.
const std::vector<const char*>& given_pay_stats_columns();

// The same columns as SQL text, "grp, n, p25, ...".
const std::string& given_pay_stats_column_list();

// Replaces the rows of the connection's temporary table temp.given_pay_stats (created on first
// use; a read-only connection may write its temporary tables) with `rows`, each holding one cell
// per column of given_pay_stats_columns(), bound as values. Throws DatabaseError.
void store_given_pay_stats(Database& db, const std::vector<std::vector<Cell>>& rows);

}  // namespace jobsight
