#pragma once
// Checking published claims against the reports (SPEC 4.1): the claims file, and one verdict per
// claim (public API).

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/reports.hpp"
#include "jobsight/table.hpp"

namespace jobsight {

// What a claim says about its column: within [value, value2], at least value, at most value, or
// rising / falling from the first to the last period (by at least `value` when given).
enum class ClaimTest { between, at_least, at_most, rising, falling };

// "between", "at_least", "at_most", "rising", "falling".
std::string_view claim_test_name(ClaimTest test);

// One row of a claims file.
struct Claim {
  std::string id;       // unique in the file
  std::string claim;    // the sentence, as published
  std::string source;   // where it was published; may be empty
  std::string report;   // a report name, e.g. "pay-by-level" (checked when the claim runs)
  std::string filters;  // report options as typed in a shell, e.g. "--ai --country US"
  std::string row;      // "COLUMN=VALUE" selecting the row (e.g. "level=entry"), or empty
  std::string column;   // the report column tested, e.g. "median"
  ClaimTest test = ClaimTest::between;
  // between, at_least, at_most: the bound (always set); rising, falling: the smallest change
  // that counts, in the column's unit (>= 0), or nothing for any change.
  std::optional<double> value;
  std::optional<double> value2;  // between: the upper bound (>= value); nothing otherwise
  std::size_t line = 0;          // line of the file the claim starts on
};

// The claims of the CSV file read from `in`, which messages call `name`. The header names the
// columns in any order and any case: id, claim, report, column, test and value must be there;
// source, filters, row and value2 may be left out (then they are empty); other columns are
// ignored. Blank lines are skipped. Throws jobsight::Error "NAME:LINE: column 'C' (K): what is
// wrong" (K the field's 1-based position) for: a file that is empty, not CSV text or has no
// claims; a header without a required column, or with one twice; a CSV syntax error (an
// unterminated quote) or a record with more fields than the header; an empty id, claim, report,
// column or test; an id used twice; a test other than the five; a value or value2 that is not a
// plain number ("90k"); between, at_least or at_most without a value; between without a value2,
// or a value2 less than value; a value2 on another test; a negative value on rising or falling; a
// row that is not COLUMN=VALUE.
std::vector<Claim> read_claims(std::istream& in, const std::string& name);

// read_claims on the file at `path` (named `path` in messages). Throws jobsight::Error when the
// file cannot be opened, or as read_claims does.
std::vector<Claim> read_claims_file(const std::string& path);

// `text` split into words as a POSIX shell splits a command line (without expansions): blanks
// separate words; 'single quotes' keep everything; "double quotes" keep everything but a
// backslash before ", \, $ or `; an unquoted backslash keeps the next character. Quotes may sit
// inside a word (--title='machine learning' is one word). Throws jobsight::Error for an
// unterminated quote or a trailing backslash.
std::vector<std::string> split_shell_words(std::string_view text);

// `word` as a shell reads it back as one word: as it is when it holds only letters, digits and
// `-_./:=,+@%`, else in single quotes ('it'\''s'); '' for an empty word.
std::string quote_shell_word(std::string_view word);

// Turns a claim's filter words (split_shell_words of Claim::filters) into report filters, or
// throws jobsight::Error saying what is wrong with them. The command line passes its own option
// parser, so a claim takes exactly the options `jobsight report` takes.
using FilterParser = std::function<ReportFilters(const std::vector<std::string>& words)>;

// Runs every claim's report with intervals (--ci, at the claim's --confidence or else
// `confidence`) and tests the claim on it. Returns one row per claim, in order, with the columns
// id, claim, report, row, column, test, expected ("90000 to 120000", ">= 170000", "rising"),
// value, ci_low, ci_high, n, verdict, command, note:
// - value, ci_low, ci_high: the cell and its interval; for rising/falling the change last − first
//   and the interval of that change. A count the report gives no interval for (an integer
//   column such as postings) is exact: its interval is the value itself.
// - n: the row's `n`, else `postings`, else `ai_n` (an integer); for rising/falling the text
//   "FIRST→LAST" of both periods' n.
// - verdict: supported (the whole interval passes the test; a bound it touches counts as
//   passing), contradicted (none of it does), inconclusive (it straddles), "not enough data" (no
//   such row, an empty cell, no interval for this n, fewer than two periods), or error (an unknown
//   report, column or row column, filters the report refuses or that do not parse, a row selector
//   matching several rows for between/at_least/at_most): the note says why; the other claims
//   still run.
// - command: the `jobsight report ...` line that shows the numbers (the claim's filters and --ci).
// Reports with the same name and filters run once. Throws jobsight::Error for a confidence other
// than 0.90, 0.95 or 0.99, and DatabaseError when the database fails.
Table check_claims(Database& db, const std::vector<Claim>& claims,
                   const FilterParser& parse_filters, double confidence = 0.95);

}  // namespace jobsight
