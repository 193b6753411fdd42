#include "normalise/dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <utility>
#include <vector>

#include "util/text.hpp"
#include "util/text_words.hpp"

namespace jobsight {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

// Reads exactly `count` digits at `pos`; nullopt when any of them is not a digit.
std::optional<int> fixed_digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!is_ascii_digit(text[i])) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

std::optional<Date> make_date(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  if (month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return Date{year, month, day};
}

// Howard Hinnant's civil_from_days: days since 1970-01-01 to a proleptic Gregorian date.
Date civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<std::int64_t>(z - era * 146097);
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const auto day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const auto month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const auto year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

std::optional<Date> parse_epoch(std::string_view digits) {
  // Fewer than 9 digits is before 1973-03-03: far more likely a year ("2024") or a compact
  // date ("20250102") than a posting timestamp, so it is refused rather than read as 1970.
  if (digits.size() < 9) return std::nullopt;
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  std::uint64_t seconds = value >= 100'000'000'000ULL ? value / 1000 : value;
  // 2101-01-01T00:00:00Z; anything later is out of range (and could overflow below).
  constexpr std::uint64_t kEndOfRange = 4'133'980'800ULL;
  if (seconds >= kEndOfRange) return std::nullopt;
  return civil_from_days(static_cast<std::int64_t>(seconds / 86400));
}

// Checks `HH:MM[:SS[.f+]][Z|±hh:mm]`, the part after the date and its separator; the seconds
// are required when `need_seconds`.
bool valid_time_suffix(std::string_view t, bool need_seconds) {
  const auto hour = fixed_digits(t, 0, 2);
  const auto minute = fixed_digits(t, 3, 2);
  if (!hour || !minute || t[2] != ':' || *hour > 23 || *minute > 59) return false;
  std::size_t pos = 5;
  if (pos < t.size() && t[pos] == ':') {
    const auto second = fixed_digits(t, 6, 2);
    if (!second || *second > 60) return false;  // 60: a leap second
    pos = 8;
    if (pos < t.size() && t[pos] == '.') {
      const std::size_t first_digit = ++pos;
      while (pos < t.size() && is_ascii_digit(t[pos])) ++pos;
      if (pos == first_digit) return false;
    }
  } else if (need_seconds) {
    return false;
  }
  if (pos == t.size()) return true;
  if (t[pos] == 'Z') return pos + 1 == t.size();
  if (t[pos] != '+' && t[pos] != '-') return false;
  const auto offset_hours = fixed_digits(t, pos + 1, 2);
  const auto offset_minutes = fixed_digits(t, pos + 4, 2);
  return offset_hours && offset_minutes && t[pos + 3] == ':' && pos + 6 == t.size() &&
         *offset_hours <= 23 && *offset_minutes <= 59;
}

std::string format_ints(const char* format, int a, int b = 0, int c = 0) {
  char buffer[48];
  const int n = std::snprintf(buffer, sizeof buffer, format, a, b, c);
  return std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
}

constexpr const char* kMonthNames[12] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};

// Why year-month-day is not a date in 1900-2100, checked in the order a reader would: the month,
// the year, then the day. "" when it is one.
std::string calendar_problem(int year, int month, int day) {
  if (month < 1 || month > 12) return "there is no month " + std::to_string(month);
  if (year < kMinYear || year > kMaxYear) {
    return "year " + std::to_string(year) + " is outside " + std::to_string(kMinYear) + "-" +
           std::to_string(kMaxYear);
  }
  if (day == 0) return "there is no day 0";
  if (day <= days_in_month(year, month)) return "";
  return std::string(kMonthNames[month - 1]) + " " + std::to_string(year) + " has " +
         std::to_string(days_in_month(year, month)) + " days";
}

}  // namespace

std::string date_range_problem(std::string_view text) {
  text = trim(text);
  if (text.empty() || parse_date(text)) return "";
  if (all_digits(text)) {
    // Only a long number that parse_epoch refuses for its size is a timestamp out of range.
    return text.size() >= 9 && text.size() <= 19 ? "the timestamp is after 2100" : "";
  }
  const auto year = fixed_digits(text, 0, 4);
  const auto month = fixed_digits(text, 5, 2);
  const auto day = fixed_digits(text, 8, 2);
  if (!year || !month || !day || text[4] != '-' || text[7] != '-') return "";
  if (text.size() > 10 &&
      ((text[10] != 'T' && text[10] != ' ') || !valid_time_suffix(text.substr(11), true))) {
    return "";
  }
  return calendar_problem(*year, *month, *day);
}

namespace {

// Whether the fields fit the fixed-width forms below (every Date a reader makes does: years
// 1900-2100); anything else goes through snprintf, which writes what it is.
bool fits_fixed_width(const Date& date) {
  return date.year >= 0 && date.year <= 9999 && date.month >= 0 && date.month <= 99 &&
         date.day >= 0 && date.day <= 99;
}

// Appends `value` (0 <= value < 10^width) as `width` digits with leading zeros.
void append_digits(std::string& out, int value, int width) {
  char digits[4];
  for (int i = width - 1; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(digits, static_cast<std::size_t>(width));
}

// "YYYY-MM", the start of the ISO forms (an import writes four keys a posting: no snprintf).
std::string year_month(const Date& date) {
  std::string text;
  text.reserve(10);
  append_digits(text, date.year, 4);
  text += '-';
  append_digits(text, date.month, 2);
  return text;
}

}  // namespace

std::string Date::iso() const {
  if (!fits_fixed_width(*this)) return format_ints("%04d-%02d-%02d", year, month, day);
  std::string text = year_month(*this);
  text += '-';
  append_digits(text, day, 2);
  return text;
}

std::string Date::month_key() const {
  if (!fits_fixed_width(*this)) return format_ints("%04d-%02d", year, month);
  return year_month(*this);
}

std::string Date::quarter_key() const {
  if (!fits_fixed_width(*this) || month < 1 || month > 12) {
    return format_ints("%04d-Q%d", year, (month - 1) / 3 + 1);
  }
  std::string text;
  append_digits(text, year, 4);
  text += "-Q";
  text += static_cast<char>('0' + (month - 1) / 3 + 1);
  return text;
}

std::string Date::year_key() const {
  if (!fits_fixed_width(*this)) return format_ints("%04d", year);
  std::string text;
  append_digits(text, year, 4);
  return text;
}

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

std::optional<Date> parse_date(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;

  if (all_digits(text)) return parse_epoch(text);

  const auto year = fixed_digits(text, 0, 4);
  const auto month = fixed_digits(text, 5, 2);
  const auto day = fixed_digits(text, 8, 2);
  if (!year || !month || !day || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (text.size() > 10) {
    if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
    if (!valid_time_suffix(text.substr(11), true)) return std::nullopt;
  }
  return make_date(*year, *month, *day);
}

// ---- DateReader: every form of SPEC 1.1 ----

namespace {

// Howard Hinnant's days_from_civil: a proleptic Gregorian date to days since 1970-01-01.
std::int64_t days_from_civil(int year, int month, int day) {
  const std::int64_t y = year - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// 0 for Monday ... 6 for Sunday (1970-01-01 was a Thursday).
int weekday_of(const Date& date) {
  const std::int64_t days = days_from_civil(date.year, date.month, date.day);
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

constexpr const char* kWeekdayNames[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};

// "2026-04-10 is a Friday, not a Thursday" when the text names another weekday than the date's;
// "" when it names none or the right one.
std::string weekday_problem(const Date& date, std::optional<int> weekday) {
  if (!weekday || *weekday == weekday_of(date)) return "";
  return date.iso() + " is a " + kWeekdayNames[weekday_of(date)] + ", not a " +
         kWeekdayNames[*weekday];
}

// The unit of a relative date ("5 hours ago").
enum class Unit { second, minute, hour, day, week, month, year };

// The shape of a date's text, before the file's order and --as-of resolve it.
enum class Form {
  unknown,     // not a form of SPEC 1.1
  calendar,    // year, month and day written (maybe out of range)
  late_epoch,  // an epoch timestamp after 2100
  numeric,     // DD/MM/YYYY or MM/DD/YYYY and kin: first, second and year
  no_year,     // a month name and a day: month and day
  relative,    // count units ago
};

struct Written {
  Form form = Form::unknown;
  int year = 0;
  int month = 0;
  int day = 0;
  int first = 0;               // numeric: the number before the first separator
  int second = 0;              // numeric: the number before the second separator
  std::optional<int> weekday;  // 0 Monday ... 6 Sunday, when the text names one
  Unit unit = Unit::day;
  std::int64_t count = 0;
};

// A written year, month and day (maybe out of range), with the weekday the text names if any.
Written calendar(int year, int month, int day, std::optional<int> weekday = std::nullopt) {
  Written w;
  w.form = Form::calendar;
  w.year = year;
  w.month = month;
  w.day = day;
  w.weekday = weekday;
  return w;
}

// A 4-digit year as it is, a 2-digit one as 20YY; nullopt for any other length.
std::optional<int> year_of(std::string_view digits) {
  if ((digits.size() != 4 && digits.size() != 2) || !all_digits(digits)) return std::nullopt;
  const int value = *fixed_digits(digits, 0, digits.size());
  return digits.size() == 2 ? 2000 + value : value;
}

// 1-12 for an English month name, whole or in three letters ("sept" too), lower case.
std::optional<int> month_of(std::string_view word) {
  if (word == "sept") return 9;
  static constexpr std::string_view kWords[12] = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (word == kWords[m] || word == kWords[m].substr(0, 3)) return m + 1;
  }
  return std::nullopt;
}

// 0-6 for an English weekday name, whole or in three letters, lower case.
std::optional<int> weekday_named(std::string_view word) {
  static constexpr std::string_view kWords[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                                 "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) {
    if (word == kWords[d] || word == kWords[d].substr(0, 3)) return d;
  }
  return std::nullopt;
}

// Reads a run of 1 to `max` digits at `pos` and moves past it; nullopt when the run is empty or
// longer.
std::optional<int> digit_run(std::string_view t, std::size_t& pos, std::size_t max) {
  std::size_t end = pos;
  while (end < t.size() && is_ascii_digit(t[end])) ++end;
  if (end == pos || end - pos > max) return std::nullopt;
  const auto value = fixed_digits(t, pos, end - pos);
  pos = end;
  return value;
}

// `YYYYMMDD`, epoch seconds (9-11 digits) or milliseconds (12-13 digits; more is after 2100).
Written scan_all_digits(std::string_view t) {
  if (t.size() == 8) {
    return calendar(*fixed_digits(t, 0, 4), *fixed_digits(t, 4, 2), *fixed_digits(t, 6, 2));
  }
  if (std::optional<Date> date = parse_epoch(t)) {
    return calendar(date->year, date->month, date->day);
  }
  Written w;
  // As parse_date: only a number short enough to be a timestamp is one after 2100.
  if (t.size() >= 9 && t.size() <= 19) w.form = Form::late_epoch;
  return w;
}

// `YYYY-MM-DD` with an optional ` ` or `T` time `HH:MM[:SS[.fff]][Z|±hh:mm]`, or `YYYY/MM/DD`.
Written scan_year_first(std::string_view t) {
  Written w;
  const auto year = fixed_digits(t, 0, 4);
  const auto month = fixed_digits(t, 5, 2);
  const auto day = fixed_digits(t, 8, 2);
  if (!year || !month || !day || t[4] != t[7] || (t[4] != '-' && t[4] != '/')) return w;
  if (t.size() > 10) {
    if (t[4] != '-' || (t[10] != 'T' && t[10] != ' ')) return w;
    if (!valid_time_suffix(t.substr(11), false)) return w;
  }
  return calendar(*year, *month, *day);
}

// `N/N/YYYY`, `N.N.YYYY` or `N-N-YYYY` (or a 2-digit year), N one or two digits.
Written scan_numeric(std::string_view t) {
  Written w;
  std::size_t pos = 0;
  const auto first = digit_run(t, pos, 2);
  if (!first || pos >= t.size()) return w;
  const char separator = t[pos++];
  if (separator != '/' && separator != '.' && separator != '-') return w;
  const auto second = digit_run(t, pos, 2);
  if (!second || pos >= t.size() || t[pos] != separator) return w;
  const auto year = year_of(t.substr(pos + 1));
  if (!year) return w;
  w.form = Form::numeric;
  w.first = *first;
  w.second = *second;
  w.year = *year;
  return w;
}

// One word of the text: split at spaces, tabs and commas, lower case, with whether a comma
// followed it.
struct Token {
  std::string_view text;
  bool comma = false;
};

std::vector<Token> tokens_of(std::string_view lower) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  while (pos < lower.size()) {
    const char c = lower[pos];
    if (c == ' ' || c == '\t') {
      ++pos;
    } else if (c == ',') {
      if (tokens.empty() || tokens.back().comma) return {};  // a comma with nothing before it
      tokens.back().comma = true;
      ++pos;
    } else {
      const std::size_t start = pos;
      while (pos < lower.size() && lower[pos] != ' ' && lower[pos] != '\t' && lower[pos] != ',') {
        ++pos;
      }
      tokens.push_back({lower.substr(start, pos - start)});
    }
  }
  return tokens;
}

// The unit a relative date names: whole words, plurals and common short forms ("h", "hr", "d",
// "w", "wk", "mo", "yr", "y"). Not "m", which could be minutes or months.
std::optional<Unit> unit_of(std::string_view word) {
  static constexpr std::pair<std::string_view, Unit> kUnits[] = {
      {"s", Unit::second},      {"sec", Unit::second},     {"secs", Unit::second},
      {"second", Unit::second}, {"seconds", Unit::second}, {"min", Unit::minute},
      {"mins", Unit::minute},   {"minute", Unit::minute},  {"minutes", Unit::minute},
      {"h", Unit::hour},        {"hr", Unit::hour},        {"hrs", Unit::hour},
      {"hour", Unit::hour},     {"hours", Unit::hour},     {"d", Unit::day},
      {"day", Unit::day},       {"days", Unit::day},       {"w", Unit::week},
      {"wk", Unit::week},       {"wks", Unit::week},       {"week", Unit::week},
      {"weeks", Unit::week},    {"mo", Unit::month},       {"mos", Unit::month},
      {"month", Unit::month},   {"months", Unit::month},   {"y", Unit::year},
      {"yr", Unit::year},       {"yrs", Unit::year},       {"year", Unit::year},
      {"years", Unit::year}};
  for (const auto& [name, unit] : kUnits) {
    if (word == name) return unit;
  }
  return std::nullopt;
}

// The count at the start of a relative date's first word: digits with an optional `+` ("30+"
// counts as 30), or "a", "an", "one"; `rest` gets what follows the count ("d" of "2d"). Counts of
// more than 12 digits are read as 10^12, which is before 1900 in every unit.
std::optional<std::int64_t> count_of(std::string_view token, std::string_view& rest) {
  rest = {};
  if (token == "a" || token == "an" || token == "one") return 1;
  std::size_t pos = 0;
  while (pos < token.size() && is_ascii_digit(token[pos])) ++pos;
  if (pos == 0) return std::nullopt;
  std::int64_t count = 0;
  for (std::size_t i = 0; i < pos; ++i) {
    count = i < 12 ? count * 10 + (token[i] - '0') : 1'000'000'000'000;
  }
  if (pos < token.size() && token[pos] == '+') ++pos;
  rest = token.substr(pos);
  return count;
}

// `Today`, `Just now`, `Yesterday`, `N unit ago`, `Nunit ago`, `N+ unit ago`, `a unit ago`.
Written scan_relative(const std::vector<Token>& tokens) {
  Written w;
  for (const Token& token : tokens) {
    if (token.comma) return w;
  }
  auto relative = [&](Unit unit, std::int64_t count) {
    w.form = Form::relative;
    w.unit = unit;
    w.count = count;
    return w;
  };
  const std::size_t n = tokens.size();
  if (n == 1 && tokens[0].text == "today") return relative(Unit::day, 0);
  if (n == 1 && tokens[0].text == "yesterday") return relative(Unit::day, 1);
  if (n == 2 && tokens[0].text == "just" && tokens[1].text == "now") return relative(Unit::day, 0);
  if ((n != 2 && n != 3) || tokens[n - 1].text != "ago") return w;
  std::string_view rest;
  const std::optional<std::int64_t> count = count_of(tokens[0].text, rest);
  if (!count) return w;
  // "2d ago": the unit is in the count's token; "2 days ago": it is the next one.
  if ((n == 2) == rest.empty()) return w;
  const std::optional<Unit> unit = unit_of(n == 2 ? rest : tokens[1].text);
  return unit ? relative(*unit, *count) : w;
}

// A day of the month: one or two digits, maybe with "st", "nd", "rd" or "th".
std::optional<int> day_of(std::string_view word) {
  std::size_t pos = 0;
  const auto day = digit_run(word, pos, 2);
  if (!day) return std::nullopt;
  const std::string_view suffix = word.substr(pos);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
    return std::nullopt;
  }
  return day;
}

// A month word, allowing a full stop after a short form ("Apr.", "Sept.").
std::optional<int> month_word(std::string_view word) {
  if (word.size() > 1 && word.back() == '.' && word.size() <= 5) word.remove_suffix(1);
  return month_of(word);
}

// `H:MM`, `HH:MM` or `HH:MM:SS`, a time of day (checked, then dropped).
bool clock_of(std::string_view word) {
  std::size_t pos = 0;
  const auto hour = digit_run(word, pos, 2);
  if (!hour || *hour > 23 || pos >= word.size() || word[pos] != ':') return false;
  const auto minute = fixed_digits(word, pos + 1, 2);
  if (!minute || *minute > 59) return false;
  pos += 3;
  if (pos == word.size()) return true;
  const auto second = fixed_digits(word, pos + 1, 2);
  return word[pos] == ':' && second && *second <= 60 && pos + 3 == word.size();
}

// A zone after a time: letters ("gmt", "utc", "est") or `±hhmm` / `±hh:mm`.
bool zone_of(std::string_view word) {
  if (!word.empty() && word.size() <= 5 &&
      std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return true;
  }
  if (word.size() < 5 || (word[0] != '+' && word[0] != '-')) return false;
  const auto hours = fixed_digits(word, 1, 2);
  const std::size_t at = word.size() == 6 && word[3] == ':' ? 4 : 3;
  const auto minutes = fixed_digits(word, at, 2);
  return hours && minutes && *hours <= 23 && *minutes <= 59 && at + 2 == word.size();
}

// English month-name dates: `[Weekday[,]] Month D[,] [YY]YY`, `[Weekday[,]] D Month[,] [YY]YY`,
// `D-Mon-[YY]YY`, the first two without a year (`Dec 20`, `20 Dec`), and after a year an optional
// `HH:MM[:SS]` time and zone (RFC 2822 `Fri, 10 Apr 2026 13:01:02 GMT`). A comma may follow the
// weekday, and the word before the year.
Written scan_month_name(const std::vector<Token>& tokens) {
  Written w;
  const std::size_t n = tokens.size();
  std::size_t i = 0;
  if (std::optional<int> weekday = weekday_named(tokens[0].text)) {
    w.weekday = weekday;
    i = 1;
  }
  if (i >= n) return Written{};
  const std::string_view head = tokens[i].text;
  if (std::count(head.begin(), head.end(), '-') == 2) {
    const std::size_t dash1 = head.find('-');
    const std::size_t dash2 = head.find('-', dash1 + 1);
    const auto day = day_of(head.substr(0, dash1));
    const auto month = month_of(head.substr(dash1 + 1, dash2 - dash1 - 1));
    const auto year = year_of(head.substr(dash2 + 1));
    if (!day || !month || !year || tokens[i].comma) return Written{};
    w = calendar(*year, *month, *day, w.weekday);
    ++i;
  } else {
    if (i + 1 >= n || tokens[i].comma) return Written{};
    std::optional<int> month = month_word(head);
    std::optional<int> day;
    if (month) {
      day = day_of(tokens[i + 1].text);
    } else if ((day = day_of(head))) {
      month = month_word(tokens[i + 1].text);
    }
    if (!month || !day) return Written{};
    const bool comma = tokens[i + 1].comma;
    i += 2;
    if (i == n) {
      if (comma) return Written{};
      w.form = Form::no_year;
      w.month = *month;
      w.day = *day;
      return w;
    }
    const auto year = year_of(tokens[i].text);
    if (!year || tokens[i].comma) return Written{};
    w = calendar(*year, *month, *day, w.weekday);
    ++i;
  }
  if (i < n) {
    if (!clock_of(tokens[i].text) || tokens[i].comma) return Written{};
    ++i;
    if (i < n && zone_of(tokens[i].text) && !tokens[i].comma) ++i;
  }
  return i == n ? w : Written{};
}

// Drops a leading `Posted` or `Posted on` (any case) and the spaces after it.
std::string_view without_posted(std::string_view t) {
  auto drop_word = [](std::string_view& text, std::string_view word) {
    if (text.size() <= word.size() || to_lower(text.substr(0, word.size())) != word) return false;
    const char next = text[word.size()];
    if (next != ' ' && next != '\t') return false;
    text = trim(text.substr(word.size()));
    return true;
  };
  if (drop_word(t, "posted")) drop_word(t, "on");
  return t;
}

// The shape of `text` (trimmed, without `Posted`/`Posted on`).
// `text` without a clock time after the date and a space: "3/16/2024 9:00:00 AM" (Google
// Forms), "16.03.2024 14:00", "2024-03-16 9:00". The text as it is when it has none.
std::string_view without_clock_time(std::string_view text) {
  std::string_view rest = text;
  if (rest.size() > 2) {
    std::string tail = to_lower(rest.substr(rest.size() - 2));
    if (tail == "am" || tail == "pm") rest = trim(rest.substr(0, rest.size() - 2));
  }
  std::size_t space = rest.rfind(' ');
  if (space == std::string_view::npos || space == 0) return text;
  std::string_view time = rest.substr(space + 1);
  // H:MM or HH:MM, then optionally :SS and a fraction.
  std::size_t i = 0;
  while (i < time.size() && i < 2 && is_ascii_digit(time[i])) ++i;
  if (i == 0 || i >= time.size() || time[i] != ':') return text;
  std::size_t at = i + 1;
  if (at + 2 > time.size() || !is_ascii_digit(time[at]) || !is_ascii_digit(time[at + 1])) {
    return text;
  }
  at += 2;
  if (at < time.size() && time[at] == ':') {
    if (at + 3 > time.size() || !is_ascii_digit(time[at + 1]) || !is_ascii_digit(time[at + 2])) {
      return text;
    }
    at += 3;
    if (at < time.size() && time[at] == '.') {
      ++at;
      while (at < time.size() && is_ascii_digit(time[at])) ++at;
    }
  }
  if (at != time.size()) return text;
  // A time of day that exists: hour 0-23 (1-12 with AM/PM), minutes and seconds 0-59.
  auto number = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t k = from; k < from + count; ++k) value = value * 10 + (time[k] - '0');
    return value;
  };
  const bool twelve_hour = rest.size() < text.size();
  const int hour = number(0, i);
  if (hour > (twelve_hour ? 12 : 23) || (twelve_hour && hour == 0)) return text;
  if (number(i + 1, 2) > 59) return text;
  if (time.size() >= i + 6 && time[i + 3] == ':' && number(i + 4, 2) > 59) return text;
  return trim(rest.substr(0, space));
}

Written scan_date(std::string_view text);

// The date `text` is written as; one followed by a clock time is read without it.
Written scan(std::string_view text) {
  Written w = scan_date(text);
  if (w.form != Form::unknown) return w;
  std::string_view date = without_clock_time(text);
  return date.size() < text.size() ? scan_date(date) : w;
}

Written scan_date(std::string_view text) {
  text = without_posted(text);
  if (text.empty()) return Written{};
  if (all_digits(text)) return scan_all_digits(text);
  if (text.size() >= 10 && is_ascii_digit(text[0]) && is_ascii_digit(text[3]) &&
      (text[4] == '-' || text[4] == '/')) {
    return scan_year_first(text);
  }
  if (Written w = scan_numeric(text); w.form != Form::unknown) return w;
  const std::string lower = to_lower(text);
  const std::vector<Token> tokens = tokens_of(lower);
  if (tokens.empty()) return Written{};
  if (Written w = scan_relative(tokens); w.form != Form::unknown) return w;
  return scan_month_name(tokens);
}

// The two readings of a numeric date: day-month and month-day.
struct Readings {
  std::optional<Date> dmy;
  std::optional<Date> mdy;
};

Readings readings_of(const Written& w) {
  return {make_date(w.year, w.second, w.first), make_date(w.year, w.first, w.second)};
}

// "February has 29 days at most", "April has 30 days", "there is no day 0" for a day-month
// without a year; "" when some year has it.
std::string month_day_problem(int month, int day) {
  const int most = month == 2 ? 29 : days_in_month(2001, month);
  if (day == 0) return "there is no day 0";
  if (day <= most) return "";
  return std::string(kMonthNames[month - 1]) + " has " + std::to_string(most) + " days" +
         (month == 2 ? " at most" : "");
}

// The date `count` units before `as_of`, or nullopt when that is before 1900. Days, weeks and
// whole days of hours, minutes and seconds count back day by day; months and years count back
// calendar months, the day clamped to the month's end.
std::optional<Date> count_back(const Date& as_of, Unit unit, std::int64_t count) {
  if (unit == Unit::month || unit == Unit::year) {
    const std::int64_t months = unit == Unit::year ? count * 12 : count;
    const std::int64_t index = std::int64_t{as_of.year} * 12 + (as_of.month - 1) - months;
    if (index < std::int64_t{kMinYear} * 12) return std::nullopt;
    const auto year = static_cast<int>(index / 12);
    const int month = static_cast<int>(index % 12) + 1;
    return Date{year, month, std::min(as_of.day, days_in_month(year, month))};
  }
  std::int64_t days = count;
  if (unit == Unit::week) days = count * 7;
  if (unit == Unit::hour) days = count / 24;
  if (unit == Unit::minute) days = count / (24 * 60);
  if (unit == Unit::second) days = count / (24 * 60 * 60);
  const std::int64_t target = days_from_civil(as_of.year, as_of.month, as_of.day) - days;
  if (target < days_from_civil(kMinYear, 1, 1)) return std::nullopt;
  return civil_from_days(target);
}

}  // namespace

std::string_view date_order_name(DateOrder order) {
  return order == DateOrder::dmy ? "dmy" : "mdy";
}

std::optional<DateOrder> parse_date_order(std::string_view text) {
  const std::string lower = to_lower(trim(text));
  if (lower == "dmy") return DateOrder::dmy;
  if (lower == "mdy") return DateOrder::mdy;
  return std::nullopt;
}

std::optional<Date> parse_as_of(std::string_view text) {
  text = trim(text);
  std::optional<Date> date = parse_date(text);
  if (!date || date->iso() != text) return std::nullopt;  // not epoch seconds, not a time
  return date;
}

DateReader::DateReader(DateOptions options) : as_of_(options.as_of), order_(options.order) {}

std::optional<DateOrder> DateReader::order_shown_by(std::string_view text) {
  const Written w = scan(trim(text));
  if (w.form != Form::numeric) return std::nullopt;
  const Readings readings = readings_of(w);
  if (readings.dmy && !readings.mdy) return DateOrder::dmy;
  if (readings.mdy && !readings.dmy) return DateOrder::mdy;
  return std::nullopt;
}

void DateReader::settle(DateOrder order) {
  if (!order_) order_ = order;
}

DateResult DateReader::read(std::string_view text) {
  text = trim(text);
  // The text as messages quote it, made only when a message needs it.
  auto quoted = [&] { return fmt::format("'{}'", excerpt(text)); };
  auto invalid = [&](const std::string& why) {
    return DateResult{std::nullopt, "invalid date " + quoted() + ": " + why};
  };
  auto refused = [](std::string problem) { return DateResult{std::nullopt, std::move(problem)}; };
  if (text.empty()) return refused("the date is empty");

  const Written w = scan(text);
  switch (w.form) {
    case Form::unknown:
      return refused("invalid date " + quoted() +
                     " (expected a form such as 2026-04-10, 2026-04-10T13:01:02Z, 10/04/2026, "
                     "Apr 10 2026, epoch seconds or 3 days ago)");
    case Form::late_epoch:
      return invalid("the timestamp is after 2100");
    case Form::calendar: {
      const std::optional<Date> date = make_date(w.year, w.month, w.day);
      if (!date) return invalid(calendar_problem(w.year, w.month, w.day));
      if (std::string why = weekday_problem(*date, w.weekday); !why.empty()) return invalid(why);
      return {date, ""};
    }
    case Form::numeric: {
      const Readings readings = readings_of(w);
      if (order_) {
        const bool dmy = *order_ == DateOrder::dmy;
        if (const std::optional<Date>& date = dmy ? readings.dmy : readings.mdy) return {date, ""};
        if (dmy ? readings.mdy : readings.dmy) {
          return refused(quoted() + " disagrees with the file's " +
                         (dmy ? "day-month" : "month-day") + " order");
        }
        return dmy ? invalid(calendar_problem(w.year, w.second, w.first))
                   : invalid(calendar_problem(w.year, w.first, w.second));
      }
      if (readings.dmy && readings.mdy) {
        if (*readings.dmy == *readings.mdy) return {readings.dmy, ""};
        return refused("ambiguous day and month in " + quoted() + ": give --date-order dmy or mdy");
      }
      if (readings.dmy) settle(DateOrder::dmy);
      if (readings.mdy) settle(DateOrder::mdy);
      if (readings.dmy || readings.mdy) return {readings.dmy ? readings.dmy : readings.mdy, ""};
      // Neither reading is a date: describe the one whose month is a month.
      return w.second >= 1 && w.second <= 12 ? invalid(calendar_problem(w.year, w.second, w.first))
                                             : invalid(calendar_problem(w.year, w.first, w.second));
    }
    case Form::no_year: {
      if (std::string why = month_day_problem(w.month, w.day); !why.empty()) return invalid(why);
      if (!as_of_) return refused(quoted() + " has no year: give --as-of YYYY-MM-DD");
      // The latest such date on or before --as-of: 29 February may be 8 years back.
      for (int year = as_of_->year; year >= as_of_->year - 8 && year >= kMinYear; --year) {
        const std::optional<Date> date = make_date(year, w.month, w.day);
        if (!date || days_from_civil(year, w.month, w.day) >
                         days_from_civil(as_of_->year, as_of_->month, as_of_->day)) {
          continue;
        }
        if (std::string why = weekday_problem(*date, w.weekday); !why.empty()) return invalid(why);
        return {date, ""};
      }
      return invalid("there is no such date from 1900 to --as-of " + as_of_->iso());
    }
    case Form::relative: {
      if (!as_of_) return refused(quoted() + " is a relative date: give --as-of YYYY-MM-DD");
      if (std::optional<Date> date = count_back(*as_of_, w.unit, w.count)) return {date, ""};
      return invalid("that is before 1900");
    }
  }
  return refused("invalid date " + quoted());
}

}  // namespace jobsight
