// Fuzzes the posting normaliser with the real reference data: the input is the body of a CSV
// whose header has every canonical column; each record is normalised (never a crash; a rejected
// row must say why, an accepted one must hold a valid date and a title).
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "jobsight/csv.hpp"
#include "jobsight/database.hpp"
#include "normalise/posting_normaliser.hpp"
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
    "posting_id", "posted_date", "source",          "title",           "company", "industry",
    "country",    "city",        "seniority",       "employment_type", "remote",  "salary_min",
    "salary_max", "salary",      "salary_currency", "salary_period",   "skills",  "description"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const jobsight::PostingColumns columns = jobsight::map_posting_columns(kHeader, "fuzz");
  jobsight::PostingNormaliser normaliser(reference(), columns, "fuzz");
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  jobsight::CsvReader reader(in);
  jobsight::CsvRecord record;
  jobsight::NormalisedPosting posting;
  while (reader.next(record)) {
    // Pad short rows so most inputs reach the normalising code rather than the width check.
    if (record.fields.size() < kHeader.size()) record.fields.resize(kHeader.size());
    std::optional<jobsight::RowProblem> problem = normaliser.normalise(record.fields, posting);
    if (problem) {
      if (problem->reason.empty()) std::abort();
      continue;
    }
    if (posting.title.empty() || posting.identity.size() != 32) std::abort();
    if (posting.pay_usd_annual && !(*posting.pay_usd_annual > 0)) std::abort();
  }
  return 0;
}
