#pragma once
// What happened to a row's pay, and which annual USD pay is plausible (SPEC 2.2). Shared by the
// posting and salary-observation normalisers.

#include <string_view>

namespace jobsight {

// What happened to a row's pay (stored as pay_status in postings and salary_observations).
enum class PayStatus { converted, none, unknown_currency, unknown_period, invalid_amount };

// "converted", "none", "unknown_currency", "unknown_period", "invalid_amount".
std::string_view to_string(PayStatus status);

// Lowest and highest annual USD pay not flagged as an outlier (SPEC 2.2).
inline constexpr double kMinPlausiblePay = 5'000;
inline constexpr double kMaxPlausiblePay = 2'000'000;

// True when annual USD pay is below kMinPlausiblePay or above kMaxPlausiblePay: such pay is kept
// but flagged `pay_outlier` and left out of pay reports.
inline bool is_pay_outlier(double usd_annual) {
  return usd_annual < kMinPlausiblePay || usd_annual > kMaxPlausiblePay;
}

}  // namespace jobsight
