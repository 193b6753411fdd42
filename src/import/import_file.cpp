#include "import/import_file.hpp"

#include <chrono>
#include <ctime>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "csv/text_check.hpp"
#include "jobsight/csv.hpp"
#include "jobsight/error.hpp"
#include "storage/bulk_journal.hpp"
#include "storage/deferred_indexes.hpp"
#include "storage/import_store.hpp"
#include "storage/write_transaction.hpp"
#include "util/bounded_queue.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace jobsight {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kRejectsInSummary = 5;
constexpr std::uint64_t kProgressEveryRows = 1 << 16;
constexpr std::uint64_t kCancelCheckEveryRows = 1 << 10;
constexpr std::size_t kHashChunk = std::size_t{1} << 20;
// How much of a record too long to read is kept in import_rejects.raw_record.
constexpr std::size_t kTooLongRawBytes = std::size_t{64} << 10;

std::string utc_now_iso() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

// An opened input: a file stream, or standard input for "-".
struct Input {
  std::ifstream file;
  std::istream* stream = nullptr;
  std::uint64_t size = 0;
  std::string display_name;
  bool is_regular_file = false;  // can be read twice (not stdin, a pipe or a device)
};

void open_input(const std::string& path, Input& input) {
  if (path == "-") {
    input.stream = &std::cin;
    input.display_name = "<stdin>";
    return;
  }
  input.display_name = path;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) throw Error(path + ": no such file");
  if (fs::is_directory(status)) throw Error(path + ": is a directory, not a CSV file");
  input.file.open(path, std::ios::binary);
  if (!input.file) throw Error(path + ": cannot open for reading (permission denied?)");
  // A pipe (`<(command)`) or device has no size; the bytes read stand for it at the end.
  input.is_regular_file = fs::is_regular_file(status);
  if (input.is_regular_file) {
    std::uintmax_t size = fs::file_size(path, ec);
    input.size = ec ? 0 : size;
  }
  input.stream = &input.file;
}

// The sha256 of a whole file, read apart from the import (so a file imported before can be
// recognised without parsing it). Throws Interrupted when `cancel` becomes true.
std::string hash_file(const std::string& path, const std::string& name,
                      const std::atomic<bool>* cancel) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(name + ": cannot open for reading (permission denied?)");
  Sha256 hash;
  std::vector<char> buffer(kHashChunk);
  while (in) {
    if (cancel != nullptr && cancel->load()) {
      throw Interrupted(name + ": import interrupted; nothing from this file was imported");
    }
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) throw Error(name + ": read error");
  return hash.hex_digest();
}

std::string column_name(const std::vector<std::string>& header, std::size_t field_number) {
  if (field_number == 0) return {};
  if (field_number <= header.size()) return header[field_number - 1];
  return "field " + std::to_string(field_number);
}

std::string where(const std::string& file, std::size_t line, const std::string& column) {
  std::string text = file + ":" + std::to_string(line) + ":";
  if (!column.empty()) text += " column " + column + ":";
  return text;
}

// The raw record stored with a rejected row: the record as CSV, or for a record too long to read
// whole, the start of it, marked as cut.
std::string raw_record_of(const CsvRecord& record) {
  std::string raw = csv_encode(record.fields);
  if (record.too_long && raw.size() > kTooLongRawBytes) {
    std::size_t cut = kTooLongRawBytes;  // at a character boundary, so UTF-8 stays UTF-8
    while (cut > 0 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80) --cut;
    raw.resize(cut);
    raw += " [... cut: the record is " + std::to_string(record.size) + " bytes]";
  }
  return raw;
}

std::string hex_byte(unsigned char byte) {
  return fmt::format("0x{:02X}", byte);
}

// Refuses a header row that cannot be read: malformed, too long, or not UTF-8 text.
void check_header(const CsvRecord& record, const std::string& name) {
  const std::string at = where(name, record.line, "");
  if (!record.error.empty()) throw Error(at + " the header row cannot be read: " + record.error);
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    std::optional<TextProblem> problem = find_text_problem(record.fields[i]);
    if (!problem) continue;
    const std::string column = "column " + std::to_string(i + 1) + " of the header";
    if (problem->kind == TextProblem::Kind::nul_byte) {
      throw Error(at + " not a CSV file: " + column +
                  " holds a NUL byte (a binary file?); jobsight imports CSV text (UTF-8)");
    }
    const std::string converted =
        name == "<stdin>" ? std::string() : " " + name + " > converted.csv";
    throw Error(at + " the header is not UTF-8 text (" + column + " has byte " +
                hex_byte(problem->byte) +
                "); jobsight reads UTF-8 only: if the file is Latin-1 / Windows-1252, convert it "
                "first (iconv -f WINDOWS-1252 -t UTF-8" +
                converted + ")");
  }
}

ImportSummary already_imported(const std::string& name, const std::string& sha256,
                               std::uint64_t size, const PreviousImport& previous) {
  ImportSummary summary;
  summary.file_name = name;
  summary.sha256 = sha256;
  summary.file_size = size;
  summary.previous_import_id = previous.import_id;
  summary.previous_import_at = previous.finished_at;
  return summary;
}

// "FILE: every row was rejected, so nothing was imported (N rows); the first reasons: ...".
std::string every_row_rejected(const std::string& name, const ImportSummary& summary) {
  std::string text = name + ": every row was rejected, so nothing was imported (" +
                     std::to_string(summary.rows_read) +
                     (summary.rows_read == 1 ? " row" : " rows") + "); the first reasons:";
  for (const RejectedRow& reject : summary.first_rejects) {
    text += " line " + std::to_string(reject.line) + ":" +
            (reject.column.empty() ? "" : " column " + reject.column + ":") + " " + reject.reason +
            ";";
  }
  text.pop_back();
  return text;
}

// Shows `handler` the file's records, as RowHandler::wants_prescan says. Problems reading are left
// for the import itself to report.
void prescan_file(const std::string& path, char delimiter, RowHandler& handler) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  try {
    CsvReader reader(in, nullptr, CsvReader::kDefaultMaxRecordBytes, delimiter);
    CsvRecord record;
    if (!reader.next(record)) return;  // the header
    for (std::size_t seen = 0; seen < kPrescanRows && reader.next(record); ++seen) {
      if (record.error.empty() && handler.prescan(record.fields)) return;
    }
  } catch (const std::exception&) {
    return;
  }
}

// The import options that change how a file is read, as they would be typed: "--map
// title=Role --set country=GB --as-of 2026-04-15 --date-order dmy --delimiter ';'".
std::string options_as_typed(const ImportOptions& options) {
  std::vector<std::string> parts;
  for (const ColumnMapping& mapping : options.column_map) parts.push_back("--map " + mapping.text);
  for (const FieldValue& value : options.set_values) parts.push_back("--set " + value.text);
  if (!options.as_of.empty()) parts.push_back("--as-of " + options.as_of);
  if (!options.date_order.empty()) parts.push_back("--date-order " + options.date_order);
  if (options.delimiter != 0) {
    parts.push_back(std::string("--delimiter ") +
                    (options.delimiter == '\t' ? "tab" : std::string(1, options.delimiter)));
  }
  if (options.strict) parts.push_back("--strict");
  return fmt::format("{}", fmt::join(parts, " "));
}

// Adds one imported row's pay to the summary's counts, keeping the first example of each kind;
// with `add` false, takes back a row found at the end to be a duplicate (its example, if it gave
// one, stays: it is still pay as the file wrote it).
void count_pay(const RowPay& pay, PayOutcomes& outcomes, bool add = true) {
  auto example = [&](const char* outcome) {
    if (!add) return;  // an example met stays an example of the file
    for (const auto& [name, value] : outcomes.examples) {
      if (name == outcome) return;
    }
    outcomes.examples.emplace_back(outcome, pay.as_written);
  };
  auto bump = [add](std::uint64_t& count) { count = add ? count + 1 : count - 1; };
  switch (pay.status) {
    case PayStatus::converted:
      bump(outcomes.converted);
      if (pay.period_inferred) {
        bump(outcomes.period_inferred);
        example("period inferred");
      }
      if (pay.currency_assumed) {
        bump(outcomes.currency_assumed);
        example("currency assumed");
      }
      if (pay.outlier) {
        bump(outcomes.outlier);
        example("outlier");
      }
      break;
    case PayStatus::none:
      bump(outcomes.no_pay);
      break;
    case PayStatus::invalid_amount:
      bump(outcomes.unparsable);
      example("unparsable");
      break;
    case PayStatus::unknown_period:
      bump(outcomes.unknown_period);
      example("unknown period");
      break;
    case PayStatus::unknown_currency:
      if (pay.problem == PayProblem::currency_conflict) {
        bump(outcomes.currency_conflict);
        example("currency conflict");
      } else {
        bump(outcomes.unknown_currency);
        example("unknown currency");
      }
      break;
  }
}

double seconds_since(Clock::time_point started) {
  return std::chrono::duration<double>(Clock::now() - started).count();
}

}  // namespace

// One record as the reading thread hands it to the writing one: the row to store, or the
// problem that rejects it with the record as read.
struct ReadRecord {
  std::size_t line = 0;
  std::unique_ptr<PreparedRow> row;
  RowProblem problem;
  std::string raw;
};

// Records in file order, and how far into the file the last of them ends.
struct RecordBatch {
  std::vector<ReadRecord> records;
  std::uint64_t bytes_read = 0;
};

constexpr std::size_t kRecordsPerBatch = 256;
constexpr std::size_t kBatchesInFlight = 4;  // at most ~1,000 records between the threads

// Reads the file's records after the header, checks them and has `handler` normalise them on a
// thread of its own, while the caller's thread stores them (issue 10: normalising and writing
// each take about half of an import). Stops early when the caller stops taking batches.
class ReadingThread {
 public:
  ReadingThread(CsvReader& reader, const std::vector<std::string>& header, RowHandler& handler)
      : reader_(reader), header_(header), handler_(handler), thread_([this] { run(); }) {}
  ~ReadingThread() { finish_quietly(); }
  ReadingThread(const ReadingThread&) = delete;
  ReadingThread& operator=(const ReadingThread&) = delete;

  // The next batch, in file order; nullopt after the last.
  std::optional<RecordBatch> next() { return queue_.pop(); }

  // After next returned nullopt: waits for the thread and rethrows what stopped it early.
  void finish() {
    finish_quietly();
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  void finish_quietly() {
    queue_.close();
    if (thread_.joinable()) thread_.join();
  }

  void run() {
    try {
      CsvRecord record;
      RecordBatch batch;
      while (reader_.next(record)) {
        ReadRecord& read = batch.records.emplace_back();
        read.line = record.line;
        prepare(record, read);
        if (batch.records.size() == kRecordsPerBatch) {
          batch.bytes_read = reader_.bytes_read();
          if (!queue_.push(std::exchange(batch, RecordBatch{}))) return;
        }
      }
      batch.bytes_read = reader_.bytes_read();
      if (!batch.records.empty()) queue_.push(std::move(batch));
    } catch (...) {
      failure_ = std::current_exception();
    }
    queue_.close();
  }

  // A malformed record, a field that is not UTF-8 text, or what the handler says.
  void prepare(const CsvRecord& record, ReadRecord& read) {
    if (!record.error.empty()) {
      read.problem = RowProblem{column_name(header_, record.error_column), record.error};
      read.raw = raw_record_of(record);
      return;
    }
    // Only UTF-8 text without NUL bytes is stored (both kinds of import alike).
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      if (std::optional<TextProblem> problem = find_text_problem(record.fields[i])) {
        const std::string column = column_name(header_, i + 1);
        read.problem = RowProblem{column, describe_text_problem(*problem, column)};
        read.raw = raw_record_of(record);
        return;
      }
    }
    read.row = handler_.prepare(record.fields, read.problem);
    if (read.row == nullptr) read.raw = raw_record_of(record);
  }

  CsvReader& reader_;
  const std::vector<std::string>& header_;
  RowHandler& handler_;
  BoundedQueue<RecordBatch> queue_{kBatchesInFlight};
  std::exception_ptr failure_;
  std::thread thread_;  // last: it starts once everything it uses is there
};

void check_import_path(const std::string& path) {
  if (path == "-") return;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) throw Error(path + ": no such file");
  if (fs::is_directory(status)) throw Error(path + ": is a directory, not a CSV file");
  // Opening a FIFO would wait for (and could consume) its writer; only regular files are tried.
  if (fs::is_regular_file(status) && !std::ifstream(path, std::ios::binary)) {
    throw Error(path + ": cannot open for reading (permission denied?)");
  }
}

ImportSummary import_file(Database& db, const std::string& path, const ImportKind& kind,
                          RowHandler& handler, const ImportOptions& options) {
  Clock::time_point started = Clock::now();
  Input input;
  open_input(path, input);
  const std::string& name = input.display_name;
  const std::string kind_name(kind.name);

  Sha256 hash;
  CsvReader reader(*input.stream, [&](std::string_view bytes) { hash.update(bytes); });
  std::string_view head;
  try {
    head = reader.head(kSniffBytes);
  } catch (const std::exception& e) {
    throw Error(name + ": read error: " + e.what());
  }
  if (std::optional<std::string> problem = describe_non_csv_input(head, name)) {
    throw Error(*problem);
  }
  // The delimiter: --delimiter, else the one that splits the header into the most known columns.
  const char delimiter =
      options.delimiter != 0
          ? options.delimiter
          : detect_delimiter(name, head, [&](const std::vector<std::string>& names) {
              return handler.header_score(names);
            });
  reader.set_delimiter(delimiter);

  if (kind.once_per_file && input.is_regular_file) {
    std::string sha256 = hash_file(path, name, options.cancel);
    if (std::optional<PreviousImport> previous = find_import_by_sha256(db, kind_name, sha256)) {
      ImportSummary summary = already_imported(name, sha256, input.size, *previous);
      summary.seconds = seconds_since(started);
      return summary;
    }
  }

  CsvRecord record;
  bool has_header = false;
  try {
    has_header = reader.next(record);
  } catch (const std::exception& e) {
    throw Error(name + ": read error: " + e.what());
  }
  if (!has_header) throw Error(name + ": empty file: a header row is required");
  check_header(record, name);
  const std::vector<std::string> header = record.fields;
  std::vector<std::string> unknown_columns = handler.map_header(header, name);
  if (input.is_regular_file && handler.wants_prescan()) prescan_file(path, delimiter, handler);

  ImportSummary summary;
  summary.file_name = name;
  summary.unknown_columns = unknown_columns;
  summary.column_notes = handler.column_notes();
  summary.delimiter = delimiter;

  ImportRunRecord run;
  run.kind = kind_name;
  run.file_name = name;
  run.source = options.source;
  run.started_at = utc_now_iso();
  run.unknown_columns = join(unknown_columns);
  run.options = options_as_typed(options);

  auto progress = [&] {
    options.on_progress(
        ImportProgress{reader.bytes_read(), input.size, summary.rows_read, seconds_since(started)});
  };
  auto interrupted = [&] {
    return Interrupted(name + ": import interrupted; nothing from this file was imported");
  };

  try {
    const std::uintmax_t known_size = input.is_regular_file ? input.size : 0;
    // The first import of a kind, from a file, writes through the rollback journal: nobody
    // reads an empty table, and pages are written once (storage/bulk_journal.hpp).
    BulkJournal journal(db, known_size > 0 && holds_no_rows(db, kind_name));
    WriteTransaction transaction(db);
    std::int64_t import_id = begin_import_run(db, run);
    // Before the writers prepare their statements: a large file goes in without the secondary
    // indexes, which are built again from all the rows before the run's counts read them.
    DeferredIndexes deferred_indexes(db, kind_name, known_size);
    handler.start(db, import_id);

    auto reject = [&](std::size_t line, RowProblem& problem, const std::string& raw) {
      if (options.strict) {
        throw Error(where(name, line, problem.column) + " " + problem.reason +
                    " (--strict: nothing from this file was imported)");
      }
      ++summary.rows_rejected;
      insert_import_reject(db, import_id, line, problem.column, problem.reason, raw);
      if (summary.first_rejects.size() < kRejectsInSummary) {
        summary.first_rejects.push_back(
            RejectedRow{line, std::move(problem.column), std::move(problem.reason)});
      }
    };

    // This thread stores what the reading thread read and normalised, in file order.
    ReadingThread reading(reader, header, handler);
    while (std::optional<RecordBatch> batch = reading.next()) {
      for (ReadRecord& read : batch->records) {
        ++summary.rows_read;
        if (options.cancel != nullptr && summary.rows_read % kCancelCheckEveryRows == 0 &&
            options.cancel->load()) {
          throw interrupted();
        }
        if (options.on_progress && summary.rows_read % kProgressEveryRows == 0) {
          options.on_progress(ImportProgress{batch->bytes_read, input.size, summary.rows_read,
                                             seconds_since(started)});
        }
        if (read.row == nullptr) {
          reject(read.line, read.problem, read.raw);
          continue;
        }
        RowResult result = handler.store(*read.row, read.line);
        if (result.outcome == RowOutcome::duplicate) {
          ++summary.rows_duplicate;
          continue;
        }
        ++summary.rows_imported;
        if (result.pay_unconverted) ++summary.pay_unconverted;
        count_pay(result.pay, summary.pay);
      }
    }
    reading.finish();  // rethrows what stopped the reading thread, if anything did
    if (options.cancel != nullptr && options.cancel->load()) throw interrupted();
    // A file none of whose rows could be read is a failure (SPEC 5): usually the wrong file, or
    // a setting the file needs (--date-order, --as-of, --map). Nothing of it is kept.
    if (summary.rows_read > 0 && summary.rows_rejected == summary.rows_read) {
      throw Error(every_row_rejected(name, summary));
    }

    summary.sha256 = hash.hex_digest();
    summary.file_size = input.size != 0 ? input.size : reader.bytes_read();
    if (kind.once_per_file) {
      // Standard input or a pipe could not be hashed beforehand, and another process may have
      // imported the file meanwhile: check again now that the hash is known. The transaction rolls
      // back.
      if (std::optional<PreviousImport> previous =
              find_import_by_sha256(db, kind_name, summary.sha256)) {
        ImportSummary again = already_imported(name, summary.sha256, summary.file_size, *previous);
        again.seconds = seconds_since(started);
        return again;
      }
    }
    handler.finish();
    // Postings stored while the identity index was set aside, and found to repeat an earlier
    // identity when it is built, count as the duplicates they are.
    for (const RemovedDuplicate& duplicate : deferred_indexes.rebuild(import_id)) {
      --summary.rows_imported;
      ++summary.rows_duplicate;
      RowPay pay{duplicate.pay_status,          duplicate.pay_problem,
                 duplicate.pay_period_inferred, duplicate.pay_currency_assumed,
                 duplicate.pay_outlier,         {}};
      if (pay.status != PayStatus::converted && pay.status != PayStatus::none) {
        --summary.pay_unconverted;
      }
      count_pay(pay, summary.pay, false);
    }
    summary.import_id = import_id;
    run.sha256 = summary.sha256;
    run.file_size = static_cast<std::int64_t>(summary.file_size);
    run.finished_at = utc_now_iso();
    run.rows_read = static_cast<std::int64_t>(summary.rows_read);
    run.rows_imported = static_cast<std::int64_t>(summary.rows_imported);
    run.rows_duplicate = static_cast<std::int64_t>(summary.rows_duplicate);
    run.rows_rejected = static_cast<std::int64_t>(summary.rows_rejected);
    run.pay_unconverted = static_cast<std::int64_t>(summary.pay_unconverted);
    finish_import_run(db, import_id, run);
    transaction.commit();
  } catch (const DatabaseError& e) {
    if (e.busy()) {
      throw Error(db.path() +
                  ": database is busy (another import is writing, or a program kept reading "
                  "while a first import needed to write); try again later");
    }
    throw Error(name + ": import failed, nothing from this file was imported: " + e.reason());
  } catch (const std::ios_base::failure& e) {
    throw Error(name + ": read error, nothing from this file was imported: " + e.what());
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const Error*>(&e) != nullptr) throw;
    throw Error(name + ": read error, nothing from this file was imported: " + e.what());
  }
  if (options.on_progress) progress();
  summary.seconds = seconds_since(started);
  return summary;
}

}  // namespace jobsight
