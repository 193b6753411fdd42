#pragma once
// Pay, the whole rule of SPEC 2.2 in one place: the figure a row's amounts give, a period's pay
// made annual, the currency that applies when none is given, the exchange rate (nearest year),
// the outlier bounds and what happened to the pay (PayStatus). Both the posting and the salary
// normaliser call normalise_pay; the parsing of one amount, period or currency is in money.hpp
// and the rates in fx_table.hpp.

#include <optional>
#include <string>
#include <string_view>

#include "normalise/fx_table.hpp"
#include "normalise/reference_data.hpp"

namespace jobsight {

// What happened to a row's pay (stored as pay_status in postings and salary_observations).
enum class PayStatus { converted, none, unknown_currency, unknown_period, invalid_amount };

// "converted", "none", "unknown_currency", "unknown_period", "invalid_amount".
std::string_view to_string(PayStatus status);

// Lowest and highest annual USD pay not flagged as an outlier (SPEC 2.2).
inline constexpr double kMinPlausiblePay = 1'000;
inline constexpr double kMaxPlausiblePay = 2'000'000;

// True when annual USD pay is below kMinPlausiblePay or above kMaxPlausiblePay: such pay is kept
// but flagged `pay_outlier` and left out of pay reports.
inline bool is_pay_outlier(double usd_annual) {
  return usd_annual < kMinPlausiblePay || usd_annual > kMaxPlausiblePay;
}

// A row's pay cells as written (trimmed); "" when the file has no such column or the cell is
// empty.
struct PayText {
  std::string_view salary_min;
  std::string_view salary_max;
  std::string_view salary;
  std::string_view salary_in_usd;  // salary surveys: annual pay already in US dollars
  std::string_view period;         // "" means per year
  std::string_view currency;
};

// A row's pay as normalised.
struct Pay {
  // The amounts that are valid numbers (parse_amount), as given.
  std::optional<double> salary_min, salary_max, salary, salary_in_usd;
  // The currency converted from when the pay was converted; otherwise the currency as given,
  // as a code when it can be read as one ("€" -> "EUR"), else the text itself ("" when none).
  std::string currency;
  // The period as a canonical name ("hour") once a figure's period is known; otherwise as given.
  std::string period;
  PayStatus status = PayStatus::none;
  std::optional<double> usd_annual;
  bool outlier = false;  // is_pay_outlier(usd_annual)
};

// The rule, in order:
// 1. A valid salary_in_usd is the annual USD pay as it is (converted).
// 2. Any of salary_min, salary_max, salary given but not a valid amount: invalid_amount.
// 3. The figure: the midpoint of salary_min and salary_max when both are given, else the one
//    given, else salary. None, with no amount at all given, is `none` (an invalid salary_in_usd
//    alone is invalid_amount).
// 4. The period: "" is a year; one parse_pay_period does not know is unknown_period. The figure
//    is multiplied by periods_per_year (2080 hours, 260 days, 52 weeks, 12 months).
// 5. The currency: the one given (normalise_currency), else the currency of `country` (the row's
//    country, nullptr when not known), else USD. Its rate is the fx table's for `year` or the
//    nearest year; no rate (or a currency that is not a code) is unknown_currency.
// 6. The annual USD pay is figure x periods x rate (converted), flagged as an outlier outside
//    kMinPlausiblePay..kMaxPlausiblePay.
Pay normalise_pay(const PayText& text, const CountryInfo* country, int year, const FxTable& fx);

}  // namespace jobsight
