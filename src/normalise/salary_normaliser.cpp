#include "normalise/salary_normaliser.hpp"

#include "util/text.hpp"
#include "util/text_words.hpp"

namespace jobsight {
namespace {

constexpr int kFirstWorkYear = 1900;
constexpr int kLastWorkYear = 2100;

}  // namespace

std::optional<int> parse_work_year(std::string_view text) {
  text = trim(text);
  if (text.size() != 4 || !all_digits(text)) return std::nullopt;
  int year =
      (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  if (year < kFirstWorkYear || year > kLastWorkYear) return std::nullopt;
  return year;
}

SalaryNormaliser::SalaryNormaliser(const ReferenceData& reference, const SalaryColumns& columns,
                                   DateOptions dates)
    : reference_(reference), columns_(columns), dates_(dates) {}

std::optional<RowProblem> SalaryNormaliser::normalise(const std::vector<std::string>& fields,
                                                      NormalisedObservation& out) const {
  if (std::optional<RowProblem> problem = columns_.check_width(fields)) return problem;
  auto get = [&](SalaryField field) { return columns_.get(fields, field); };

  out = NormalisedObservation{};
  std::string_view year_text = get(SalaryField::work_year);
  std::string_view date_text = get(SalaryField::date);
  std::optional<int> year;
  if (!year_text.empty()) {
    year = parse_work_year(year_text);
    // SPEC 1.2: a date or a timestamp gives its year.
    if (!year && year_text.size() > 4) {
      if (std::optional<Date> date = dates_.read(year_text).date) year = date->year;
    }
    if (!year) {
      return RowProblem{"work_year", "invalid work_year '" + excerpt(year_text) +
                                         "' (expected a year from 1900 to 2100, e.g. 2024)"};
    }
  } else if (!date_text.empty()) {
    // No work_year: the year of the row's date or timestamp (SPEC 1.2).
    DateResult date = dates_.read(date_text);
    if (!date.date) return RowProblem{"date", std::move(date.problem)};
    year = date.date->year;
  } else {
    return RowProblem{"work_year", "work_year is empty"};
  }
  out.work_year = *year;
  out.observed = Date{*year, 1, 1};
  out.job_title = get(SalaryField::job_title);
  if (out.job_title.empty()) return RowProblem{"job_title", "job_title is empty"};

  out.experience_given = get(SalaryField::experience_level);
  // The title is split into words once, for the seniority and the AI title rules.
  const std::vector<std::string> title_words = lower_words(out.job_title);
  out.title_words = join_words(title_words);
  out.experience_given_years = get(SalaryField::experience);
  out.seniority = classify_seniority(out.experience_given, title_words,
                                     parse_experience_years(out.experience_given_years));
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
  auto get = [&](SalaryField field) { return columns_.get(fields, field); };
  PayText text;
  text.salary = get(SalaryField::salary);
  text.salary_in_usd = get(SalaryField::salary_in_usd);
  text.currency = get(SalaryField::salary_currency);
  text.infer_period = false;  // surveys report annual pay
  Pay pay = jobsight::normalise_pay(text, out.country, out.work_year, reference_.fx());
  out.salary_in_usd = pay.salary_in_usd;
  store_pay(std::move(pay), text, out);
}

}  // namespace jobsight
