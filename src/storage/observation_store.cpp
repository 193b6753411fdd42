#include "storage/observation_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "storage/database_failure.hpp"
#include "storage/shared_columns.hpp"
#include "storage/sqlite_connection.hpp"
#include "storage/statement_helpers.hpp"

namespace jobsight {
namespace {

constexpr const char* kInsertObservation =
    "INSERT INTO salary_observations (import_id, source_line, work_year, observed_date, "
    "month_key, quarter_key, year_key, job_title, experience_given, seniority, "
    "seniority_inferred, employment_type, salary, salary_currency, salary_in_usd, pay_status, "
    "pay_usd_annual, pay_outlier, employee_residence, remote_ratio, country_text, country_code, "
    "region, company_size, is_ai, pay_text, pay_period_inferred, pay_currency_assumed, "
    "pay_problem, seniority_method, title_words) "
    "VALUES (:import_id, :source_line, :work_year, :date, :month_key, :quarter_key, :year_key, "
    ":job_title, :experience_given, :seniority, :seniority_inferred, :employment_type, :salary, "
    ":salary_currency, :salary_in_usd, :pay_status, :pay_usd_annual, :pay_outlier, "
    ":employee_residence, :remote_ratio, :country_text, :country_code, :region, :company_size, "
    ":is_ai, :pay_text, :pay_period_inferred, :pay_currency_assumed, :pay_problem, "
    ":seniority_method, :title_words)";

}  // namespace

struct ObservationWriter::Statement {
  explicit Statement(SQLite::Database& db)
      : insert(db, kInsertObservation),
        shared(insert),
        work_year(insert, ":work_year"),
        job_title(insert, ":job_title"),
        title_words(insert, ":title_words"),
        experience_given(insert, ":experience_given"),
        employment_type(insert, ":employment_type"),
        salary(insert, ":salary"),
        salary_currency(insert, ":salary_currency"),
        salary_in_usd(insert, ":salary_in_usd"),
        employee_residence(insert, ":employee_residence"),
        remote_ratio(insert, ":remote_ratio"),
        company_size(insert, ":company_size") {}

  SQLite::Statement insert;
  SharedColumns shared;
  Parameter work_year, job_title, title_words, experience_given, employment_type, salary,
      salary_currency, salary_in_usd, employee_residence, remote_ratio, company_size;
};

ObservationWriter::ObservationWriter(Database& db, std::int64_t import_id)
    : db_(db), import_id_(import_id), statement_(with_database_errors(db, [&] {
        return std::make_unique<Statement>(sqlite_of(db));
      })) {}

ObservationWriter::~ObservationWriter() = default;

void ObservationWriter::insert(const NormalisedObservation& o, std::size_t source_line) {
  with_database_errors(db_, [&] {
    Statement& s = *statement_;
    s.shared.bind(import_id_, source_line, o.observed, o);
    s.work_year.bind(o.work_year);
    s.job_title.bind(o.job_title);
    s.title_words.bind(o.title_words);
    s.experience_given.bind_text_or_null(o.experience_given);
    s.employment_type.bind_text_or_null(o.employment_type);
    s.salary.bind(o.salary);
    s.salary_currency.bind_text_or_null(o.salary_currency);
    s.salary_in_usd.bind(o.salary_in_usd);
    s.employee_residence.bind_text_or_null(o.employee_residence);
    s.remote_ratio.bind(o.remote_ratio);
    s.company_size.bind_text_or_null(o.company_size);
    s.insert.exec();
    s.insert.reset();
  });
}

}  // namespace jobsight
