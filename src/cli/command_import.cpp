#include "cli/command_import.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/render.hpp"
#include "cli/signals.hpp"
#include "jobsight/database.hpp"
#include "jobsight/error.hpp"
#include "jobsight/import_postings.hpp"

namespace jobsight::cli {
namespace {

// Shows "file: 42% 1,234,567 rows 456,789 rows/s" on a terminal once an import passes a second.
class ProgressLine {
 public:
  ProgressLine(bool enabled, std::string file) : enabled_(enabled), file_(std::move(file)) {}
  ~ProgressLine() { clear(); }

  void update(const ImportProgress& progress) {
    if (!enabled_ || progress.seconds < 1.0) return;
    std::string percent =
        progress.bytes_total > 0
            ? fmt::format("{:3.0f}% ", 100.0 * static_cast<double>(progress.bytes_read) /
                                           static_cast<double>(progress.bytes_total))
            : "";
    std::string line = fmt::format(
        "{}: {}{} rows, {} rows/s", file_, percent,
        with_thousands(static_cast<std::int64_t>(progress.rows_read)),
        with_thousands(
            static_cast<std::int64_t>(static_cast<double>(progress.rows_read) / progress.seconds)));
    std::cerr << '\r' << line << "\x1b[K" << std::flush;
    shown_ = true;
  }

  void clear() {
    if (shown_) std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
  }

 private:
  bool enabled_;
  std::string file_;
  bool shown_ = false;
};

std::string count(std::uint64_t value) {
  return with_thousands(static_cast<std::int64_t>(value));
}

void print_summary(const ImportSummary& s) {
  std::cout << fmt::format(
      "{}: {} rows read, {} imported, {} duplicates, {} rejected, {} pay not converted ({:.2f} "
      "s)\n",
      s.file_name, count(s.rows_read), count(s.rows_imported), count(s.rows_duplicate),
      count(s.rows_rejected), count(s.pay_unconverted), s.seconds);
  if (!s.unknown_columns.empty()) {
    std::string list;
    for (const std::string& column : s.unknown_columns) {
      list += (list.empty() ? "" : ", ") + column;
    }
    std::cout << "  ignored columns: " << list << '\n';
  }
  for (const RejectedRow& reject : s.first_rejects) {
    std::cout << fmt::format("  rejected {}:{}:{} {}\n", s.file_name, reject.line,
                             reject.column.empty() ? "" : " column " + reject.column + ":",
                             reject.reason);
  }
  if (s.rows_rejected > s.first_rejects.size()) {
    std::cout << fmt::format(
        "  ... and {} more; every rejected row is in table import_rejects (import_id {})\n",
        count(s.rows_rejected - s.first_rejects.size()), s.import_id);
  }
}

int run_import_postings(const std::string& db_path, const ImportCommandOptions& options) {
  Database db = Database::open_for_writing(db_path);
  CancelOnSignal signals;
  for (const std::string& file : options.files) {
    ProgressLine progress(!options.quiet && isatty(STDERR_FILENO) == 1, file);
    ImportOptions import_options;
    import_options.source = options.source;
    import_options.strict = options.strict;
    import_options.cancel = &signals.cancelled();
    import_options.on_progress = [&](const ImportProgress& p) { progress.update(p); };
    ImportSummary summary;
    try {
      summary = import_postings(db, file, import_options);
    } catch (const Interrupted& e) {
      progress.clear();
      std::cerr << "jobsight: " << e.what() << '\n';
      return signals.exit_code();
    }
    progress.clear();
    if (!options.quiet) print_summary(summary);
  }
  return 0;
}

}  // namespace

void setup_import_command(CLI::App& app, const std::string& db_path, std::function<int()>& action) {
  CLI::App* import = app.add_subcommand("import", "Import CSV files into the database");
  import->require_subcommand(1);
  auto options = std::make_shared<ImportCommandOptions>();
  CLI::App* postings = import->add_subcommand(
      "postings", "Import job postings CSV files (one transaction per file)");
  postings->footer(
      "Examples:\n"
      "  jobsight import postings sample_data/postings.csv\n"
      "  jobsight --db market.db import postings jan.csv feb.csv --source linkedin\n"
      "  scraper | jobsight import postings - --strict");
  postings->add_option("files", options->files, "CSV files to import; - reads standard input")
      ->required();
  postings->add_option("--source", options->source,
                       "Source name for rows without a source column/value (part of a "
                       "posting's identity)");
  postings->add_flag("--strict", options->strict,
                     "Fail the whole file (importing nothing of it) if any row is rejected");
  postings->add_flag("--quiet", options->quiet, "Print no progress and no summary");
  postings->callback([&action, &db_path, options] {
    action = [&db_path, options] { return run_import_postings(db_path, *options); };
  });
}

}  // namespace jobsight::cli
