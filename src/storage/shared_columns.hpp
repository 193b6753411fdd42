#pragma once
// The columns postings and salary_observations have in common, bound the same way by both
// writers (storage layer).

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>

#include "normalise/dates.hpp"
#include "normalise/pay.hpp"
#include "normalise/reference_data.hpp"
#include "normalise/seniority.hpp"
#include "storage/statement_helpers.hpp"

namespace jobsight {

// The shared parameters of an INSERT that names them :import_id, :source_line, :date,
// :month_key, :quarter_key, :year_key, :seniority, :seniority_inferred, :seniority_method,
// :pay_status, :pay_usd_annual, :pay_outlier, :pay_text, :pay_period_inferred,
// :pay_currency_assumed, :pay_problem, :country_text, :country_code, :region and :is_ai.
struct SharedColumns {
  explicit SharedColumns(SQLite::Statement& insert);

  // Binds the shared columns of `row` (a NormalisedPosting or NormalisedObservation) dated
  // `date`, read from `source_line` in import run `run`.
  template <typename Row>
  void bind(std::int64_t run, std::size_t line, const Date& day, const Row& row) {
    import_id.bind(run);
    source_line.bind(line);
    bind_date(day);
    seniority.bind(std::string(to_string(row.seniority.level)));
    seniority_inferred.bind(row.seniority.inferred);
    pay_status.bind(std::string(to_string(row.pay_status)));
    pay_usd_annual.bind(row.pay_usd_annual);
    pay_outlier.bind(row.pay_outlier);
    pay_text.bind_text_or_null(row.pay_text);
    pay_period_inferred.bind(row.pay_period_inferred);
    pay_currency_assumed.bind(row.pay_currency_assumed);
    pay_problem.bind_text_or_null(std::string(to_string(row.pay_problem)));
    seniority_method.bind(std::string(to_string(row.seniority.method)));
    country_text.bind_text_or_null(row.country_text);
    bind_country(row.country);
    is_ai.bind(row.is_ai);
  }

  Parameter import_id, source_line, date, month_key, quarter_key, year_key, seniority,
      seniority_inferred, seniority_method, pay_status, pay_usd_annual, pay_outlier, pay_text,
      pay_period_inferred, pay_currency_assumed, pay_problem, country_text, country_code, region,
      is_ai;

 private:
  void bind_date(const Date& day);
  void bind_country(const CountryInfo* country);
};

}  // namespace jobsight
