#pragma once
// The shared pipeline of every CSV import (import layer): opening the file or standard input,
// hashing it, reading the header and records, one transaction per file, the import_runs record,
// rejected rows, --strict, cancellation, progress and the summary. What a row means is up to a
// RowHandler for the kind of file (postings, salary observations).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jobsight/database.hpp"
#include "jobsight/import.hpp"
#include "normalise/pay.hpp"
#include "normalise/row_problem.hpp"

namespace jobsight {

// What the driver needs to know about a kind of import.
struct ImportKind {
  std::string_view name;       // import_runs.kind: "postings" or "salaries"
  bool once_per_file = false;  // a file whose sha256 was imported before as this kind adds nothing
};

enum class RowOutcome { imported, duplicate, rejected };

// The most records a pre-scan reads (RowHandler::wants_prescan).
inline constexpr std::size_t kPrescanRows = 50'000;

// What became of one record.
// How one imported row's pay came out, for the summary's PayOutcomes.
struct RowPay {
  PayStatus status = PayStatus::none;
  PayProblem problem = PayProblem::none;
  bool period_inferred = false;
  bool currency_assumed = false;
  bool outlier = false;
  std::string as_written;  // the pay cells as written, for an example
};

struct RowResult {
  RowOutcome outcome = RowOutcome::imported;
  bool pay_unconverted = false;  // imported, and its pay was given but could not be converted
  RowProblem problem;            // why, when rejected
  RowPay pay;                    // when imported

  static RowResult rejected(RowProblem why) {
    return {RowOutcome::rejected, false, std::move(why), {}};
  }
};

// A record normalised by RowHandler::prepare, waiting to be stored (each kind's own row type).
class PreparedRow {
 public:
  virtual ~PreparedRow() = default;
};

// One kind of import's work on one file. The driver calls map_header once, then (inside the
// file's transaction) start once, then for every well-formed record in file order prepare, and
// store for each record prepare accepted. prepare runs on the thread that reads the file, store
// on the one that writes the database: they share nothing but the reference data start loaded,
// which neither changes.
class RowHandler {
 public:
  virtual ~RowHandler() = default;

  // Maps the header row to the kind's fields and returns the header names it does not use (they
  // are listed in the summary). Throws jobsight::Error naming `file_name` when a required column
  // is missing or a --map mapping cannot be applied; nothing has been written then.
  virtual std::vector<std::string> map_header(const std::vector<std::string>& header,
                                              const std::string& file_name) = 0;

  // True when the handler wants to see the file's records before the import (to settle the
  // day-month order of its dates); the driver then calls prescan with records in file order
  // until it returns true, the file ends, or kPrescanRows records were seen. Only regular files
  // are pre-scanned (standard input cannot be read twice).
  virtual bool wants_prescan() const { return false; }
  // How many of `names` (a header split with one candidate delimiter) name the kind's fields:
  // the delimiter that names most is the file's.
  virtual int header_score(const std::vector<std::string>& names) const = 0;
  // After map_header: for each field more than one column could give, which was taken and which
  // ignored.
  virtual std::vector<std::string> column_notes() const { return {}; }
  virtual bool prescan(const std::vector<std::string>& /*fields*/) { return true; }

  // Prepares to store rows as part of import run `import_id` (load reference data, prepare
  // statements).
  virtual void start(Database& db, std::int64_t import_id) = 0;

  // Normalises the record `fields`: the row to store, or the problem that rejects the record.
  // Touches no database.
  virtual std::unique_ptr<PreparedRow> prepare(const std::vector<std::string>& fields,
                                               RowProblem& problem) = 0;

  // Stores `row`, which prepare made from the record that starts at physical line `line`:
  // imported (with its pay), or a duplicate of a row stored before.
  virtual RowResult store(const PreparedRow& row, std::size_t line) = 0;

  // After the last store, inside the transaction: writes what the handler keeps in memory for
  // the rows it stored (postings' kept counts).
  virtual void finish() {}
};

// Imports `path` ("-" reads standard input) with `handler`, in one transaction: either the whole
// file is stored (accepted rows, rejected rows with their reasons, and an import_runs row) or,
// on any error, nothing is. For a `once_per_file` kind, a file whose sha256 matches an earlier
// import of that kind is not imported again: the summary says which import it was
// (previous_import_id) and nothing is written. Throws jobsight::Error naming the file (and line)
// when it cannot be read, is not CSV text (describe_non_csv_input: compressed, binary, UTF-16),
// its header row is malformed or not UTF-8, the handler refuses its header, or, with `strict`, a
// row is rejected; Interrupted when cancelled. A database failure (a full disk, a damaged file:
// DatabaseError from storage) throws jobsight::Error "FILE: import failed, nothing from this file
// was imported: " and its reason; a database busy past the timeout "DB: database is busy".
// Rows are rejected, besides what the handler rejects, when the CSV record is malformed or too
// long (CsvReader), or a field holds a NUL byte or invalid UTF-8 (find_text_problem; the column is
// named as the header writes it). A rejected record too long to read whole keeps its first 64 KiB
// in import_rejects.raw_record, marked as cut.
ImportSummary import_file(Database& db, const std::string& path, const ImportKind& kind,
                          RowHandler& handler, const ImportOptions& options);

}  // namespace jobsight
