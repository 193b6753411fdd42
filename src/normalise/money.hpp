#pragma once
// Parsing pay amounts, pay periods and currency codes (SPEC 2.2).

#include <optional>
#include <string>
#include <string_view>

namespace jobsight {

enum class PayPeriod { hour, day, week, biweek, month, year };

// Reads a bare number as people write it in any locale (SPEC 2.2), times 10^`power_of_ten`
// rounded once (so "4.5" with 5 is exactly 450000). No spaces around it, no sign, no currency,
// no suffix. The rule:
// - Thousands separators are `,` `.` `'` (also U+2019), a space, NBSP (U+00A0) or narrow NBSP
//   (U+202F): "120,000", "60.000", "120'000", "60 000". A separator followed by exactly three
//   digits groups thousands; one number uses one kind, grouped the Western way (1,234,567) or,
//   with `,`, the Indian way (12,34,567); the first group is 1-3 digits and does not start
//   with 0.
// - `,` or `.` followed by one or two digits at the end is a decimal mark ("60.000,00",
//   "1,5", "120,000.50"), and must differ from the thousands separator. `.` followed by four or
//   more digits is a decimal mark too ("0.1234"); `,` followed by four or more is refused.
// - "1.234" and "1,234" are therefore 1234, and "0.125" (a zero group) is refused.
// - Also plain digits ("007"), ".5", "42.", and exponents after an ungrouped number ("1.2e5",
//   "12e-1"; only with `power_of_ten` 0).
// Returns nullopt for anything else ("1,2345", "1.234,567", "12,34,5", "1,,000", "120,"), for
// zero, and for results that are not finite or not normal doubles. `power_of_ten` is 0 to 18.
std::optional<double> parse_decimal(std::string_view text, int power_of_ten = 0);

// Parses one pay amount cell: a number under parse_decimal's locale rule ("120,000",
// "1,20,000", "60.000,00", "60 000", "120'000", "1.2e5"), after trimming spaces, tabs, CR, LF,
// NBSP and narrow NBSP, with at most one leading or trailing currency symbol ($ € £ ¥ ₹, spaces
// allowed between it and the number) and an optional `k`/`K` suffix right after the number
// (thousands: "120k", "85.5k", "1,200k"; not after an exponent). Other suffixes ("M", "USD",
// "per year") are not amounts here; parse_pay_text reads those.
// Returns nullopt for empty text, text that is not a number, ambiguous groupings, negative
// numbers, signs, zero, NaN, infinities and values too large or too small for a double.
std::optional<double> parse_amount(std::string_view text);

// Parses a pay period column's value, case-insensitive (ASCII and accented Latin letters) after
// trimming, ignoring `.` and `-` ("p.a." is "pa", "bi-weekly" is "biweekly"):
//   hour:   hour, hours, hourly, hr, hrs, ph, Stunde, heure, hora
//   day:    day, days, daily
//   week:   week, weeks, weekly, wk
//   biweek: biweekly, biweek
//   month:  month, months, monthly, mo, mth, Monat, monatlich, mois, mensuel, mes, mensual, mês,
//           mensal
//   year:   year, years, yearly, annual, annually, annum, yr, yrs, pa, Jahr, jährlich, an,
//           année, annuel, año, anual, ano
// each alone or after "per ", "a ", "an ", "pro ", "par ", "por ", "al ", "ao " or "/" ("per
// hour", "an hour", "a year", "/hr", "por mes", "par an"); "h" only after "/" ("/h").
// "fortnightly", "quarterly", "semimonthly" and the like are unknown (nullopt), as is empty
// text; callers treat empty as "year" (SPEC 2.2) and non-empty nullopt as unknown.
std::optional<PayPeriod> parse_pay_period(std::string_view text);

// Periods in a year as SPEC 2.2 fixes them: hour 2080, day 260, week 52, biweek 26, month 12,
// year 1.
double periods_per_year(PayPeriod period);

// Canonical lower-case name: "hour", "day", "week", "biweek", "month", "year".
std::string_view to_string(PayPeriod period);

// Normalises a currency as given: trims, upper-cases three-letter codes (ASCII letters; an
// unknown code such as "XYZ" is returned as is and the fx table decides), and maps the
// unambiguous symbols € -> EUR, £ -> GBP, ₹ / "Rs" / "Rs." -> INR, ¥ / "JP¥" -> JPY,
// "CN¥" -> CNY, zł -> PLN,
// "$" / "US$" -> USD, "A$" / "AU$" -> AUD, "C$" / "CA$" -> CAD, "S$" -> SGD, "NZ$" -> NZD,
// "HK$" -> HKD and "R$" -> BRL (case-insensitive). A bare "$" reads as USD here; callers that
// must treat it as the country's dollar (SPEC 2.2) ask is_bare_dollar first.
// Returns nullopt when the text is empty or not a 3-letter code or known symbol ("dollars").
std::optional<std::string> normalise_currency(std::string_view text);

// True when `text`, trimmed, is exactly "$": a dollar that SPEC 2.2 reads as the country's
// dollar when the country uses one, else USD.
bool is_bare_dollar(std::string_view text);

}  // namespace jobsight
