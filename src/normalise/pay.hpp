#pragma once
// Pay, the whole rule of SPEC 2.2 in one place: the figure a row's amounts (or pay text) give, a
// period's pay made annual (and a missing period inferred), the currency in SPEC's order, the
// exchange rate (nearest year), the outlier bounds and what happened to the pay. Both the posting
// and the salary normaliser call normalise_pay; reading one amount, period or currency is in
// money.hpp, reading pay text in pay_text.hpp, the rates in fx_table.hpp.

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

// Why pay that was given was not converted, beyond pay_status (stored as pay_problem).
enum class PayProblem {
  none,
  unparsable,         // pay text or an amount that cannot be read (pay_status invalid_amount)
  currency_conflict,  // the currency column and the text name different currencies
                      // (pay_status unknown_currency)
};

// "", "unparsable", "currency_conflict".
std::string_view to_string(PayProblem problem);

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
  std::string_view salary;         // a figure, or pay as text ("$53K-$91K (Glassdoor est.)")
  std::string_view salary_in_usd;  // salary surveys: annual pay already in US dollars
  std::string_view period;         // "" means not stated
  std::string_view currency;
  // Postings: a missing period is inferred when the figure read as annual would be an outlier
  // (SPEC 2.2). Salary surveys report annual pay: no inference.
  bool infer_period = true;
};

// A row's pay as normalised.
struct Pay {
  // The figures as read from the cells (a text's range fills min and max), as given.
  std::optional<double> salary_min, salary_max, salary, salary_in_usd;
  // The currency converted from when the pay was converted; otherwise the currency as given,
  // as a code when it can be read as one ("€" -> "EUR"), else the text itself ("" when none).
  std::string currency;
  // The period as a canonical name ("hour") once a figure's period is known; otherwise as given.
  std::string period;
  // The cell text when pay was written as text rather than a plain number, else "".
  std::string text;
  PayStatus status = PayStatus::none;
  PayProblem problem = PayProblem::none;
  std::string problem_detail;  // for unparsable text: why ("two currencies"), else ""
  std::optional<double> usd_annual;
  bool outlier = false;          // is_pay_outlier(usd_annual)
  bool period_inferred = false;  // no period was stated and hour or month fitted, not year
  // USD only because nothing (column, text, country) said, or a bare "$" with no country
  bool currency_assumed = false;
  bool no_pay_stated = false;  // a cell said there is no pay ("Not disclosed", "Competitive")
};

// The pay cells of `text` that are not empty, as written, joined with " | " ("$50K | GBP").
std::string pay_as_written(const PayText& text);

// Moves what a normalised posting and a normalised observation both keep of `pay` into `row`
// (the fields they name alike: salary, salary_currency, pay_status, pay_usd_annual, pay_outlier,
// pay_text, pay_period_inferred, pay_currency_assumed, no_pay_stated, pay_problem and its
// detail). The pay cells as written (`text`) are kept only where the import summary may quote
// them: pay that was not simply converted, or that carries a flag.
template <typename Row>
void store_pay(Pay&& pay, const PayText& text, Row& row) {
  const bool plain = (pay.status == PayStatus::converted || pay.status == PayStatus::none) &&
                     !pay.period_inferred && !pay.currency_assumed && !pay.outlier;
  row.pay_as_written = plain ? std::string() : pay_as_written(text);
  row.salary = pay.salary;
  row.salary_currency = std::move(pay.currency);
  row.pay_status = pay.status;
  row.pay_usd_annual = pay.usd_annual;
  row.pay_outlier = pay.outlier;
  row.pay_text = std::move(pay.text);
  row.pay_period_inferred = pay.period_inferred;
  row.pay_currency_assumed = pay.currency_assumed;
  row.no_pay_stated = pay.no_pay_stated;
  row.pay_problem = pay.problem;
  row.pay_problem_detail = std::move(pay.problem_detail);
}

// The rule, in order (SPEC 2.2):
// 1. A valid salary_in_usd is the annual USD pay as it is (converted).
// 2. Each of salary_min, salary_max, salary is a plain amount (parse_amount) or pay text
//    (parse_pay_text): a text range fills min and max, "Up to X" max, "From X" min; a text that
//    states no pay counts as empty; one that cannot be read, or an amount that is not valid, is
//    invalid_amount (problem unparsable). A zero or negative minimum beside a valid maximum is
//    missing ("up to max").
// 3. The figure: the midpoint of min and max when both are given, else the one given, else
//    salary. None is `none`.
// 4. The period: one a text states beats the column's; a column value parse_pay_period does not
//    know is unknown_period. None stated: a year, unless that annual pay would be an outlier and
//    `infer_period`: then hour, then month, the first whose pay is inside the bounds, flagged
//    period_inferred.
// 5. The currency: the column's, else the text's symbol or code (a bare "$" is the country's
//    dollar when the country uses one, else USD; with no country at all that USD is flagged
//    currency_assumed), else the currency of `country` (nullptr when not known), else USD
//    flagged currency_assumed. A column and a text that name different
//    currencies are unknown_currency (problem currency_conflict). The rate is the fx table's for
//    `year` or the nearest year; no rate (or a currency that is not a code) is unknown_currency.
// 6. The annual USD pay is figure x periods_per_year x rate (converted), flagged as an outlier
//    outside kMinPlausiblePay..kMaxPlausiblePay.
Pay normalise_pay(const PayText& text, const CountryInfo* country, int year, const FxTable& fx);

}  // namespace jobsight
