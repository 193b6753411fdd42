#pragma once
// What the hostile-input tests (tests/e2e/hostile_*_test.cpp) share: a database that already
// holds two postings, the salary survey header, the expected import summary line, and helpers for
// strings of raw bytes.

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

namespace jobsight::test {

// A string literal with its embedded NUL bytes.
template <std::size_t N>
std::string literal(const char (&text)[N]) {
  return std::string(text, N - 1);
}

inline std::string hex(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (char c : bytes) {
    out += kDigits[static_cast<unsigned char>(c) >> 4];
    out += kDigits[static_cast<unsigned char>(c) & 0xF];
  }
  return out;
}

inline const char* kBase =
    "id,date,title\nb1,2025-01-01,Base Engineer\nb2,2025-01-02,Base Analyst\n";
inline const char* kSalaryHeader =
    "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
    "employee_residence,remote_ratio,company_location,company_size\n";

// A database holding two postings, and the directory for the test's files. (Not named Fixture:
// report_fixture.hpp has a different jobsight::test::Fixture, and one program may hold only one.)
struct HostileFixture {
  TempDir dir;
  std::string db = dir.file("hostile.db");

  HostileFixture() {
    auto base = cli({"--db", db, "import", "postings", dir.write("base.csv", kBase)});
    INFO(base.err);
    REQUIRE(base.exit_code == 0);
  }

  CommandResult import(const std::string& kind, const std::string& file,
                       std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {"--db", db, "import", kind, file};
    args.insert(args.end(), extra.begin(), extra.end());
    return cli(args);
  }

  std::string count(const std::string& table) const {
    return sql(db, "SELECT count(*) FROM " + table);
  }
};

// The summary line of an import of `file` (the time it took left out).
inline std::string summary_start(const std::string& file, int read, int imported, int duplicates,
                                 int rejected, int unconverted) {
  return file + ": " + std::to_string(read) + " rows read, " + std::to_string(imported) +
         " imported, " + (duplicates >= 0 ? std::to_string(duplicates) + " duplicates, " : "") +
         std::to_string(rejected) + " rejected, " + std::to_string(unconverted) +
         " pay not converted (";
}

}  // namespace jobsight::test
