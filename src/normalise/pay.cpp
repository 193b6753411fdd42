#include "normalise/pay.hpp"

#include "normalise/money.hpp"

namespace jobsight {
namespace {

// Parses `text` as an amount; an amount given but not valid sets `invalid`.
std::optional<double> amount(std::string_view text, bool& invalid) {
  if (text.empty()) return std::nullopt;
  std::optional<double> value = parse_amount(text);
  if (!value) invalid = true;
  return value;
}

void convert(Pay& pay, double usd_annual) {
  pay.usd_annual = usd_annual;
  pay.status = PayStatus::converted;
  pay.outlier = is_pay_outlier(usd_annual);
}

}  // namespace

std::string_view to_string(PayStatus status) {
  switch (status) {
    case PayStatus::converted:
      return "converted";
    case PayStatus::none:
      return "none";
    case PayStatus::unknown_currency:
      return "unknown_currency";
    case PayStatus::unknown_period:
      return "unknown_period";
    case PayStatus::invalid_amount:
      return "invalid_amount";
  }
  return "none";
}

Pay normalise_pay(const PayText& text, const CountryInfo* country, int year, const FxTable& fx) {
  Pay pay;
  bool invalid = false;
  pay.salary_min = amount(text.salary_min, invalid);
  pay.salary_max = amount(text.salary_max, invalid);
  pay.salary = amount(text.salary, invalid);
  bool invalid_usd = false;
  pay.salary_in_usd = amount(text.salary_in_usd, invalid_usd);
  std::optional<std::string> given_currency =
      text.currency.empty() ? std::nullopt : normalise_currency(text.currency);
  pay.currency = given_currency.value_or(std::string(text.currency));
  pay.period = text.period;

  // 1. Pay already in annual US dollars.
  if (pay.salary_in_usd) {
    convert(pay, *pay.salary_in_usd);
    return pay;
  }
  // 2. and 3. The figure.
  if (invalid) {
    pay.status = PayStatus::invalid_amount;
    return pay;
  }
  std::optional<double> figure;
  if (pay.salary_min && pay.salary_max) {
    figure = (*pay.salary_min + *pay.salary_max) / 2;
  } else if (pay.salary_min || pay.salary_max) {
    figure = pay.salary_min ? pay.salary_min : pay.salary_max;
  } else {
    figure = pay.salary;
  }
  if (!figure) {
    pay.status = invalid_usd ? PayStatus::invalid_amount : PayStatus::none;
    return pay;
  }
  // 4. The period.
  std::optional<PayPeriod> period = text.period.empty() ? std::optional<PayPeriod>(PayPeriod::year)
                                                        : parse_pay_period(text.period);
  if (!period) {
    pay.status = PayStatus::unknown_period;
    return pay;
  }
  pay.period = to_string(*period);
  // 5. The currency and its rate.
  std::optional<std::string> currency = given_currency;
  if (text.currency.empty()) {
    currency = country != nullptr && !country->currency.empty() ? country->currency : "USD";
  }
  std::optional<double> rate = currency ? fx.usd_per_unit(*currency, year) : std::nullopt;
  if (!rate) {
    pay.status = PayStatus::unknown_currency;
    return pay;
  }
  // 6. Annual US dollars.
  pay.currency = *currency;
  convert(pay, *figure * periods_per_year(*period) * *rate);
  return pay;
}

}  // namespace jobsight
