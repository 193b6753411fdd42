#include "import/import_file.hpp"
#include "import/normalising_row_handler.hpp"
#include "jobsight/import.hpp"
#include "normalise/posting_columns.hpp"
#include "normalise/posting_normaliser.hpp"
#include "storage/posting_store.hpp"

namespace jobsight {
namespace {

// Postings: a row whose identity (SPEC 2.6) is stored already is a duplicate, so importing a
// file again adds nothing and is still recorded.
struct PostingsKind {
  static constexpr ImportKind kind{"postings", false};
  using Columns = PostingColumns;
  using Normaliser = PostingNormaliser;
  using Row = NormalisedPosting;
  static constexpr auto kDateField = PostingField::posted_date;
  using Writer = PostingWriter;

  static Columns map_columns(const std::vector<std::string>& header, const std::string& file_name,
                             const std::vector<ColumnMapping>& column_map,
                             const std::vector<FieldValue>& values) {
    return map_posting_columns(header, file_name, column_map, values);
  }
  static std::span<const FieldSpec> fields() { return posting_fields(); }
  static Normaliser make_normaliser(const ReferenceData& reference, const Columns& columns,
                                    const ImportOptions& options, DateOptions dates) {
    return PostingNormaliser(reference, columns, options.source, dates);
  }
  static bool store(Writer& writer, const Row& row, std::size_t line) {
    return writer.insert(row, line);
  }
  static void finish(Writer& writer) { writer.store_counts(); }
};

}  // namespace

ImportSummary import_postings(Database& db, const std::string& path, const ImportOptions& options) {
  NormalisingRowHandler<PostingsKind> handler(options);
  return import_file(db, path, PostingsKind::kind, handler, options);
}

}  // namespace jobsight
