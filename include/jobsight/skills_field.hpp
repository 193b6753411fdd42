#pragma once
// Splitting a postings' skills field into skill names (SPEC 2.3).

#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// Splits on `;`, `,` or `|`, or parses a JSON / Python-style list (`["a", "b"]`, `['a', 'b']`);
// trims each item, drops empty ones and keeps the order. Duplicates are kept (the caller
// removes them after mapping aliases).
std::vector<std::string> split_skills(std::string_view field);

}  // namespace jobsight
