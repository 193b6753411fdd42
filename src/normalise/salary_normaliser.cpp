#include "normalise/salary_normaliser.hpp"

#include <algorithm>

#include "normalise/money.hpp"
#include "normalise/posting_normaliser.hpp"
#include "util/text_words.hpp"

namespace jobsight {
namespace {

constexpr int kFirstWorkYear = 1900;
constexpr int kLastWorkYear = 2100;

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view field_of(const std::vector<std::string>& fields, const SalaryColumns& columns,
                          SalaryField field) {
  int index = columns[field];
  if (index < 0 || static_cast<std::size_t>(index) >= fields.size()) return {};
  return trim(fields[static_cast<std::size_t>(index)]);
}

}  // namespace

std::optional<int> parse_work_year(std::string_view text) {
  text = trim(text);
  if (text.size() != 4 || !all_digits(text)) return std::nullopt;
  int year =
      (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  if (year < kFirstWorkYear || year > kLastWorkYear) return std::nullopt;
  return year;
}

std::optional<int> parse_remote_ratio(std::string_view text) {
  text = trim(text);
  if (all_digits(text)) {
    if (text.size() > 3) return std::nullopt;
    int ratio = std::stoi(std::string(text));
    if (ratio > 100) return std::nullopt;
    return ratio;
  }
  std::optional<std::string> mode = normalise_remote(text);
  if (!mode) return std::nullopt;
  if (*mode == "onsite") return 0;
  if (*mode == "hybrid") return 50;
  return 100;
}

SalaryNormaliser::SalaryNormaliser(const ReferenceData& reference, const SalaryColumns& columns)
    : reference_(reference), columns_(columns) {}

std::optional<RowProblem> SalaryNormaliser::normalise(const std::vector<std::string>& fields,
                                                      NormalisedObservation& out) const {
  if (fields.size() != columns_.width) {
    return RowProblem{"", "row has " + std::to_string(fields.size()) + " fields, the header has " +
                              std::to_string(columns_.width)};
  }
  auto get = [&](SalaryField field) { return field_of(fields, columns_, field); };

  out = NormalisedObservation{};
  std::string_view year_text = get(SalaryField::work_year);
  if (year_text.empty()) return RowProblem{"work_year", "work_year is empty"};
  std::optional<int> year = parse_work_year(year_text);
  if (!year) {
    return RowProblem{"work_year", "invalid work_year '" + excerpt(year_text) +
                                       "' (expected a year from 1900 to 2100, e.g. 2024)"};
  }
  out.work_year = *year;
  out.observed = Date{*year, 1, 1};
  out.job_title = get(SalaryField::job_title);
  if (out.job_title.empty()) return RowProblem{"job_title", "job_title is empty"};

  out.experience_given = get(SalaryField::experience_level);
  // The title is split into words once, for the seniority and the AI title rules.
  const std::vector<std::string> title_words = lower_words(out.job_title);
  out.seniority = classify_seniority(out.experience_given, title_words);
  out.employment_type = get(SalaryField::employment_type);
  out.employee_residence = get(SalaryField::employee_residence);
  out.remote_ratio = parse_remote_ratio(get(SalaryField::remote_ratio));
  out.country_text = get(SalaryField::company_location);
  out.country = out.country_text.empty() ? nullptr : reference_.find_country(out.country_text);
  out.company_size = get(SalaryField::company_size);
  out.is_ai = reference_.title_words_are_ai(title_words);
  normalise_pay(fields, out);
  return std::nullopt;
}

void SalaryNormaliser::normalise_pay(const std::vector<std::string>& fields,
                                     NormalisedObservation& out) const {
  auto get = [&](SalaryField field) { return field_of(fields, columns_, field); };
  std::string_view usd_text = get(SalaryField::salary_in_usd);
  std::string_view salary_text = get(SalaryField::salary);
  std::string_view currency_text = get(SalaryField::salary_currency);
  out.salary_in_usd = usd_text.empty() ? std::nullopt : parse_amount(usd_text);
  out.salary = salary_text.empty() ? std::nullopt : parse_amount(salary_text);
  std::optional<std::string> currency =
      currency_text.empty() ? std::nullopt : normalise_currency(currency_text);
  out.salary_currency = currency ? *currency : std::string(currency_text);

  if (out.salary_in_usd) {
    out.pay_usd_annual = out.salary_in_usd;
  } else if (out.salary) {
    if (currency_text.empty()) {
      currency = out.country != nullptr && !out.country->currency.empty() ? out.country->currency
                                                                          : std::string("USD");
    }
    std::optional<double> rate =
        currency ? reference_.fx().usd_per_unit(*currency, out.work_year) : std::nullopt;
    if (!rate) {
      out.pay_status = PayStatus::unknown_currency;
      return;
    }
    out.salary_currency = *currency;
    out.pay_usd_annual = *out.salary * *rate;
  } else {
    bool given = !usd_text.empty() || !salary_text.empty();
    out.pay_status = given ? PayStatus::invalid_amount : PayStatus::none;
    return;
  }
  out.pay_status = PayStatus::converted;
  out.pay_outlier = is_pay_outlier(*out.pay_usd_annual);
}

}  // namespace jobsight
