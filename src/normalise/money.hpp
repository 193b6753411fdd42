#pragma once
// Parsing pay amounts, pay periods and currency codes (SPEC 2.2).

#include <optional>
#include <string>
#include <string_view>

namespace jobsight {

enum class PayPeriod { hour, day, week, month, year };

// Parses a pay amount as people write it: "120000", "120000.50", "120,000", "$120,000",
// "120k"/"120K" (thousands), "1.2e5", surrounding spaces, a leading or trailing currency symbol
// ($ € £ ¥ ₹, at most one, spaces allowed between it and the number). Only `,` is a thousands
// separator and only `.` a decimal point; commas must group digits the Western way (1,234,567)
// or the Indian way (12,34,567), so "12,34,5" and "1,2" are rejected as ambiguous. `k` cannot
// follow an exponent, and other suffixes (M, "USD") are not amounts.
// Returns nullopt for empty text, text that is not a number, negative numbers, signs, zero,
// NaN, infinities and values too large or too small for a double ("1e400", "1e-400").
std::optional<double> parse_amount(std::string_view text);

// Parses a pay period, case-insensitive after trimming: hour/hours/hourly/hr/hrs,
// day/days/daily, week/weeks/weekly/wk, month/months/monthly/mo/mth,
// year/years/yearly/annual/annually/annum/yr/yrs, each optionally after "per ", "a " or "/"
// ("per hour", "a year", "/hr", "per annum"). "biweekly" and the like are unknown (nullopt).
// Empty text is nullopt too; callers treat empty as "year" (SPEC 2.2) and non-empty nullopt as
// unknown.
std::optional<PayPeriod> parse_pay_period(std::string_view text);

// Hours/days/weeks/months in a year as SPEC 2.2 fixes them: 2080, 260, 52, 12, 1.
double periods_per_year(PayPeriod period);

// Canonical lower-case name: "hour", "day", "week", "month", "year".
std::string_view to_string(PayPeriod period);

// Normalises a currency as given: trims, upper-cases three-letter codes (ASCII letters; an
// unknown code such as "XYZ" is returned as is and the fx table decides), and maps the
// unambiguous symbols € -> EUR, £ -> GBP, ₹ -> INR, ¥ -> JPY, "$" / "US$" -> USD,
// "A$" / "AU$" -> AUD, "C$" / "CA$" -> CAD, "S$" -> SGD and "R$" -> BRL (case-insensitive).
// Returns nullopt when the text is empty or not a 3-letter code or known symbol ("dollars").
std::optional<std::string> normalise_currency(std::string_view text);

}  // namespace jobsight
