#pragma once
// Parsing pay amounts, pay periods and currency codes (SPEC 2.2).

#include <optional>
#include <string>
#include <string_view>

namespace jobsight {

enum class PayPeriod { hour, day, week, month, year };

// Parses a pay amount as people write it: "120000", "120000.50", "120,000", "$120,000",
// "120k"/"120K" (thousands), "1.2e5", surrounding spaces, a leading or trailing currency symbol
// ($ € £ ¥ ₹). Only `,` is a thousands separator and only `.` a decimal point.
// Returns nullopt for empty text, text that is not a number, negative numbers, zero, NaN and
// infinities.
std::optional<double> parse_amount(std::string_view text);

// Parses a pay period, case-insensitive: hour/hourly/hr/per hour, day/daily, week/weekly,
// month/monthly/mo, year/yearly/annual/annually/yr/per annum. Empty text is nullopt too;
// callers treat empty as "year" (SPEC 2.2) and non-empty nullopt as unknown.
std::optional<PayPeriod> parse_pay_period(std::string_view text);

// Hours/days/weeks/months in a year as SPEC 2.2 fixes them: 2080, 260, 52, 12, 1.
double periods_per_year(PayPeriod period);

// Canonical lower-case name: "hour", "day", "week", "month", "year".
std::string_view to_string(PayPeriod period);

// Normalises a currency as given: trims, upper-cases three-letter codes, and maps the
// unambiguous symbols € -> EUR, £ -> GBP, ₹ -> INR, ¥ -> JPY, and "$" / "US$" -> USD.
// Returns nullopt when the text is empty or not a 3-letter code or known symbol.
std::optional<std::string> normalise_currency(std::string_view text);

}  // namespace jobsight
