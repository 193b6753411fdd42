#pragma once
// Why a CSV row was rejected: a value, not an exception (bad rows are data).

#include <string>

namespace jobsight {

// The column at fault (a canonical field name, "" when the row as a whole is at fault) and the
// reason, e.g. {"posted_date", "posted_date is empty"}.
struct RowProblem {
  std::string column;
  std::string reason;
};

}  // namespace jobsight
