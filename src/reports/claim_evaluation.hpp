#pragma once
// Testing one claim on the rows of its report, without a database: the verdict rules of SPEC 4.1
// as pure functions (report layer).

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "jobsight/claims.hpp"
#include "jobsight/table.hpp"
#include "util/intervals.hpp"

namespace jobsight {

enum class Verdict { supported, contradicted, inconclusive, not_enough_data, error };

// "supported", "contradicted", "inconclusive", "not enough data", "error".
std::string verdict_name(Verdict verdict);

// How `interval` (the data's, or the change's for rising/falling) stands against the test: every
// point passes -> supported, none -> contradicted, else inconclusive. A point equal to a bound
// passes. between: value <= x <= value2; at_least: x >= value; at_most: x <= value; rising: the
// change >= value (0 when not given); falling: the change <= −value (0 when not given). Never
// returns not_enough_data or error.
Verdict verdict_for(ClaimTest test, const Interval& interval, std::optional<double> value,
                    std::optional<double> value2);

// What the claim expects, for people: "90000 to 120000", ">= 170000", "<= 5", "rising",
// "rising by >= 2", "falling", "falling by >= 2".
std::string expected_text(const Claim& claim);

// The interval of the change of a column from row `first` to row `last` of a table (for
// rising/falling); nullopt when there is none. check_claims passes change_interval.
using ChangeInterval =
    std::function<std::optional<Interval>(const Table& table, std::size_t first, std::size_t last)>;

// One claim tested on the rows of its report.
struct ClaimEvaluation {
  Verdict verdict = Verdict::error;
  std::optional<double> value;  // the cell, or the change last − first
  std::optional<double> low;    // its interval
  std::optional<double> high;
  Cell n;            // the row's n (integer), "FIRST→LAST" for rising/falling, or NULL
  std::string note;  // why, when the verdict is not_enough_data or error; the periods compared
};

// Tests `claim` on `table`, the rows of its report as run_report returns them with --ci: the row
// that Claim::row selects (its column's text form, integers without decimals, equal to VALUE in
// any ASCII case; no selector: the table's only row), the cell of Claim::column and the interval
// in <column>_ci_low/_ci_high; without interval columns, an integer cell (a count) is exact and
// any other is not_enough_data. rising/falling take the first and the last row the selector
// matches (all rows without one) and `change` of those rows, or the exact difference of two
// integer cells for a column without intervals. Returns verdict error for an
// unknown column or row column, a text cell, a selector matching several rows (or no selector
// and several rows) for between/at_least/at_most; not_enough_data for no matching row, an empty
// cell, a missing interval or fewer than two rows for rising/falling.
ClaimEvaluation evaluate_claim(const Claim& claim, const Table& table,
                               const ChangeInterval& change);

}  // namespace jobsight
