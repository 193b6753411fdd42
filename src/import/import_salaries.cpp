#include "jobsight/import.hpp"

#include "import/import_file.hpp"

#include <optional>

#include "storage/observation_store.hpp"
#include "storage/reference_store.hpp"
#include "normalise/salary_columns.hpp"
#include "normalise/salary_normaliser.hpp"

namespace jobsight {
namespace {

// Repeated rows are real observations, so a file (by sha256) is what must not count twice.
constexpr ImportKind kSalariesKind{"salaries", true};

class SalaryRowHandler final : public RowHandler {
 public:
  explicit SalaryRowHandler(const ImportOptions& options) : options_(options) {}

  std::vector<std::string> map_header(const std::vector<std::string>& header,
                                      const std::string& file_name) override {
    columns_ = map_salary_columns(header, file_name, options_.column_map);
    return columns_.unknown;
  }

  void start(Database& db, std::int64_t import_id) override {
    reference_ = load_reference_data(db);
    normaliser_.emplace(reference_, columns_);
    writer_.emplace(db, import_id);
  }

  RowResult handle(const std::vector<std::string>& fields, std::size_t line) override {
    if (std::optional<RowProblem> problem = normaliser_->normalise(fields, observation_)) {
      return RowResult::rejected(std::move(*problem));
    }
    writer_->insert(observation_, line);
    bool unconverted = observation_.pay_status != PayStatus::converted &&
                       observation_.pay_status != PayStatus::none;
    return RowResult{RowOutcome::imported, unconverted, {}};
  }

 private:
  const ImportOptions& options_;
  SalaryColumns columns_;
  ReferenceData reference_;
  std::optional<SalaryNormaliser> normaliser_;
  std::optional<ObservationWriter> writer_;
  NormalisedObservation observation_;
};

}  // namespace

ImportSummary import_salaries(Database& db, const std::string& path, const ImportOptions& options) {
  SalaryRowHandler handler(options);
  return import_file(db, path, kSalariesKind, handler, options);
}

}  // namespace jobsight
