#pragma once
// Turning one CSV row of a salary-survey file into a normalised salary observation (SPEC 1.2, 2).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalise/dates.hpp"
#include "normalise/pay.hpp"
#include "normalise/reference_data.hpp"
#include "normalise/remote.hpp"
#include "normalise/row_problem.hpp"
#include "normalise/salary_columns.hpp"
#include "normalise/seniority.hpp"

namespace jobsight {

// One person's reported pay for one year, as given and normalised.
struct NormalisedObservation {
  int work_year = 0;
  Date observed;  // January 1 of work_year: reports date observations by it
  std::string job_title;
  std::string title_words;       // the title as whole words (title_words in util/text_words.hpp)
  std::string experience_given;  // as given ("SE"), "" when none
  SeniorityResult seniority;
  std::string employment_type;          // as given ("FT")
  std::optional<double> salary;         // local amount, when a valid amount was given
  std::string salary_currency;          // the ISO code as given, or as resolved for conversion
  std::optional<double> salary_in_usd;  // when a valid amount was given
  PayStatus pay_status = PayStatus::none;
  std::optional<double> pay_usd_annual;
  bool pay_outlier = false;
  std::string pay_text;        // the salary as written when it was text
  std::string pay_as_written;  // every pay cell given, as written, for examples in the summary
  bool pay_period_inferred = false;  // never for surveys (annual pay); kept for the shared columns
  bool pay_currency_assumed = false;
  bool no_pay_stated = false;
  PayProblem pay_problem = PayProblem::none;
  std::string pay_problem_detail;
  std::string experience_given_years;  // years of experience, as written
  std::string employee_residence;      // as given
  std::optional<int> remote_ratio;     // 0-100
  std::string country_text;            // company_location as given
  const CountryInfo* country = nullptr;
  std::string company_size;  // as given ("M")
  bool is_ai = false;        // by title rules alone (SPEC 2.4)
};

class SalaryNormaliser {
 public:
  // Both must outlive the normaliser.
  // `dates` are the file's --as-of and --date-order, for a work_year given as a date.
  SalaryNormaliser(const ReferenceData& reference, const SalaryColumns& columns,
                   DateOptions dates = {});

  // Normalises `fields` into `out`. Returns the problem when the row must be rejected: wrong
  // number of fields, an empty or invalid work_year, an empty job_title. Pay problems never
  // reject a row, they set `pay_status`: the pay is normalise_pay's (normalise/pay.hpp) for the
  // salary, salary_currency and salary_in_usd cells, the company country and work_year.
  std::optional<RowProblem> normalise(const std::vector<std::string>& fields,
                                      NormalisedObservation& out) const;

  // The file's date reader, for settling its day-month order before the rows (a pre-scan).
  DateReader& dates() const { return dates_; }

 private:
  void normalise_pay(const std::vector<std::string>& fields, NormalisedObservation& out) const;

  const ReferenceData& reference_;
  const SalaryColumns& columns_;
  mutable DateReader dates_;
};

// A work year: 4 digits (spaces trimmed) from 1900 to 2100; nullopt otherwise ("2024.0", "24").
std::optional<int> parse_work_year(std::string_view text);

}  // namespace jobsight
