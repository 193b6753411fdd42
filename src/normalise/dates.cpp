#include "normalise/dates.hpp"

#include <charconv>
#include <cstdint>
#include <cstdio>

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

// Checks `HH:MM:SS[.f+][Z|±hh:mm]`, the part after the date and its separator.
bool valid_time_suffix(std::string_view t) {
  const auto hour = fixed_digits(t, 0, 2);
  const auto minute = fixed_digits(t, 3, 2);
  const auto second = fixed_digits(t, 6, 2);
  if (!hour || !minute || !second || t[2] != ':' || t[5] != ':') return false;
  if (*hour > 23 || *minute > 59 || *second > 60) return false;  // 60: a leap second
  std::size_t pos = 8;
  if (pos < t.size() && t[pos] == '.') {
    const std::size_t first_digit = ++pos;
    while (pos < t.size() && is_ascii_digit(t[pos])) ++pos;
    if (pos == first_digit) return false;
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
      ((text[10] != 'T' && text[10] != ' ') || !valid_time_suffix(text.substr(11)))) {
    return "";
  }
  if (*month < 1 || *month > 12) return "there is no month " + std::to_string(*month);
  if (*year < kMinYear || *year > kMaxYear) {
    return "year " + std::to_string(*year) + " is outside " + std::to_string(kMinYear) + "-" +
           std::to_string(kMaxYear);
  }
  if (*day == 0) return "there is no day 0";
  return std::string(kMonthNames[*month - 1]) + " " + std::to_string(*year) + " has " +
         std::to_string(days_in_month(*year, *month)) + " days";
}

std::string Date::iso() const {
  return format_ints("%04d-%02d-%02d", year, month, day);
}

std::string Date::month_key() const {
  return format_ints("%04d-%02d", year, month);
}

std::string Date::quarter_key() const {
  return format_ints("%04d-Q%d", year, (month - 1) / 3 + 1);
}

std::string Date::year_key() const {
  return format_ints("%04d", year);
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
    if (!valid_time_suffix(text.substr(11))) return std::nullopt;
  }
  return make_date(*year, *month, *day);
}

}  // namespace jobsight
