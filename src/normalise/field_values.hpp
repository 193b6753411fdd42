#pragma once
// Checking a --set FIELD=VALUE before an import starts (SPEC 1.3: the value goes through the
// same parsing as a cell, and one that does not parse refuses the import).

#include <string>
#include <string_view>

#include "normalise/dates.hpp"

namespace jobsight {

// Why `value` cannot be every row's `field` (a canonical field name of either import), or ""
// when it can: "'2024-13-01': invalid date '2024-13-01': there is no month 13", "'dollars' is
// not a currency code or symbol". Fields whose cells take any text (title, company, country,
// ...) accept any value. `dates` are the import's --as-of and --date-order.
std::string field_value_problem(std::string_view field, std::string_view value,
                                const DateOptions& dates);

}  // namespace jobsight
