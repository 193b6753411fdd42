// Text of CSV fields: numbers, dates, times, amounts and RFC 4180 quoting, appended to a string
// (fast, locale-free). Written here rather than taken from src/, see README.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "random.hpp"

namespace jobsight_generate {

// Appends v in decimal ("-12", "0", "2024").
void append_int(std::string& out, std::int64_t v);

// Appends v in decimal, left-padded with zeros to at least `width` digits.
void append_padded(std::string& out, std::uint64_t v, int width);

// Appends the date as YYYY-MM-DD.
void append_date(std::string& out, const Civil& c);

// Appends a time of day, 0 <= seconds_of_day < 86400, as HH:MM:SS.
void append_time(std::string& out, int seconds_of_day);

// Appends v as one RFC 4180 field: quoted when it holds a comma, quote, CR or LF, with inner
// quotes doubled; as is otherwise.
void append_csv_field(std::string& out, std::string_view v);

// Appends a pay amount: with two decimals when |v| < 100 (hourly-sized), otherwise rounded to a
// whole number; halves round away from zero.
void append_amount(std::string& out, double v);

}  // namespace jobsight_generate
