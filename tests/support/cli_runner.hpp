#pragma once
// Running the real jobsight binary with arguments built at run time, and reading the database it
// wrote with the stock sqlite3 shell.

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace jobsight::test {

// Runs the jobsight binary with `args`, each shell-quoted.
inline CommandResult cli(const std::vector<std::string>& args, const std::string& stdin_file = "") {
  return run_shell(jobsight_command(args), stdin_file);
}

// Runs the jobsight binary with `args` as in a terminal `columns` wide (COLUMNS set): for tests of
// what a table holds rather than how it fits (tables fit 80 columns when nothing says).
inline CommandResult cli_at_width(std::size_t columns, const std::vector<std::string>& args) {
  return run_shell("env COLUMNS=" + std::to_string(columns) + " " + jobsight_command(args));
}

// Runs `query` on `db` with the sqlite3 shell; rows come back "|"-separated.
inline std::string sql(const std::string& db, const std::string& query) {
  auto result = run_shell("sqlite3 " + shell_quote(db) + " " + shell_quote(query));
  INFO(query << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

// The whole database as SQL text: the same before and after means nothing changed.
inline std::string dump(const std::string& db) {
  return sql(db, ".dump");
}

// An error message as jobsight writes it to standard error.
inline std::string error_line(const std::string& message) {
  return "jobsight: " + message + "\n";
}

// A database with sample_data/postings.csv imported by the binary, made once per test process and
// shared by the test cases that only read it.
inline const std::string& sample_db() {
  static TempDir dir;
  static const std::string db = [] {
    std::string path = dir.file("sample.db");
    auto imported =
        cli({"--db", path, "import", "postings", source_path("sample_data/postings.csv")});
    REQUIRE(imported.exit_code == 0);
    return path;
  }();
  return db;
}

}  // namespace jobsight::test
