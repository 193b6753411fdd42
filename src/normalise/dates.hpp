#pragma once
// Parsing the date formats postings use (SPEC 1.1) into calendar dates.

#include <optional>
#include <string>
#include <string_view>

namespace jobsight {

// A valid proleptic Gregorian calendar date.
struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31, valid for the month

  std::string iso() const;          // "2025-03-07"
  std::string month_key() const;    // "2025-03"
  std::string quarter_key() const;  // "2025-Q1"
  std::string year_key() const;     // "2025"
  friend bool operator==(const Date&, const Date&) = default;
};

// Parses, after trimming spaces: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` (time dropped),
// `YYYY-MM-DDTHH:MM:SS[.fff][Z|±hh:mm]` (the date as written, time dropped), and epoch seconds
// or milliseconds (9 or more digits; values of 100,000,000,000 and above are milliseconds),
// converted in UTC. All-digit text of fewer than 9 digits ("2024", "20250102") is refused: it is
// a year or a compact date, not a 1970 timestamp. The space form takes the same optional fraction
// and offset as the `T` form (pandas writes "2024-01-02 10:00:00+00:00"). The time must be
// well-formed (hour 00-23, minute 00-59, second 00-60, offset ±hh:mm with hh 00-23) even though it
// is dropped. Returns nullopt for anything else ("2025/01/02", "02/01/2025", "2025-1-2",
// "yesterday", a time without seconds), for impossible dates (2025-02-30) and for years outside
// 1900-2100.
std::optional<Date> parse_date(std::string_view text);

// Why parse_date refuses `text` when it has an accepted form but names no date it accepts, for a
// message: "there is no month 13", "February 2025 has 28 days", "year 1899 is outside
// 1900-2100", "the timestamp is after 2100". "" when the form itself is wrong ("yesterday",
// "2025/01/02") or the date is valid.
std::string date_range_problem(std::string_view text);

// True for a Gregorian leap year.
bool is_leap_year(int year);

}  // namespace jobsight
