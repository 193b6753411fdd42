#include "normalise/field_values.hpp"

#include <fmt/format.h>

#include "normalise/money.hpp"
#include "normalise/pay_text.hpp"
#include "normalise/remote.hpp"
#include "normalise/salary_normaliser.hpp"
#include "normalise/seniority.hpp"

namespace jobsight {
namespace {

bool reads_as_pay(std::string_view value) {
  return parse_amount(value) || parse_pay_text(value).kind != PayTextResult::Kind::unparsable;
}

}  // namespace

std::string field_value_problem(std::string_view field, std::string_view value,
                                const DateOptions& dates) {
  const std::string quoted = fmt::format("'{}'", value);
  if (field == "posted_date" || field == "date") {
    DateResult date = DateReader(dates).read(value);
    return date.date ? "" : date.problem;
  }
  if (field == "work_year") {
    if (parse_work_year(value)) return "";
    DateResult date = DateReader(dates).read(value);
    return date.date ? "" : quoted + " is not a year from 1900 to 2100 or a date";
  }
  if (field == "salary_currency") {
    return normalise_currency(value) ? "" : quoted + " is not a currency code or symbol";
  }
  if (field == "salary_period") {
    return parse_pay_period(value)
               ? ""
               : quoted + " is not a pay period (hour, day, week, bi-week, month, year)";
  }
  if (field == "salary" || field == "salary_min" || field == "salary_max" ||
      field == "salary_in_usd") {
    return reads_as_pay(value) ? "" : quoted + " is not pay jobsight can read";
  }
  if (field == "remote") {
    return normalise_remote(value) ? "" : quoted + " is not onsite, hybrid or remote";
  }
  if (field == "remote_ratio") {
    return parse_remote_ratio(value) ? "" : quoted + " is not a remote ratio from 0 to 100";
  }
  if (field == "experience") {
    return parse_experience_years(value) ? "" : quoted + " is not years of experience";
  }
  return "";
}

}  // namespace jobsight
