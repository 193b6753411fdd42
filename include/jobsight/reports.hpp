#pragma once
// The canned trend reports (SPEC 4): their catalogue, filters and running them (public API).

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/table.hpp"

namespace jobsight {

struct ReportInfo {
  std::string name;                  // "ai-share"
  std::string one_row_per;           // "period"
  std::string description;           // one sentence
  std::vector<std::string> options;  // the filter options it takes, e.g. "--from", "--min-n"
  // Options refused because they would leave the report's own grouping meaningless, each with
  // the reason: {"--level", "it counts postings per level"}.
  std::vector<std::pair<std::string, std::string>> refused;
};

// The message for a name nothing is called (a filter value; on the command line a command, an
// option or a report): "unknown country 'Grmany'; did you mean 'germany'? (a country name,
// ...)". `spellings` are every value it could have been; those closest to `value` by edit
// distance (ignoring ASCII case), when close enough to be a typo (one edit in up to three
// letters, two in longer ones), are suggested in lower case (at most three, alphabetically);
// `see_also` ends the message in brackets. Implemented in src/reports/segment_filters.cpp.
std::string unknown_value_message(std::string_view what, const std::string& value,
                                  const std::vector<std::string>& spellings,
                                  std::string_view see_also);

// Every report, in the order `report list` shows them.
const std::vector<ReportInfo>& report_catalogue();

// The report called `name`, or nullptr.
const ReportInfo* find_report(const std::string& name);

// The confidence of intervals when --confidence is not given (SPEC 3.1).
inline constexpr double kDefaultConfidence = 0.95;

// Filters and options as given on the command line; unset means no filter (or the default).
struct ReportFilters {
  std::optional<std::string> from;      // YYYY-MM-DD, inclusive
  std::optional<std::string> to;        // YYYY-MM-DD, inclusive
  std::optional<int> year;              // the whole year; cannot be combined with from/to
  std::optional<std::string> country;   // a country name, ISO alpha-2 or alpha-3 code
  std::optional<std::string> region;    // UN M49 sub-region, case-insensitive
  std::optional<std::string> industry;  // case-insensitive
  std::optional<std::string> period;    // month (default), quarter or year
  std::optional<int> min_n;             // smallest group shown (default 10)
  std::optional<std::string> source;    // pay reports: postings, observations or both (default)
  std::optional<std::string> by;  // pay-by-region: region|country; ai-growth: industry|country
  std::optional<int> top;         // top-skills: skills per period (default 10)

  // Segments (SPEC 3.2): which postings and observations a report looks at.
  std::optional<bool> ai;                      // true: AI roles only (--ai); false: the others
  std::optional<std::string> level;            // "senior", "intern,entry", "junior", "senior-plus"
  std::optional<std::string> skill;            // a skill or any alias; leaves observations out
  std::optional<std::string> title;            // whole words in the title, any case
  std::optional<std::string> remote;           // onsite, hybrid or remote
  std::optional<std::string> employment_type;  // full-time, part-time, contract, ...

  // Uncertainty (SPEC 3.1): interval columns <column>_ci_low/_ci_high beside every statistic.
  bool ci = false;
  std::optional<double> confidence;  // 0.90, 0.95 (kDefaultConfidence) or 0.99
};

// Checks `filters` for report `name` without touching a database: throws jobsight::Error for an
// unknown report, an option the report does not take by its catalogue entry ("report ai-share
// does not take --top"; a segment that leaves the report's grouping meaningless, such as --level
// on seniority-mix, is refused with the reason), an invalid date, period, source, by, top, min-n,
// level, remote or confidence value, or --year combined with --from/--to.
void check_report_filters(const std::string& name, const ReportFilters& filters);

// Runs report `name` with `filters` and returns its rows (for `summary`, the digest as rows of
// topic, item, value, n). Throws jobsight::Error as check_report_filters does, and
// DatabaseError when the database fails.
Table run_report(Database& db, const std::string& name, const ReportFilters& filters);

}  // namespace jobsight
