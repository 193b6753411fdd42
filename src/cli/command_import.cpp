#include "cli/command_import.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <span>
#include <string_view>

#include "cli/render.hpp"
#include "cli/signals.hpp"
#include "jobsight/database.hpp"
#include "jobsight/display_width.hpp"
#include "jobsight/error.hpp"
#include "jobsight/import.hpp"

namespace jobsight::cli {
namespace {

// Shows "file: 42% 1,234,567 rows, 456,789 rows/s" on a terminal once an import passes a
// second, on one line that never wraps: a path too long for the terminal's width keeps its start
// and its file name with "…" between them. The line is cleared when the object goes away: at
// the end, on an error and on Ctrl-C alike.
class ProgressLine {
 public:
  ProgressLine(bool enabled, std::string file)
      : enabled_(enabled),
        file_(printable(file)),
        width_(enabled ? output_width(STDERR_FILENO) : 0) {}
  ~ProgressLine() { clear(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  void update(const ImportProgress& progress) {
    if (!enabled_ || progress.seconds < 1.0) return;
    std::string percent =
        progress.bytes_total > 0
            ? fmt::format("{:3.0f}% ", 100.0 * static_cast<double>(progress.bytes_read) /
                                           static_cast<double>(progress.bytes_total))
            : "";
    std::string counts = fmt::format(
        ": {}{} rows, {} rows/s", percent,
        with_thousands(static_cast<std::int64_t>(progress.rows_read)),
        with_thousands(
            static_cast<std::int64_t>(static_cast<double>(progress.rows_read) / progress.seconds)));
    // One cell is left free: writing the last column makes some terminals wrap.
    std::size_t room = width_ > 1 ? width_ - 1 : 1;
    std::size_t counts_width = display_width(counts);
    std::string file = shorten_middle(file_, room > counts_width + 8 ? room - counts_width : 8);
    std::cerr << '\r' << shorten_end(file + counts, room) << "\x1b[K" << std::flush;
    shown_ = true;
  }

  void clear() {
    if (shown_) std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
  }

 private:
  bool enabled_;
  std::string file_;
  std::size_t width_;
  bool shown_ = false;
};

// The summary lists this many ignored columns, then how many more there are.
constexpr std::size_t kIgnoredColumnsShown = 20;

std::string count(std::uint64_t value) {
  return with_thousands(static_cast<std::int64_t>(value));
}

// What differs between `import postings` and `import salaries`.
struct ImportCommandKind {
  std::string_view name;  // "postings", "salaries"
  std::span<const FieldSpec> (*fields)();
  ImportSummary (*import)(Database&, const std::string&, const ImportOptions&);
  bool has_duplicates;  // postings count rows already stored; salary observations never do
};

constexpr ImportCommandKind kPostings{"postings", posting_fields, import_postings, true};
constexpr ImportCommandKind kSalaries{"salaries", salary_fields, import_salaries, false};

// The pay outcomes (SPEC 2.2), when there is more to say than "converted" and "no pay": one line
// of counts, one example of each problem, and how to fix an assumed currency.
void print_pay(const PayOutcomes& pay) {
  std::vector<std::string> parts;
  auto add = [&](std::uint64_t n, const char* what) {
    if (n > 0) parts.push_back(count(n) + " " + what);
  };
  add(pay.period_inferred, "period inferred");
  add(pay.currency_assumed, "currency assumed");
  add(pay.outlier, "outlier");
  add(pay.unparsable, "unparsable");
  add(pay.unknown_currency, "unknown currency");
  add(pay.currency_conflict, "currency conflict");
  add(pay.unknown_period, "unknown period");
  if (parts.empty()) return;
  std::cout << fmt::format("  pay: {} converted, {} no pay stated; {}\n", count(pay.converted),
                           count(pay.no_pay), fmt::join(parts, ", "));
  for (const auto& [outcome, value] : pay.examples) {
    std::cout << "    " << outcome << ", e.g. " << printable(value) << '\n';
  }
  if (pay.currency_assumed > 0) {
    std::cout << "    US dollars were assumed where no currency or country said which (a bare $ "
                 "included); give --set salary_currency=CODE or --set country=CODE if that is "
                 "wrong\n";
  }
}

void print_summary(const ImportSummary& s, const ImportCommandKind& kind) {
  if (s.already_imported()) {
    std::cout << fmt::format("{}: already imported as import {} on {}; nothing added\n",
                             printable(s.file_name), s.previous_import_id,
                             s.previous_import_at.substr(0, 10));
    return;
  }
  std::string duplicates =
      kind.has_duplicates ? fmt::format(" {} duplicates,", count(s.rows_duplicate)) : "";
  std::cout << fmt::format(
      "{}: {} rows read, {} imported,{} {} rejected, {} pay not converted ({:.2f} s)\n",
      printable(s.file_name), count(s.rows_read), count(s.rows_imported), duplicates,
      count(s.rows_rejected), count(s.pay_unconverted), s.seconds);
  if (!s.unknown_columns.empty()) {
    std::size_t shown = std::min(s.unknown_columns.size(), kIgnoredColumnsShown);
    std::string list = fmt::format(
        "{}", fmt::join(s.unknown_columns.begin(),
                        s.unknown_columns.begin() + static_cast<std::ptrdiff_t>(shown), ", "));
    if (shown < s.unknown_columns.size()) {
      list += fmt::format(" and {} more (all in import_runs.unknown_columns)",
                          count(s.unknown_columns.size() - shown));
    }
    std::cout << "  ignored columns: " << printable(list) << '\n';
  }
  if (s.delimiter != ',') {
    std::cout << "  delimiter: "
              << (s.delimiter == '\t' ? std::string("tab") : std::string(1, s.delimiter)) << '\n';
  }
  for (const std::string& note : s.column_notes) std::cout << "  " << printable(note) << '\n';
  print_pay(s.pay);
  // Reasons quote field values: printable() keeps control characters off the terminal.
  for (const RejectedRow& reject : s.first_rejects) {
    std::cout << printable(fmt::format(
                     "  rejected {}:{}:{} {}", s.file_name, reject.line,
                     reject.column.empty() ? "" : " column " + reject.column + ":", reject.reason))
              << '\n';
  }
  if (s.rows_rejected > s.first_rejects.size()) {
    std::cout << fmt::format(
        "  ... and {} more; every rejected row is in table import_rejects (import_id {})\n",
        count(s.rows_rejected - s.first_rejects.size()), s.import_id);
  }
}

// The --map values, checked against the kind's fields before any database or file is opened.
std::vector<ColumnMapping> column_map(const ImportCommandOptions& options,
                                      const ImportCommandKind& kind) {
  std::vector<ColumnMapping> mappings;
  for (const std::string& text : options.maps) mappings.push_back(parse_column_mapping(text));
  check_column_mappings(kind.fields(), mappings, kind.name);
  return mappings;
}

// The --set values, checked against the kind's fields before any database or file is opened.
std::vector<FieldValue> set_values(const ImportCommandOptions& options,
                                   const ImportCommandKind& kind) {
  std::vector<FieldValue> values;
  for (const std::string& text : options.sets) values.push_back(parse_field_value(text));
  check_field_values(kind.fields(), values, kind.name);
  return values;
}

char delimiter_of(const std::string& text) {
  if (text.empty()) return 0;
  if (text == "tab" || text == "\\t") return '\t';
  return text.front();
}

// A database the command creates is removed again, on any way out, unless an import stored
// something in it: a refused import leaves no new database file behind (SPEC 5).
class NewDatabase {
 public:
  explicit NewDatabase(std::string path)
      : path_(std::move(path)), created_(!database_exists(path_)) {}
  ~NewDatabase() {
    if (created_ && !kept_) remove_database(path_);
  }
  void keep() { kept_ = true; }

 private:
  std::string path_;
  bool created_;
  bool kept_ = false;
};

int run_import(const DatabaseTarget& db_path, const ImportCommandOptions& options,
               const ImportCommandKind& kind) {
  std::vector<ColumnMapping> mappings = column_map(options, kind);
  std::vector<FieldValue> values = set_values(options, kind);
  // A missing file or a directory stops the command before the database is created or changed.
  for (const std::string& file : options.files) check_import_path(file);
  NewDatabase new_database(db_path.path);  // before `db`, so that it is closed first
  Database db = db_path.open_for_writing();
  {
    CancelOnSignal signals;
    for (const std::string& file : options.files) {
      ProgressLine progress(!options.quiet && isatty(STDERR_FILENO) == 1, file);
      ImportOptions import_options;
      import_options.source = options.source;
      import_options.strict = options.strict;
      import_options.column_map = mappings;
      import_options.set_values = values;
      import_options.as_of = options.as_of;
      import_options.date_order = options.date_order;
      import_options.delimiter = delimiter_of(options.delimiter);
      import_options.cancel = &signals.cancelled();
      import_options.on_progress = [&](const ImportProgress& p) { progress.update(p); };
      ImportSummary summary;
      try {
        summary = kind.import(db, file, import_options);
      } catch (const Interrupted& e) {
        progress.clear();
        std::cerr << "jobsight: " << printable(e.what()) << '\n';
        return signals.exit_code();
      }
      progress.clear();
      if (summary.import_id != 0) new_database.keep();
      if (!options.quiet) print_summary(summary, kind);
    }
  }
  // Once for all the files: the pay statistics kept for the reports' defaults (seconds per
  // million postings). Ctrl-C is no longer caught: stopped here, they stay marked stale and
  // the reports compute their own.
  update_kept_pay_statistics_or_warn(db, !options.quiet && isatty(STDERR_FILENO) == 1);
  return 0;
}

std::string field_names(const ImportCommandKind& kind) {
  std::vector<std::string_view> names;
  for (const FieldSpec& field : kind.fields()) names.push_back(field.name);
  return fmt::format("{}", fmt::join(names, ", "));
}

// The options both import commands take.
void add_common_options(CLI::App* command, ImportCommandOptions& options,
                        const ImportCommandKind& kind, const std::string& source_help) {
  command->add_option("files", options.files, "CSV files to import; - reads standard input")
      ->required();
  command->add_option("--source", options.source, source_help);
  command->add_flag("--strict", options.strict,
                    "Fail the whole file (importing nothing of it) if any row is rejected");
  command->add_flag("--quiet", options.quiet, "Print no progress and no summary");
  command
      ->add_option("--map", options.maps,
                   "Read FIELD from the header column COLUMN (case-insensitive; repeatable; "
                   "takes precedence over aliases). Fields: " +
                       field_names(kind))
      ->type_name("FIELD=COLUMN")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command
      ->add_option("--set", options.sets,
                   "Give FIELD the value VALUE in every row where the file has no such column or "
                   "the cell is empty (repeatable), e.g. " +
                       std::string(kind.name == "postings"
                                       ? "--set country=GB --set salary_currency=GBP"
                                       : "--set company_location=GB --set salary_currency=GBP"))
      ->type_name("FIELD=VALUE")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command
      ->add_option("--as-of", options.as_of,
                   "The day relative dates ('3 days ago') and dates without a year count "
                   "back from (YYYY-MM-DD)")
      ->type_name("DATE");
  command
      ->add_option("--date-order", options.date_order,
                   "Day-month order of numeric dates such as 03/04/2024: dmy or mdy (default: "
                   "what the file's own dates show)")
      ->check(CLI::IsMember({"dmy", "mdy"}));
  command
      ->add_option("--delimiter", options.delimiter,
                   "Field delimiter: , ; tab | (default: detected from the header line; a .tsv "
                   "file is tab-separated)")
      ->type_name("CHAR")
      ->check(CLI::IsMember({",", ";", "tab", "\\t", "|"}));
}

}  // namespace

void setup_import_command(CLI::App& app, const DatabaseTarget& db_path,
                          std::function<int()>& action) {
  CLI::App* import = app.add_subcommand("import", "Import CSV files into the database");
  // Its own footer: without one, CLI11 copies the main command's (report examples included).
  import->footer(
      "Examples:\n"
      "  jobsight import postings sample_data/postings.csv\n"
      "  jobsight import salaries salaries.csv --source ai-jobs.net\n"
      "Run 'jobsight import postings --help' or 'jobsight import salaries --help' for options.");
  import->require_subcommand(1);
  auto postings_options = std::make_shared<ImportCommandOptions>();
  CLI::App* postings = import->add_subcommand(
      "postings", "Import job postings CSV files (one transaction per file)");
  postings->footer(
      "Examples:\n"
      "  jobsight import postings sample_data/postings.csv\n"
      "  jobsight --db market.db import postings jan.csv feb.csv --source linkedin\n"
      "  jobsight import postings export.csv --map title=\"Job Name\" --map posted_date=Added\n"
      "  jobsight import postings adzuna.csv --set country=GB --set salary_currency=GBP\n"
      "  jobsight import postings naukri.csv --as-of 2026-04-15 --date-order dmy\n"
      "  scraper | jobsight import postings - --strict");
  add_common_options(postings, *postings_options, kPostings,
                     "Source name for rows without a source column/value (part of a "
                     "posting's identity)");
  postings->callback([&action, &db_path, postings_options] {
    action = [&db_path, postings_options] {
      return run_import(db_path, *postings_options, kPostings);
    };
  });

  auto salaries_options = std::make_shared<ImportCommandOptions>();
  CLI::App* salaries = import->add_subcommand(
      "salaries",
      "Import salary-survey CSV files, e.g. ai-jobs.net's salaries.csv (one transaction per "
      "file; a file already imported adds nothing)");
  salaries->footer(
      "Examples:\n"
      "  jobsight import salaries salaries.csv\n"
      "  jobsight --db market.db import salaries ds_salaries.csv --source kaggle-ds-2023\n"
      "  jobsight import salaries survey.csv --map job_title=Role --map salary_in_usd=\"Pay USD\"\n"
      "  curl -s URL | jobsight import salaries - --strict");
  add_common_options(salaries, *salaries_options, kSalaries,
                     "Source name recorded with the import (import_runs.source)");
  salaries->callback([&action, &db_path, salaries_options] {
    action = [&db_path, salaries_options] {
      return run_import(db_path, *salaries_options, kSalaries);
    };
  });
}

}  // namespace jobsight::cli
