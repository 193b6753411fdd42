#pragma once
// A report's result: named columns and rows of typed cells. Rendering is the CLI's job.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace jobsight {

// NULL, an integer, a real number or text.
using Cell = std::variant<std::monostate, std::int64_t, double, std::string>;

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

}  // namespace jobsight
