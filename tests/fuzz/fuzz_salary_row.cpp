// Fuzzes the salary normaliser with the real reference data: the input is the body of a CSV
// whose header has every canonical salary column; each record is normalised (never a crash; a
// rejected row must say why, an accepted one must hold a plausible work year and a job title, and
// converted pay must be positive).
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "jobsight/csv.hpp"
#include "jobsight/database.hpp"
#include "normalise/salary_normaliser.hpp"
#include "storage/reference_store.hpp"

namespace {

const jobsight::ReferenceData& reference() {
  static const jobsight::ReferenceData data = [] {
    jobsight::Database db = jobsight::Database::open_in_memory();
    return jobsight::load_reference_data(db);
  }();
  return data;
}

const std::vector<std::string> kHeader = {
    "work_year",    "experience_level", "employment_type", "job_title",
    "salary",       "salary_currency",  "salary_in_usd",   "employee_residence",
    "remote_ratio", "company_location", "company_size"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const jobsight::SalaryColumns columns = jobsight::map_salary_columns(kHeader, "fuzz");
  jobsight::SalaryNormaliser normaliser(reference(), columns);
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  jobsight::CsvReader reader(in);
  jobsight::CsvRecord record;
  jobsight::NormalisedObservation observation;
  while (reader.next(record)) {
    // Pad short rows so most inputs reach the normalising code rather than the width check.
    if (record.fields.size() < kHeader.size()) record.fields.resize(kHeader.size());
    std::optional<jobsight::RowProblem> problem = normaliser.normalise(record.fields, observation);
    if (problem) {
      if (problem->reason.empty()) std::abort();
      continue;
    }
    if (observation.job_title.empty()) std::abort();
    if (observation.work_year < 1900 || observation.work_year > 2100) std::abort();
    if (observation.remote_ratio &&
        (*observation.remote_ratio < 0 || *observation.remote_ratio > 100)) {
      std::abort();
    }
    if ((observation.pay_status == jobsight::PayStatus::converted) !=
        observation.pay_usd_annual.has_value()) {
      std::abort();
    }
    if (observation.pay_usd_annual && !(*observation.pay_usd_annual > 0)) std::abort();
  }
  return 0;
}
