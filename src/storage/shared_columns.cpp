#include "storage/shared_columns.hpp"

namespace jobsight {

SharedColumns::SharedColumns(SQLite::Statement& insert)
    : import_id(insert, ":import_id"),
      source_line(insert, ":source_line"),
      date(insert, ":date"),
      month_key(insert, ":month_key"),
      quarter_key(insert, ":quarter_key"),
      year_key(insert, ":year_key"),
      seniority(insert, ":seniority"),
      seniority_inferred(insert, ":seniority_inferred"),
      seniority_method(insert, ":seniority_method"),
      pay_status(insert, ":pay_status"),
      pay_usd_annual(insert, ":pay_usd_annual"),
      pay_outlier(insert, ":pay_outlier"),
      pay_text(insert, ":pay_text"),
      pay_period_inferred(insert, ":pay_period_inferred"),
      pay_currency_assumed(insert, ":pay_currency_assumed"),
      pay_problem(insert, ":pay_problem"),
      country_text(insert, ":country_text"),
      country_code(insert, ":country_code"),
      region(insert, ":region"),
      is_ai(insert, ":is_ai") {}

void SharedColumns::bind_date(const Date& day) {
  date.bind(day.iso());
  month_key.bind(day.month_key());
  quarter_key.bind(day.quarter_key());
  year_key.bind(day.year_key());
}

void SharedColumns::bind_country(const CountryInfo* country) {
  if (country == nullptr) {
    country_code.bind_null();
    region.bind_null();
    return;
  }
  country_code.bind(country->alpha2);
  region.bind_text_or_null(country->region);
}

}  // namespace jobsight
