#pragma once
// Reading report rows in the report layer: a column by name, a cell as a number. The one home
// for what summary, intervals, claims and pay statistics each need of a Table.

#include <cstddef>
#include <optional>
#include <string_view>

#include "jobsight/table.hpp"

namespace jobsight {

// The position of column `name` in `table`, or nullopt.
std::optional<std::size_t> column_index(const Table& table, std::string_view name);

// An integer or a finite real cell as a double; nullopt for NULL, text, NaN and infinities.
std::optional<double> number_of(const Cell& cell);

}  // namespace jobsight
