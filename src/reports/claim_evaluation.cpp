// Claims tested on report rows (SPEC 4.1). A claim that cannot be tested is a row of the result
// with verdict error and the reason, never an exception: one typo must not hide the other
// verdicts. Only a failing database ends the check.
#include "reports/claim_evaluation.hpp"

#include <cmath>
#include <map>

#include "jobsight/error.hpp"
#include "reports/report_intervals.hpp"
#include "reports/segment_filters.hpp"
#include "reports/table_cells.hpp"
#include "util/text.hpp"

namespace jobsight {
namespace {

// The columns a claim may name: all but the interval columns.
std::string claimable_columns(const Table& table) {
  std::vector<std::string> names;
  for (const std::string& column : table.columns) {
    if (!column.ends_with("_ci_low") && !column.ends_with("_ci_high")) names.push_back(column);
  }
  return join(names);
}

// A cell as a row selector compares it: integers without decimals, reals in their shortest
// round-trip form, text as it is, NULL as "".
std::string cell_text(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* integer = std::get_if<std::int64_t>(&cell)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&cell)) return fmt::format("{}", *real);
  return "";
}

// A number for a note: whole numbers without decimals, others with two.
std::string short_number(double value) {
  if (std::fabs(value) >= 100 || value == std::floor(value)) return fmt::format("{:.0f}", value);
  return fmt::format("{:.2f}", value);
}

// The row's count of observations: n, else postings, else ai_n; NULL when it has none.
// The n behind `column` in `row`: the size of the group the statistic is taken over. ai_* and
// other_* columns of ai-premium have their own n (the premium both); a share of top-skills is
// taken over the period's postings; a growth over both years' postings; otherwise n, else
// postings.
Cell n_of(const Table& table, std::size_t row, const std::string& column) {
  auto count = [&](const std::string& name) -> std::optional<std::int64_t> {
    std::optional<std::size_t> c = column_index(table, name);
    if (!c) return std::nullopt;
    const auto* value = std::get_if<std::int64_t>(&table.rows[row][*c]);
    return value != nullptr ? std::optional<std::int64_t>(*value) : std::nullopt;
  };
  auto sum = [&](const std::string& a, const std::string& b) -> Cell {
    std::optional<std::int64_t> x = count(a), y = count(b);
    if (x && y) return Cell{*x + *y};
    return std::monostate{};
  };
  if (column.starts_with("ai_") && column_index(table, "ai_n")) {
    return table.rows[row][*column_index(table, "ai_n")];
  }
  if (column.starts_with("other_") && column_index(table, "other_n")) {
    return table.rows[row][*column_index(table, "other_n")];
  }
  if (column == "premium_pct" && column_index(table, "ai_n")) return sum("ai_n", "other_n");
  if (column == "share_pct" && column_index(table, "period_postings")) {
    return table.rows[row][*column_index(table, "period_postings")];
  }
  if (column.ends_with("_growth_pct")) {
    std::string group = column.substr(0, column.size() - std::string("_growth_pct").size());
    return sum(group + "_postings_prev", group + "_postings");
  }
  for (const char* name : {"n", "postings"}) {
    if (std::optional<std::size_t> c = column_index(table, name)) return table.rows[row][*c];
  }
  return std::monostate{};
}

ClaimEvaluation outcome(Verdict verdict, std::string note) {
  ClaimEvaluation evaluation;
  evaluation.verdict = verdict;
  evaluation.note = std::move(note);
  return evaluation;
}

// The rows Claim::row selects (all rows without a selector), or an error for an unknown column.
struct Selection {
  std::vector<std::size_t> rows;
  std::string error;
};

Selection select_rows(const Claim& claim, const Table& table) {
  Selection selection;
  if (claim.row.empty()) {
    for (std::size_t r = 0; r < table.rows.size(); ++r) selection.rows.push_back(r);
    return selection;
  }
  const std::size_t equals = claim.row.find('=');
  const std::string column(trim(claim.row.substr(0, equals)));
  const std::string wanted =
      to_lower(equals == std::string::npos ? "" : trim(claim.row.substr(equals + 1)));
  std::optional<std::size_t> c = column_index(table, column);
  if (!c) {
    selection.error = fmt::format("row {}: report {} has no column '{}'; its columns: {}",
                                  claim.row, claim.report, column, claimable_columns(table));
    return selection;
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (to_lower(cell_text(table.rows[r][*c])) == wanted) selection.rows.push_back(r);
  }
  return selection;
}

// What the claim's row is called in notes: "level=entry", or the row's first cell.
std::string row_label(const Table& table, std::size_t row) {
  return table.columns.empty() ? std::string() : cell_text(table.rows[row][0]);
}

ClaimEvaluation evaluate_one_row(const Claim& claim, const Table& table, std::size_t column,
                                 const Selection& selection) {
  if (selection.rows.empty()) {
    return outcome(Verdict::not_enough_data,
                   claim.row.empty() ? "the report has no rows for these filters"
                                     : "no row " + claim.row +
                                           " in the report (no data for it, or fewer than "
                                           "--min-n)");
  }
  if (selection.rows.size() > 1) {
    const std::string example =
        table.columns.front() + "=" + cell_text(table.rows[selection.rows.front()].front());
    return outcome(Verdict::error,
                   claim.row.empty()
                       ? fmt::format("the report has {} rows; say which with row, e.g. {}",
                                     selection.rows.size(), example)
                       : fmt::format("row {} matches {} rows; {} tests one row", claim.row,
                                     selection.rows.size(), claim_test_name(claim.test)));
  }
  const std::size_t r = selection.rows.front();
  const Cell& cell = table.rows[r][column];
  if (std::holds_alternative<std::string>(cell)) {
    return outcome(Verdict::error, fmt::format("column {} holds text ('{}'), not a number",
                                               claim.column, excerpt(std::get<std::string>(cell))));
  }
  ClaimEvaluation evaluation;
  evaluation.n = n_of(table, r, claim.column);
  evaluation.value = number_of(cell);
  const std::string n_text = std::holds_alternative<std::monostate>(evaluation.n)
                                 ? ""
                                 : " at n = " + cell_text(evaluation.n);
  if (!evaluation.value) {
    evaluation.verdict = Verdict::not_enough_data;
    evaluation.note = "no value in " + claim.column + " for " + row_label(table, r) + n_text;
    return evaluation;
  }
  std::optional<std::size_t> low = column_index(table, claim.column + "_ci_low");
  std::optional<std::size_t> high = column_index(table, claim.column + "_ci_high");
  Interval interval{*evaluation.value, *evaluation.value};
  if (low && high) {
    std::optional<double> l = number_of(table.rows[r][*low]);
    std::optional<double> h = number_of(table.rows[r][*high]);
    if (!l || !h) {
      evaluation.verdict = Verdict::not_enough_data;
      evaluation.note = "no interval for " + claim.column + n_text + " (n too small)";
      return evaluation;
    }
    interval = {*l, *h};
  } else if (std::holds_alternative<std::int64_t>(cell)) {
    evaluation.note = "a count: exact, no interval";
  } else {
    evaluation.verdict = Verdict::not_enough_data;
    evaluation.note = "the report gives no interval for " + claim.column;
    return evaluation;
  }
  evaluation.low = interval.low;
  evaluation.high = interval.high;
  evaluation.verdict = verdict_for(claim.test, interval, claim.value, claim.value2);
  return evaluation;
}

ClaimEvaluation evaluate_change(const Claim& claim, const Table& table, std::size_t column,
                                const Selection& selection, const ChangeInterval& change) {
  if (selection.rows.empty()) {
    return outcome(Verdict::not_enough_data, claim.row.empty()
                                                 ? "the report has no rows for these filters"
                                                 : "no row " + claim.row + " in the report");
  }
  const std::optional<std::size_t> period = column_index(table, "period");
  if (!period) {
    return outcome(Verdict::error,
                   fmt::format("report {} has no periods; {} compares the first and the last "
                               "period of ai-share, seniority-mix or top-skills",
                               claim.report, claim_test_name(claim.test)));
  }
  for (std::size_t i = 1; i < selection.rows.size(); ++i) {
    if (cell_text(table.rows[selection.rows[i]][*period]) <=
        cell_text(table.rows[selection.rows[i - 1]][*period])) {
      const std::size_t r = selection.rows[i];
      const std::string example =
          table.columns.size() > 2 ? table.columns[2] + "=" + cell_text(table.rows[r][2]) : "";
      return outcome(Verdict::error,
                     fmt::format("the rows repeat period {}; say which with row, e.g. {}",
                                 cell_text(table.rows[r][*period]), example));
    }
  }
  const std::size_t first = selection.rows.front(), last = selection.rows.back();
  if (selection.rows.size() == 1) {
    return outcome(Verdict::not_enough_data,
                   fmt::format("only one period ({}); {} compares the first and the last",
                               row_label(table, first), claim_test_name(claim.test)));
  }
  ClaimEvaluation evaluation;
  const Cell n_first = n_of(table, first, claim.column), n_last = n_of(table, last, claim.column);
  if (!std::holds_alternative<std::monostate>(n_first) &&
      !std::holds_alternative<std::monostate>(n_last)) {
    evaluation.n = cell_text(n_first) + "→" + cell_text(n_last);
  }
  for (std::size_t r : {first, last}) {
    if (std::holds_alternative<std::string>(table.rows[r][column])) {
      return outcome(Verdict::error,
                     fmt::format("column {} holds text ('{}'), not a number", claim.column,
                                 excerpt(cell_text(table.rows[r][column]))));
    }
  }
  std::optional<double> a = number_of(table.rows[first][column]);
  std::optional<double> b = number_of(table.rows[last][column]);
  if (!a || !b) {
    evaluation.verdict = Verdict::not_enough_data;
    evaluation.note =
        fmt::format("no value in {} for {}", claim.column, row_label(table, a ? last : first));
    return evaluation;
  }
  evaluation.value = *b - *a;
  const std::string periods =
      fmt::format("{} {} to {} {}", row_label(table, first), short_number(*a),
                  row_label(table, last), short_number(*b));
  Interval interval{*evaluation.value, *evaluation.value};
  if (column_index(table, claim.column + "_ci_low")) {
    std::optional<Interval> found = change(table, first, last);
    if (!found) {
      evaluation.verdict = Verdict::not_enough_data;
      evaluation.note = "no interval for the change in " + claim.column + " (" + periods + ")";
      return evaluation;
    }
    interval = *found;
  } else if (std::holds_alternative<std::int64_t>(table.rows[first][column]) &&
             std::holds_alternative<std::int64_t>(table.rows[last][column])) {
    evaluation.note = "counts: exact, no interval; ";
  } else {
    evaluation.verdict = Verdict::not_enough_data;
    evaluation.note = "the report gives no interval for " + claim.column + " (" + periods + ")";
    return evaluation;
  }
  evaluation.note += periods;
  evaluation.low = interval.low;
  evaluation.high = interval.high;
  evaluation.verdict = verdict_for(claim.test, interval, claim.value, claim.value2);
  return evaluation;
}

// The command line that shows the claim's numbers.
std::string command_line(const Claim& claim, const std::vector<std::string>& words,
                         double confidence) {
  std::string command = fmt::format("jobsight report {}", quote_shell_word(claim.report));
  bool ci = false, confidence_given = false;
  for (const std::string& word : words) {
    command += ' ';
    command += quote_shell_word(word);
    ci = ci || word == "--ci";
    confidence_given =
        confidence_given || word == "--confidence" || word.starts_with("--confidence=");
  }
  if (!ci) command += " --ci";
  if (!confidence_given && confidence != 0.95)
    command += fmt::format(" --confidence {}", confidence);
  return command;
}

Cell optional_cell(std::optional<double> value) {
  return value ? Cell(*value) : Cell(std::monostate{});
}

}  // namespace

std::string verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::supported:
      return "supported";
    case Verdict::contradicted:
      return "contradicted";
    case Verdict::inconclusive:
      return "inconclusive";
    case Verdict::not_enough_data:
      return "not enough data";
    case Verdict::error:
      return "error";
  }
  return "error";
}

Verdict verdict_for(ClaimTest test, const Interval& interval, std::optional<double> value,
                    std::optional<double> value2) {
  // Every test is "x >= lower and x <= upper" for some bounds, either of them open.
  double lower = -INFINITY, upper = INFINITY;
  switch (test) {
    case ClaimTest::between:
      lower = value.value_or(-INFINITY);
      upper = value2.value_or(INFINITY);
      break;
    case ClaimTest::at_least:
      lower = value.value_or(-INFINITY);
      break;
    case ClaimTest::at_most:
      upper = value.value_or(INFINITY);
      break;
    case ClaimTest::rising:
      lower = value.value_or(0);
      break;
    case ClaimTest::falling:
      upper = -value.value_or(0);
      break;
  }
  if (interval.low >= lower && interval.high <= upper) return Verdict::supported;
  if (interval.high < lower || interval.low > upper) return Verdict::contradicted;
  return Verdict::inconclusive;
}

std::string expected_text(const Claim& claim) {
  const std::string value = claim.value ? fmt::format("{}", *claim.value) : "";
  switch (claim.test) {
    case ClaimTest::between:
      return value + " to " + (claim.value2 ? fmt::format("{}", *claim.value2) : "");
    case ClaimTest::at_least:
      return ">= " + value;
    case ClaimTest::at_most:
      return "<= " + value;
    case ClaimTest::rising:
      return claim.value ? "rising by >= " + value : "rising";
    case ClaimTest::falling:
      return claim.value ? "falling by >= " + value : "falling";
  }
  return "";
}

ClaimEvaluation evaluate_claim(const Claim& claim, const Table& table,
                               const ChangeInterval& change) {
  std::optional<std::size_t> column = column_index(table, claim.column);
  if (!column || claim.column.ends_with("_ci_low") || claim.column.ends_with("_ci_high")) {
    return outcome(Verdict::error,
                   fmt::format("report {} has no column '{}'; its columns: {}", claim.report,
                               claim.column, claimable_columns(table)));
  }
  Selection selection = select_rows(claim, table);
  if (!selection.error.empty()) return outcome(Verdict::error, selection.error);
  if (claim.test == ClaimTest::rising || claim.test == ClaimTest::falling) {
    return evaluate_change(claim, table, *column, selection, change);
  }
  return evaluate_one_row(claim, table, *column, selection);
}

Table check_claims(Database& db, const std::vector<Claim>& claims,
                   const FilterParser& parse_filters, double confidence) {
  confidence = confidence_of(confidence);
  Table result;
  result.columns = {"id",    "claim",  "report",  "row", "column",  "test",    "expected",
                    "value", "ci_low", "ci_high", "n",   "verdict", "command", "note"};
  // Claims often share a report and its filters (four levels of one pay-by-level table).
  std::map<std::string, Table> reports;
  for (const Claim& claim : claims) {
    ClaimEvaluation evaluation;
    std::string command = "jobsight report " + quote_shell_word(claim.report) +
                          (claim.filters.empty() ? "" : " " + claim.filters) + " --ci";
    try {
      std::vector<std::string> words;
      ReportFilters filters;
      try {
        words = split_shell_words(claim.filters);
        filters = parse_filters(words);
      } catch (const DatabaseError&) {
        throw;
      } catch (const Error& e) {
        throw Error(std::string("filters: ") + e.what());
      }
      filters.ci = true;
      const double claim_confidence =
          filters.confidence ? confidence_of(*filters.confidence) : confidence;
      if (!filters.confidence && confidence != 0.95) filters.confidence = confidence;
      command = command_line(claim, words, confidence);
      std::string key = claim.report;
      for (const std::string& word : words) key += '\x1f' + word;
      key += fmt::format("\x1f{}", claim_confidence);
      auto found = reports.find(key);
      if (found == reports.end()) {
        found = reports.emplace(key, run_report(db, claim.report, filters)).first;
      }
      evaluation =
          evaluate_claim(claim, found->second, [&](const Table& t, std::size_t a, std::size_t b) {
            return change_interval(claim.report, claim.column, t, a, b, claim_confidence);
          });
    } catch (const DatabaseError&) {
      throw;
    } catch (const Error& e) {
      evaluation = outcome(Verdict::error, e.what());
    }
    result.rows.push_back({claim.id, claim.claim, claim.report, claim.row, claim.column,
                           std::string(claim_test_name(claim.test)), expected_text(claim),
                           optional_cell(evaluation.value), optional_cell(evaluation.low),
                           optional_cell(evaluation.high), evaluation.n,
                           verdict_name(evaluation.verdict), command, evaluation.note});
  }
  return result;
}

}  // namespace jobsight
