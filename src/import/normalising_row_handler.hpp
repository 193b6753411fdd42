#pragma once
// The row handler both imports share (import layer): map the header to the kind's columns, load
// the reference data, normalise each record and store it. A kind says only what differs: its
// columns, its normaliser and its writer (see import_postings.cpp, import_salaries.cpp).

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "import/import_file.hpp"
#include "jobsight/error.hpp"
#include "normalise/dates.hpp"
#include "normalise/field_values.hpp"
#include "normalise/header_columns.hpp"
#include "normalise/pay.hpp"
#include "normalise/reference_data.hpp"
#include "storage/reference_store.hpp"

namespace jobsight {

// `Kind` provides:
//   using Columns, Normaliser, Row, Writer;
//   static Columns map_columns(header, file_name, column_map);
//   static Normaliser make_normaliser(const ReferenceData&, const Columns&, const ImportOptions&,
//                                     DateOptions);
//   static bool store(Writer&, const Row&, std::size_t line);  // false: a duplicate
//   static void finish(Writer&);  // after the last store
//   static constexpr Field kDateField;  // the column whose dates settle the day-month order
//   static std::span<const FieldSpec> fields();
template <typename Kind>
class NormalisingRowHandler final : public RowHandler {
  struct Prepared final : PreparedRow {
    typename Kind::Row row;
  };

 public:
  // Throws jobsight::Error for an --as-of or --date-order that cannot be read, before anything
  // is read or written.
  explicit NormalisingRowHandler(const ImportOptions& options)
      : options_(options), dates_(date_options(options)), prescan_reader_(dates_) {}

  bool wants_prescan() const override { return !prescan_reader_.order(); }

  // Stops at the first date that shows the day-month order, or after kPlainDateRows rows none of
  // whose dates is written day-month at all (ISO dates, month names: nothing to settle).
  bool prescan(const std::vector<std::string>& fields) override {
    if (fields.size() != columns_.width) return false;
    std::string_view text = columns_.get(fields, Kind::kDateField);
    if (std::optional<DateOrder> order = DateReader::order_shown_by(text)) {
      prescan_reader_.settle(*order);
      return true;
    }
    seen_day_month_ = seen_day_month_ || written_day_month(text);
    return !seen_day_month_ && ++prescanned_ >= kPlainDateRows;
  }

  std::vector<std::string> map_header(const std::vector<std::string>& header,
                                      const std::string& file_name) override {
    // A --set value is read as a cell would be; one that cannot be refuses the file first.
    for (const FieldValue& value : options_.set_values) {
      std::string problem = field_value_problem(value.field, value.value, dates_);
      if (!problem.empty()) throw Error(file_name + ": --set " + value.text + ": " + problem);
    }
    columns_ = Kind::map_columns(header, file_name, options_.column_map, options_.set_values);
    return columns_.unknown;
  }

  // Names count when a field or a --map column has them.
  int header_score(const std::vector<std::string>& names) const override {
    int known = 0;
    for (const std::string& name : names) {
      bool mapped = false;
      for (const ColumnMapping& mapping : options_.column_map) {
        mapped = mapped || fold_header_name(mapping.column) == fold_header_name(name);
      }
      known += mapped || field_from_header(Kind::fields(), name) >= 0;
    }
    return known;
  }

  std::vector<std::string> column_notes() const override {
    std::vector<std::string> notes;
    for (const ColumnNote& note : columns_.notes) notes.push_back(note.text());
    return notes;
  }

  void start(Database& db, std::int64_t import_id) override {
    reference_ = load_reference_data(db);
    normaliser_.emplace(Kind::make_normaliser(reference_, columns_, options_, dates_));
    if (std::optional<DateOrder> order = prescan_reader_.order()) {
      normaliser_->dates().settle(*order);
    }
    writer_.emplace(db, import_id);
  }

  std::unique_ptr<PreparedRow> prepare(const std::vector<std::string>& fields,
                                       RowProblem& problem) override {
    auto prepared = std::make_unique<Prepared>();
    if (std::optional<RowProblem> found = normaliser_->normalise(fields, prepared->row)) {
      problem = std::move(*found);
      return nullptr;
    }
    return prepared;
  }

  void finish() override { Kind::finish(*writer_); }

  RowResult store(const PreparedRow& prepared, std::size_t line) override {
    const typename Kind::Row& row = static_cast<const Prepared&>(prepared).row;
    if (!Kind::store(*writer_, row, line)) {
      return RowResult{RowOutcome::duplicate, false, {}, {}};
    }
    // Pay that was given but could not be converted is counted in the summary.
    bool unconverted = row.pay_status != PayStatus::converted && row.pay_status != PayStatus::none;
    RowPay pay{row.pay_status,           row.pay_problem, row.pay_period_inferred,
               row.pay_currency_assumed, row.pay_outlier, row.pay_as_written};
    return RowResult{RowOutcome::imported, unconverted, {}, std::move(pay)};
  }

 private:
  // The --as-of and --date-order options, read.
  static DateOptions date_options(const ImportOptions& options) {
    DateOptions dates;
    if (!options.as_of.empty()) {
      dates.as_of = parse_as_of(options.as_of);
      if (!dates.as_of) {
        std::string why = date_range_problem(options.as_of);
        throw Error("--as-of '" + options.as_of + "' is not a date" +
                    (why.empty() ? "; write it as YYYY-MM-DD" : ": " + why));
      }
    }
    if (!options.date_order.empty()) {
      dates.order = parse_date_order(options.date_order);
      if (!dates.order) {
        throw Error("--date-order '" + options.date_order + "' is not dmy or mdy");
      }
    }
    return dates;
  }

  // "03/04/2024", "3.4.24", "03-04-2024": one or two digits, then '/', '.' or '-' and a digit.
  static bool written_day_month(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && digits < 3 && is_ascii_digit(text[digits])) ++digits;
    return digits >= 1 && digits <= 2 && digits + 1 < text.size() &&
           (text[digits] == '/' || text[digits] == '.' || text[digits] == '-') &&
           is_ascii_digit(text[digits + 1]);
  }

  static constexpr std::size_t kPlainDateRows = 1'000;

  const ImportOptions& options_;
  std::size_t prescanned_ = 0;
  bool seen_day_month_ = false;
  DateOptions dates_;
  DateReader prescan_reader_;
  typename Kind::Columns columns_;
  ReferenceData reference_;
  std::optional<typename Kind::Normaliser> normaliser_;
  std::optional<typename Kind::Writer> writer_;
};

}  // namespace jobsight
