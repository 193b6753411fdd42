#include "normalise/pay.hpp"

#include <array>
#include <charconv>

#include "normalise/money.hpp"
#include "normalise/pay_text.hpp"
#include "util/text.hpp"

namespace jobsight {
namespace {

// Currencies written with a bare "$" in their country (SPEC 2.2: "$" alone is the country's
// dollar when the country uses one).
constexpr std::array<std::string_view, 20> kDollarCurrencies = {
    "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "JMD", "BSD", "BBD",
    "BZD", "BMD", "BND", "KYD", "FJD", "GYD", "LRD", "NAD", "TTD", "XCD"};

bool is_dollar_currency(std::string_view code) {
  for (std::string_view dollar : kDollarCurrencies) {
    if (dollar == code) return true;
  }
  return false;
}

// True when `text` is a number that is zero or negative ("0", "-1", "0.00"): a minimum that
// counts as missing beside a valid maximum.
bool is_zero_or_negative(std::string_view text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && value <= 0;
}

// What one pay cell says.
struct CellPay {
  std::optional<double> low, high;  // a plain amount sets both
  std::string currency;             // from text
  bool bare_dollar = false;
  std::optional<PayPeriod> period;  // from text
  bool is_text = false;             // not a plain amount
  bool no_pay = false;
  bool unparsable = false;
  std::string reason;
};

CellPay read_cell(std::string_view cell) {
  CellPay pay;
  if (cell.empty()) return pay;
  // A plain number (the common case, read fast); anything with a currency, a word or a range
  // is pay text.
  if (is_ascii_digit(cell.front()) && is_ascii_digit(cell.back())) {
    if (std::optional<double> amount = parse_amount(cell)) {
      pay.low = pay.high = amount;
      return pay;
    }
  }
  pay.is_text = true;
  PayTextResult text = parse_pay_text(cell);
  switch (text.kind) {
    case PayTextResult::Kind::figures:
      pay.low = text.low;
      pay.high = text.high;
      pay.currency = text.currency;
      pay.bare_dollar = text.bare_dollar;
      pay.period = text.period;
      break;
    case PayTextResult::Kind::no_pay:
      pay.no_pay = true;
      break;
    case PayTextResult::Kind::unparsable:
      pay.unparsable = true;
      pay.reason = text.reason;
      break;
  }
  return pay;
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

std::string_view to_string(PayProblem problem) {
  switch (problem) {
    case PayProblem::none:
      return "";
    case PayProblem::unparsable:
      return "unparsable";
    case PayProblem::currency_conflict:
      return "currency_conflict";
  }
  return "";
}

std::string pay_as_written(const PayText& text) {
  std::string out;
  for (std::string_view cell : {text.salary_min, text.salary_max, text.salary, text.salary_in_usd,
                                text.currency, text.period}) {
    if (cell.empty()) continue;
    if (!out.empty()) out += " | ";
    out += cell;
  }
  return out;
}

Pay normalise_pay(const PayText& text, const CountryInfo* country, int year, const FxTable& fx) {
  Pay pay;
  std::optional<std::string> column_currency =
      text.currency.empty() ? std::nullopt : normalise_currency(text.currency);
  pay.currency = column_currency.value_or(std::string(text.currency));
  pay.period = text.period;

  // 1. Pay already in annual US dollars.
  if (!text.salary_in_usd.empty()) pay.salary_in_usd = parse_amount(text.salary_in_usd);
  if (pay.salary_in_usd) {
    if (!text.salary.empty()) pay.salary = parse_amount(text.salary);
    convert(pay, *pay.salary_in_usd);
    return pay;
  }

  // 2. What each cell says.
  CellPay min = read_cell(text.salary_min);
  CellPay max = read_cell(text.salary_max);
  CellPay single = read_cell(text.salary);
  // The text as written, when a cell held text rather than a plain number.
  for (auto [cell, read] : {std::pair{text.salary, &single}, std::pair{text.salary_min, &min},
                            std::pair{text.salary_max, &max}}) {
    if (read->is_text && pay.text.empty()) pay.text = std::string(cell);
  }
  pay.salary_min = min.low;
  pay.salary_max = max.high;
  pay.salary = single.low && single.low == single.high ? single.low : std::nullopt;
  // A zero or negative minimum beside a valid maximum is missing ("up to max").
  if (min.unparsable && max.high && is_zero_or_negative(text.salary_min)) min = CellPay{};
  pay.no_pay_stated = min.no_pay || max.no_pay || single.no_pay;
  const CellPay* bad = single.unparsable ? &single
                       : min.unparsable  ? &min
                       : max.unparsable  ? &max
                                         : nullptr;
  bool invalid_usd = !text.salary_in_usd.empty();  // given but not a valid amount
  if (bad != nullptr) {
    pay.status = PayStatus::invalid_amount;
    pay.problem = PayProblem::unparsable;
    pay.problem_detail = bad->reason;
    return pay;
  }

  // 3. The figure. Min and max cells give the range; else the salary cell's own range.
  std::optional<double> low = min.low, high = max.high;
  if (!low && !high) {
    low = single.low;
    high = single.high;
  }
  if (!pay.salary_min && !pay.salary_max && single.is_text && single.low != single.high) {
    pay.salary_min = single.low;  // a range or "Up to" / "From" written in the salary cell
    pay.salary_max = single.high;
  }
  std::optional<double> figure;
  if (low && high) {
    figure = (*low + *high) / 2;
  } else {
    figure = low ? low : high;
  }
  if (!figure) {
    pay.status = invalid_usd ? PayStatus::invalid_amount : PayStatus::none;
    if (invalid_usd) pay.problem = PayProblem::unparsable;
    return pay;
  }

  // 4. The period: the text's beats the column's.
  std::optional<PayPeriod> text_period = single.period ? single.period
                                         : min.period  ? min.period
                                                       : max.period;
  std::optional<PayPeriod> period = text_period;
  bool period_stated = period.has_value();
  if (!period && !text.period.empty()) {
    period = parse_pay_period(text.period);
    if (!period) {
      pay.status = PayStatus::unknown_period;
      return pay;
    }
    period_stated = true;
  }
  if (!period) period = PayPeriod::year;

  // 5. The currency, in SPEC's order.
  const CellPay* marked = !single.currency.empty() || single.bare_dollar ? &single
                          : !min.currency.empty() || min.bare_dollar     ? &min
                                                                         : &max;
  std::string text_currency = marked->currency;
  if (text_currency.empty() && marked->bare_dollar) {
    text_currency = country != nullptr && is_dollar_currency(country->currency)
                        ? country->currency
                        : std::string("USD");
  }
  std::optional<std::string> currency;
  if (!text.currency.empty()) {
    currency = column_currency;
    bool agrees = text_currency.empty() || (column_currency && *column_currency == text_currency) ||
                  (marked->bare_dollar && marked->currency.empty() && column_currency &&
                   is_dollar_currency(*column_currency));
    if (!agrees) {
      pay.status = PayStatus::unknown_currency;
      pay.problem = PayProblem::currency_conflict;
      pay.problem_detail = "column " + std::string(text.currency) + ", text " + text_currency;
      return pay;
    }
  } else if (!text_currency.empty()) {
    currency = text_currency;
    // A bare "$" with no country says dollars but not whose: US dollars are assumed.
    pay.currency_assumed = marked->bare_dollar && marked->currency.empty() && country == nullptr;
  } else if (country != nullptr && !country->currency.empty()) {
    currency = country->currency;
  } else {
    currency = "USD";
    pay.currency_assumed = true;
  }
  std::optional<double> rate = currency ? fx.usd_per_unit(*currency, year) : std::nullopt;
  if (!rate) {
    pay.status = PayStatus::unknown_currency;
    return pay;
  }

  // 6. Annual US dollars; a period nobody stated is inferred when a year gives an outlier.
  pay.currency = *currency;
  double annual = *figure * periods_per_year(*period) * *rate;
  if (!period_stated && text.infer_period && is_pay_outlier(annual)) {
    for (PayPeriod candidate : {PayPeriod::hour, PayPeriod::month}) {
      double tried = *figure * periods_per_year(candidate) * *rate;
      if (!is_pay_outlier(tried)) {
        period = candidate;
        annual = tried;
        pay.period_inferred = true;
        break;
      }
    }
  }
  pay.period = to_string(*period);
  convert(pay, annual);
  return pay;
}

}  // namespace jobsight
