#include "reports/table_cells.hpp"

#include <cmath>
#include <cstdint>

namespace jobsight {

std::optional<std::size_t> column_index(const Table& table, std::string_view name) {
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c] == name) return c;
  }
  return std::nullopt;
}

std::optional<double> number_of(const Cell& cell) {
  if (const auto* integer = std::get_if<std::int64_t>(&cell)) return static_cast<double>(*integer);
  if (const auto* real = std::get_if<double>(&cell)) {
    if (std::isfinite(*real)) return *real;
  }
  return std::nullopt;
}

}  // namespace jobsight
