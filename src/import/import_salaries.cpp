#include "import/import_file.hpp"
#include "import/normalising_row_handler.hpp"
#include "jobsight/import.hpp"
#include "normalise/salary_columns.hpp"
#include "normalise/salary_normaliser.hpp"
#include "storage/observation_store.hpp"

namespace jobsight {
namespace {

// Salary observations: repeated rows are real observations, so a file (by sha256) is what must
// not count twice.
struct SalariesKind {
  static constexpr ImportKind kind{"salaries", true};
  using Columns = SalaryColumns;
  using Normaliser = SalaryNormaliser;
  using Row = NormalisedObservation;
  static constexpr auto kDateField = SalaryField::work_year;
  using Writer = ObservationWriter;

  static Columns map_columns(const std::vector<std::string>& header, const std::string& file_name,
                             const std::vector<ColumnMapping>& column_map,
                             const std::vector<FieldValue>& values) {
    return map_salary_columns(header, file_name, column_map, values);
  }
  static std::span<const FieldSpec> fields() { return salary_fields(); }
  static Normaliser make_normaliser(const ReferenceData& reference, const Columns& columns,
                                    const ImportOptions&, DateOptions dates) {
    return SalaryNormaliser(reference, columns, dates);
  }
  static bool store(Writer& writer, const Row& row, std::size_t line) {
    writer.insert(row, line);
    return true;
  }
  static void finish(Writer& /*writer*/) {}
};

}  // namespace

ImportSummary import_salaries(Database& db, const std::string& path, const ImportOptions& options) {
  NormalisingRowHandler<SalariesKind> handler(options);
  return import_file(db, path, SalariesKind::kind, handler, options);
}

}  // namespace jobsight
