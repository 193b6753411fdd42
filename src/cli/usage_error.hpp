#pragma once
// Usage errors: a command line jobsight cannot run (an unknown command, option or report, a
// missing or invalid value), told in one line and ended with exit code 2.

#include <CLI/CLI.hpp>

#include <string>

#include "jobsight/error.hpp"

namespace jobsight::cli {

// The exit code of every usage error, whether CLI11 or a command finds it.
constexpr int kUsageExitCode = 2;

// Thrown by a command for a word on its command line that CLI11 accepted but the command
// refuses (an unknown report name); `what()` is the message without the "jobsight: " prefix.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message) {}
};

// The message, without the "jobsight: " prefix and on one line, for `error`, thrown by
// `app.parse`, read with what the parse left in `app`:
// - a word no command or option is called: "unknown command 'reprot'; did you mean 'report'?
//   (see 'jobsight --help')", "unknown option '--perod'; did you mean '--period'? (see
//   'jobsight report --help')" (suggestions by edit distance, as for filter values), or
//   "unexpected argument 'x' (see ...)";
// - a bad or missing value: "option --period: 'week' is not one of month, quarter, year (see
//   'jobsight report --help')", "option --min-n: 0 is not in the range 1 to 1000000000 (...)",
//   "option --period: a value is required (...)", "options --ai and --no-ai exclude each other
//   (...)";
// - a missing command or argument: "a command is required: import, report, ... (see 'jobsight
//   --help')", "argument name is required (see 'jobsight report --help')";
// - anything else: CLI11's words, after the name of the command it concerns.
// Not for the errors that are no error (--help, --version: CLI::Success and its kind).
std::string usage_error_message(const CLI::App& app, const CLI::ParseError& error);

}  // namespace jobsight::cli
