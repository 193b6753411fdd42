#include "jobsight/import.hpp"

#include "import/import_file.hpp"

#include <optional>

#include "normalise/posting_columns.hpp"
#include "normalise/posting_normaliser.hpp"
#include "storage/posting_store.hpp"
#include "storage/reference_store.hpp"

namespace jobsight {
namespace {

constexpr ImportKind kPostingsKind{"postings", false};

// Postings: normalised by PostingNormaliser; a row whose identity is stored is a duplicate.
class PostingRowHandler final : public RowHandler {
 public:
  explicit PostingRowHandler(const ImportOptions& options) : options_(options) {}

  std::vector<std::string> map_header(const std::vector<std::string>& header,
                                      const std::string& file_name) override {
    columns_ = map_posting_columns(header, file_name, options_.column_map);
    return columns_.unknown;
  }

  void start(Database& db, std::int64_t import_id) override {
    reference_ = load_reference_data(db);
    normaliser_.emplace(reference_, columns_, options_.source);
    writer_.emplace(db, import_id);
  }

  RowResult handle(const std::vector<std::string>& fields, std::size_t line) override {
    if (std::optional<RowProblem> problem = normaliser_->normalise(fields, posting_)) {
      return RowResult::rejected(std::move(*problem));
    }
    if (!writer_->insert(posting_, line)) return RowResult{RowOutcome::duplicate, false, {}};
    bool unconverted =
        posting_.pay_status != PayStatus::converted && posting_.pay_status != PayStatus::none;
    return RowResult{RowOutcome::imported, unconverted, {}};
  }

 private:
  const ImportOptions& options_;
  PostingColumns columns_;
  ReferenceData reference_;
  std::optional<PostingNormaliser> normaliser_;
  std::optional<PostingWriter> writer_;
  NormalisedPosting posting_;
};

}  // namespace

ImportSummary import_postings(Database& db, const std::string& path, const ImportOptions& options) {
  PostingRowHandler handler(options);
  return import_file(db, path, kPostingsKind, handler, options);
}

}  // namespace jobsight
