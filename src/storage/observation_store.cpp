#include "storage/observation_store.hpp"
#include "storage/statement_helpers.hpp"

namespace jobsight {

ObservationWriter::ObservationWriter(Database& db, std::int64_t import_id)
    : import_id_(import_id),
      insert_(db.sql(),
              "INSERT INTO salary_observations (import_id, source_line, work_year, "
              "observed_date, month_key, quarter_key, year_key, job_title, experience_given, "
              "seniority, seniority_inferred, employment_type, salary, salary_currency, "
              "salary_in_usd, pay_status, pay_usd_annual, pay_outlier, employee_residence, "
              "remote_ratio, country_text, country_code, region, company_size, is_ai) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
              "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)") {}

void ObservationWriter::insert(const NormalisedObservation& o, std::size_t source_line) {
  SQLite::Statement& s = insert_;
  s.bind(1, import_id_);
  s.bind(2, static_cast<std::int64_t>(source_line));
  s.bind(3, o.work_year);
  s.bind(4, o.observed.iso());
  s.bind(5, o.observed.month_key());
  s.bind(6, o.observed.quarter_key());
  s.bind(7, o.observed.year_key());
  s.bind(8, o.job_title);
  bind_text_or_null(s, 9, o.experience_given);
  s.bind(10, std::string(to_string(o.seniority.level)));
  s.bind(11, o.seniority.inferred ? 1 : 0);
  bind_text_or_null(s, 12, o.employment_type);
  bind_optional(s, 13, o.salary);
  bind_text_or_null(s, 14, o.salary_currency);
  bind_optional(s, 15, o.salary_in_usd);
  s.bind(16, std::string(to_string(o.pay_status)));
  bind_optional(s, 17, o.pay_usd_annual);
  s.bind(18, o.pay_outlier ? 1 : 0);
  bind_text_or_null(s, 19, o.employee_residence);
  bind_optional(s, 20, o.remote_ratio);
  bind_text_or_null(s, 21, o.country_text);
  if (o.country != nullptr) {
    s.bind(22, o.country->alpha2);
    bind_text_or_null(s, 23, o.country->region);
  } else {
    s.bind(22);
    s.bind(23);
  }
  bind_text_or_null(s, 24, o.company_size);
  s.bind(25, o.is_ai ? 1 : 0);
  s.exec();
  s.reset();
}

}  // namespace jobsight
