#include "jobsight/import_postings.hpp"

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "jobsight/csv_reader.hpp"
#include "jobsight/error.hpp"
#include "jobsight/posting_normaliser.hpp"
#include "jobsight/posting_store.hpp"
#include "jobsight/reference_store.hpp"
#include "jobsight/sha256.hpp"

namespace jobsight {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kRejectsInSummary = 5;
constexpr std::uint64_t kProgressEveryRows = 1 << 16;
constexpr std::uint64_t kCancelCheckEveryRows = 1 << 10;

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
  input.size = fs::file_size(path, ec);
  input.stream = &input.file;
}

std::string column_name(const std::vector<std::string>& header, std::size_t field_number) {
  if (field_number == 0) return {};
  if (field_number <= header.size()) return header[field_number - 1];
  return "field " + std::to_string(field_number);
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ", ";
    out += item;
  }
  return out;
}

std::string where(const std::string& file, std::size_t line, const std::string& column) {
  std::string text = file + ":" + std::to_string(line) + ":";
  if (!column.empty()) text += " column " + column + ":";
  return text;
}

}  // namespace

ImportSummary import_postings(Database& db, const std::string& path, const ImportOptions& options) {
  Clock::time_point started = Clock::now();
  Input input;
  open_input(path, input);
  const std::string& name = input.display_name;

  Sha256 hash;
  CsvReader reader(*input.stream, [&](std::string_view bytes) { hash.update(bytes); });
  CsvRecord record;
  bool has_header = false;
  try {
    has_header = reader.next(record);
  } catch (const std::exception& e) {
    throw Error(name + ": read error: " + e.what());
  }
  if (!has_header) throw Error(name + ": empty file: a header row is required");
  if (!record.error.empty()) throw Error(where(name, record.line, "") + " header: " + record.error);
  PostingColumns columns = map_posting_columns(record.fields, name);

  ReferenceData reference = load_reference_data(db);
  PostingNormaliser normaliser(reference, columns, options.source);

  ImportSummary summary;
  summary.file_name = name;
  summary.unknown_columns = columns.unknown;

  ImportRunRecord run;
  run.kind = "postings";
  run.file_name = name;
  run.source = options.source;
  run.started_at = utc_now_iso();
  run.unknown_columns = join(columns.unknown);

  try {
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    std::int64_t import_id = begin_import_run(db, run);
    PostingWriter writer(db, import_id);
    NormalisedPosting posting;

    auto reject = [&](std::size_t line, const std::string& column, const std::string& reason,
                      const std::vector<std::string>& fields) {
      if (options.strict) {
        throw Error(where(name, line, column) + " " + reason +
                    " (--strict: nothing from this file was imported)");
      }
      ++summary.rows_rejected;
      insert_import_reject(db, import_id, line, column, reason, csv_encode(fields));
      if (summary.first_rejects.size() < kRejectsInSummary) {
        summary.first_rejects.push_back(RejectedRow{line, column, reason});
      }
    };

    while (reader.next(record)) {
      ++summary.rows_read;
      if (options.cancel != nullptr && summary.rows_read % kCancelCheckEveryRows == 0 &&
          options.cancel->load()) {
        throw Interrupted(name + ": import interrupted; nothing from this file was imported");
      }
      if (options.on_progress && summary.rows_read % kProgressEveryRows == 0) {
        options.on_progress(
            ImportProgress{reader.bytes_read(), input.size, summary.rows_read,
                           std::chrono::duration<double>(Clock::now() - started).count()});
      }
      if (!record.error.empty()) {
        reject(record.line, column_name(columns.header, record.error_column), record.error,
               record.fields);
        continue;
      }
      if (std::optional<RowProblem> problem = normaliser.normalise(record.fields, posting)) {
        reject(record.line, problem->column, problem->reason, record.fields);
        continue;
      }
      if (!writer.insert(posting, record.line)) {
        ++summary.rows_duplicate;
        continue;
      }
      ++summary.rows_imported;
      if (posting.pay_status != PayStatus::converted && posting.pay_status != PayStatus::none) {
        ++summary.pay_unconverted;
      }
    }
    if (options.cancel != nullptr && options.cancel->load()) {
      throw Interrupted(name + ": import interrupted; nothing from this file was imported");
    }

    summary.import_id = import_id;
    summary.sha256 = hash.hex_digest();
    summary.file_size = input.size != 0 ? input.size : reader.bytes_read();
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
  } catch (const SQLite::Exception& e) {
    std::string message = e.what();
    if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED) {
      throw Error(db.path() + ": database is busy (another import is writing); try again later");
    }
    throw Error(name + ": import failed, nothing from this file was imported: " + message);
  } catch (const std::ios_base::failure& e) {
    throw Error(name + ": read error, nothing from this file was imported: " + e.what());
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const Error*>(&e) != nullptr) throw;
    throw Error(name + ": read error, nothing from this file was imported: " + e.what());
  }
  if (options.on_progress) {
    options.on_progress(
        ImportProgress{reader.bytes_read(), input.size, summary.rows_read,
                       std::chrono::duration<double>(Clock::now() - started).count()});
  }
  summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return summary;
}

}  // namespace jobsight
