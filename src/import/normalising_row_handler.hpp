#pragma once
// The row handler both imports share (import layer): map the header to the kind's columns, load
// the reference data, normalise each record and store it. A kind says only what differs: its
// columns, its normaliser and its writer (see import_postings.cpp, import_salaries.cpp).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "import/import_file.hpp"
#include "normalise/pay.hpp"
#include "normalise/reference_data.hpp"
#include "storage/reference_store.hpp"

namespace jobsight {

// `Kind` provides:
//   using Columns, Normaliser, Row, Writer;
//   static Columns map_columns(header, file_name, column_map);
//   static Normaliser make_normaliser(const ReferenceData&, const Columns&, const ImportOptions&);
//   static bool store(Writer&, const Row&, std::size_t line);  // false: a duplicate
template <typename Kind>
class NormalisingRowHandler final : public RowHandler {
 public:
  explicit NormalisingRowHandler(const ImportOptions& options) : options_(options) {}

  std::vector<std::string> map_header(const std::vector<std::string>& header,
                                      const std::string& file_name) override {
    columns_ = Kind::map_columns(header, file_name, options_.column_map);
    return columns_.unknown;
  }

  void start(Database& db, std::int64_t import_id) override {
    reference_ = load_reference_data(db);
    normaliser_.emplace(Kind::make_normaliser(reference_, columns_, options_));
    writer_.emplace(db, import_id);
  }

  RowResult handle(const std::vector<std::string>& fields, std::size_t line) override {
    if (std::optional<RowProblem> problem = normaliser_->normalise(fields, row_)) {
      return RowResult::rejected(std::move(*problem));
    }
    if (!Kind::store(*writer_, row_, line)) return RowResult{RowOutcome::duplicate, false, {}};
    // Pay that was given but could not be converted is counted in the summary.
    bool unconverted =
        row_.pay_status != PayStatus::converted && row_.pay_status != PayStatus::none;
    return RowResult{RowOutcome::imported, unconverted, {}};
  }

 private:
  const ImportOptions& options_;
  typename Kind::Columns columns_;
  ReferenceData reference_;
  std::optional<typename Kind::Normaliser> normaliser_;
  std::optional<typename Kind::Writer> writer_;
  typename Kind::Row row_;
};

}  // namespace jobsight
