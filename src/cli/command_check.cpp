#include "cli/command_check.hpp"

#include <iostream>
#include <memory>

#include "cli/render.hpp"
#include "cli/report_options.hpp"
#include "jobsight/claims.hpp"
#include "jobsight/database.hpp"

namespace jobsight::cli {
namespace {

struct CheckCommandOptions {
  std::string claims_file;
  std::string format = "table";
  double confidence = 0.95;
};

int run_check_command(const DatabaseTarget& db_path, const CheckCommandOptions& o) {
  Format format = parse_format(o.format);
  // The whole file is checked before the database is opened: a typo on line 9 stops the check
  // before any report runs.
  // `-` is standard input, as for the imports.
  std::vector<Claim> claims = o.claims_file == "-" ? read_claims(std::cin, "standard input")
                                                   : read_claims_file(o.claims_file);
  Database db = db_path.open_read_only();
  Table verdicts = check_claims(db, claims, parse_report_filters, o.confidence);
  // The sentence, the command and the note give way first when the table is wider than the
  // terminal.
  RenderStyle style;
  style.cut_first = {"claim", "command", "note"};
  render(verdicts, format, std::cout, style);
  return 0;
}

}  // namespace

void setup_check_command(CLI::App& app, const DatabaseTarget& db_path,
                         std::function<int()>& action) {
  auto o = std::make_shared<CheckCommandOptions>();
  CLI::App* command =
      app.add_subcommand("check", "Test published claims (a CSV file of them) against the data");
  command->footer(
      "The claims file is CSV with a header row naming, in any order, the columns id (unique),\n"
      "claim (the sentence), source (where it was published; may be empty), report (a report\n"
      "name), filters (report options as typed in a shell, e.g. --ai --country US; may be\n"
      "empty), row (COLUMN=VALUE picking the row, e.g. level=entry; empty when the report has\n"
      "one row), column (the report column tested, e.g. median), test (between, at_least,\n"
      "at_most, rising or falling), value and value2 (between: the bounds; at_least/at_most:\n"
      "the bound; rising/falling: the smallest change that counts, in the column's unit, or\n"
      "empty for any change). rising/falling compare the first and the last period (say\n"
      "--period in the filters). Each claim's report runs with --ci; the verdict is supported\n"
      "when the whole interval passes the test, contradicted when none of it does, inconclusive\n"
      "when it straddles, 'not enough data' when the row or its interval is missing, and error\n"
      "(with the reason in note) when the claim names an unknown report, column or option. A\n"
      "malformed file stops the check with its line and column; otherwise the exit code is 0\n"
      "whatever the verdicts.\n"
      "Examples:\n"
      "  jobsight check sample_data/claims/ai-engineer-pay-2026.csv\n"
      "  jobsight check claims.csv --confidence 0.99 --format csv > verdicts.csv\n"
      "A claims file:\n"
      "  id,claim,source,report,filters,row,column,test,value,value2\n"
      "  e1,Entry AI pay is $90k-$120k,a guide,pay-by-level,--ai --country US,level=entry,"
      "median,between,90000,120000");
  command->add_option("claims", o->claims_file, "The claims file (CSV), or - for standard input")
      ->required();
  command->add_option("--format", o->format, "Output: table (default), csv, json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  command->add_option("--confidence", o->confidence,
                      "Confidence of the intervals: 0.90, 0.95 (default) or 0.99; a claim's own "
                      "--confidence wins");
  command->callback([&action, &db_path, o] {
    action = [&db_path, o] { return run_check_command(db_path, *o); };
  });
}

}  // namespace jobsight::cli
