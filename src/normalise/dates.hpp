#pragma once
// Reading the date forms of SPEC 1.1 into calendar dates: parse_date for the strict
// machine-written forms, DateReader for the cells of one file (day-month order, --as-of).

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

// The strict forms only, for text a program wrote: after trimming spaces, `YYYY-MM-DD`,
// `YYYY-MM-DD HH:MM:SS` (time dropped), `YYYY-MM-DDTHH:MM:SS[.fff][Z|±hh:mm]` (the date as
// written, time dropped), and epoch seconds or milliseconds (9 or more digits; values of
// 100,000,000,000 and above are milliseconds), converted in UTC. All-digit text of fewer than 9
// digits ("2024", "20250102") is refused: it is a year or a compact date, not a 1970 timestamp.
// The space form takes the same optional fraction and offset as the `T` form (pandas writes
// "2024-01-02 10:00:00+00:00"). The time must be well-formed (hour 00-23, minute 00-59, second
// 00-60, offset ±hh:mm with hh 00-23) even though it is dropped. Returns nullopt for anything
// else ("2025/01/02", "02/01/2025", "2025-1-2", "yesterday", a time without seconds), for
// impossible dates (2025-02-30) and for years outside 1900-2100. The other forms of SPEC 1.1
// need a file's context and are read by DateReader.
std::optional<Date> parse_date(std::string_view text);

// Why parse_date refuses `text` when it has an accepted form but names no date it accepts, for a
// message: "there is no month 13", "February 2025 has 28 days", "year 1899 is outside
// 1900-2100", "the timestamp is after 2100". "" when the form itself is wrong ("yesterday",
// "2025/01/02") or the date is valid.
std::string date_range_problem(std::string_view text);

// True for a Gregorian leap year.
bool is_leap_year(int year);

// The order of day and month in a numeric date such as 03/04/2024.
enum class DateOrder { dmy, mdy };

// "dmy" or "mdy": the --date-order spelling of `order`.
std::string_view date_order_name(DateOrder order);

// The --date-order value: "dmy" or "mdy" (any case, spaces trimmed); nullopt for anything else.
std::optional<DateOrder> parse_date_order(std::string_view text);

// The --as-of value: exactly `YYYY-MM-DD` (spaces trimmed), a valid date in 1900-2100; nullopt
// for anything else.
std::optional<Date> parse_as_of(std::string_view text);

// What one file's dates are read against.
struct DateOptions {
  std::optional<Date> as_of;       // --as-of: the day relative dates count back from
  std::optional<DateOrder> order;  // --date-order: the day-month order of numeric dates
};

// A date read from a cell, or why there is none.
struct DateResult {
  std::optional<Date> date;
  std::string problem;  // a whole reason quoting the text; "" when `date` is set
};

// Reads the dates of one file (SPEC 1.1, and the date or timestamp a salary survey's work_year
// may come from in 1.2: the year of the date read). Holds the day-month order the file settles
// on; every other form is read the same whatever the order. One reader per file.
//
// Forms, after trimming and an optional leading `Posted` or `Posted on` (any case); a time of
// day, fraction and zone are checked and dropped, never converted:
//  - `YYYY-MM-DD`, then optionally ` ` or `T` and `HH:MM[:SS[.fff]][Z|±hh:mm]`; `YYYY/MM/DD`;
//    `YYYYMMDD`; epoch seconds or milliseconds as parse_date (9 digits and more; 12 and more are
//    milliseconds; in effect 9-10 digits of seconds and 12-13 of milliseconds up to 2100).
//  - English month names, whole, in three letters or `Sept`, any case, a full stop allowed after
//    a short one: `April 10, 2026`, `Apr 10 2026`, `10 Apr 2026`, `10 April, 2026`,
//    `10-Apr-2026`, `10-APR-26`, a day may be `10th`; a weekday first (`Friday, ...`, `Fri ...`),
//    which must be the date's; after the year an optional `H:MM[:SS]` and zone (`GMT`, `+0000`):
//    RFC 2822 `Fri, 10 Apr 2026 13:01:02 GMT`.
//  - A month name and a day without a year (`Dec 20`, `20 Dec`): the latest such date on or
//    before --as-of.
//  - Numeric day-month dates `D/M/Y`, `D.M.Y`, `D-M-Y` with one- or two-digit day and month and a
//    two- or four-digit year, read in the file's order whatever the separator.
//  - Two-digit years are 20YY, wherever a year may have two digits.
//  - Relative dates counted back from --as-of: `Today`, `Just now`, `Yesterday`, and `N UNIT
//    ago` where N is digits, digits and `+` (`30+` is 30), `a`, `an` or `one`, and UNIT is
//    second(s)/sec(s)/s, minute(s)/min(s), hour(s)/hr(s)/h, day(s)/d, week(s)/wk(s)/w,
//    month(s)/mo(s), year(s)/yr(s)/y, written apart or joined to digits (`2d ago`, `3mo ago`; not
//    `m`, which could be minutes or months). Days and weeks count days; hours, minutes and seconds
//    count whole days (`5 hours ago` is --as-of, `48 hours ago` two days before); months and years
//    count calendar months, the day clamped to the month's end (1 month before 2026-03-31 is
//    2026-02-28).
// Dates must fall in 1900-2100.
class DateReader {
 public:
  // A reader with --as-of and --date-order as given; `options.order`, when set, settles the order.
  explicit DateReader(DateOptions options = {});

  // What a numeric day-month date (`DD/MM/YYYY`, `MM/DD/YY`, `DD.MM.YYYY`, `DD-MM-YYYY`, ...)
  // says about the order: dmy when only the day-month reading is a real date (its first number
  // is above 12), mdy when only the month-day reading is, nullopt when both or neither are or
  // `text` is not such a date. For a pre-scan of a file before its rows are read.
  static std::optional<DateOrder> order_shown_by(std::string_view text);

  // Fixes the day-month order (from --date-order, a pre-scan or the first deciding value); the
  // first call wins and later ones change nothing.
  void settle(DateOrder order);

  // The settled day-month order; nullopt while no value has decided it.
  std::optional<DateOrder> order() const { return order_; }

  // The date `text` stands for, or why not. A numeric day-month date seen before the order is
  // settled settles it when it decides it (order_shown_by), is read when both orders give the same
  // date, and is refused as ambiguous, naming --date-order, otherwise. Problems: "invalid date
  // '2024-13-01': there is no month 13", "ambiguous day and month in '03/04/2024': give
  // --date-order dmy or mdy", "'25/12/2024' disagrees with the file's month-day order", "'2 days
  // ago' is a relative date: give --as-of YYYY-MM-DD", "'Dec 20' has no year: give --as-of
  // YYYY-MM-DD", "invalid date 'soon' (expected ...)".
  DateResult read(std::string_view text);

 private:
  std::optional<Date> as_of_;
  std::optional<DateOrder> order_;
};

}  // namespace jobsight
