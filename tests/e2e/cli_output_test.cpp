// End-to-end tests of how the real jobsight binary prints: `sql` numbers as stored, `rejects`
// fitting the terminal width, and each command's --help showing its own examples.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::jobsight_command;
using jobsight::test::run_shell;
using jobsight::test::shell_quote;
using jobsight::test::TempDir;

namespace {

// Row 2 has a field too many and a job id with two-byte characters where the table cuts it;
// row 3 has no title.
const char* kPostings =
    "job_id,date,title,company,country,skills,salary\n"
    "1,2024-01-05,ML Engineer,Acme,US,Python,100000\n"
    "Zürich-Ingénieur-001,2024-02-06,Ingénieur données à Genève,Müller & Söhne AG,CH,"
    "\"Python, SQL\",95000,extra\n"
    "3,2024-03-07,,Beta,DE,SQL,\n";

// kPostings imported into dir/jobsight.db from inside `dir`, so that file_name is "postings.csv".
struct RejectsDb {
  TempDir dir;
  std::string csv = dir.write("postings.csv", kPostings);
  std::string db = dir.file("jobsight.db");

  RejectsDb() {
    auto imported = run_shell(
        "cd " + shell_quote(dir.path().string()) + " && " +
        jobsight_command({"--db", "jobsight.db", "import", "postings", "postings.csv", "--quiet"}));
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
  }
};

// Runs jobsight with `args` and COLUMNS set to `columns`, or unset when it is empty.
jobsight::test::CommandResult with_columns(const std::string& columns,
                                           const std::vector<std::string>& args) {
  std::string env = columns.empty() ? "env -u COLUMNS " : "env COLUMNS=" + columns + " ";
  return run_shell(env + jobsight_command(args));
}

std::vector<std::string> lines_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The display columns of UTF-8 text whose characters are each one column wide (the ones these
// tests use); -1 when it is not well-formed UTF-8, e.g. a character cut in the middle.
long display_columns(const std::string& text) {
  long columns = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t size = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    if (lead >= 0x80 && lead < 0xC2) return -1;
    if (i + size > text.size()) return -1;
    for (std::size_t k = 1; k < size; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return -1;
    }
    i += size;
    ++columns;
  }
  return columns;
}

// The example lines of a --help text: the indented lines after "Examples:" or "Example:", an
// example broken onto more lines (indented further) joined again.
std::vector<std::string> examples(const std::string& help) {
  std::vector<std::string> found;
  bool in_examples = false;
  for (const std::string& line : lines_of(help)) {
    if (line == "Examples:" || line == "Example:") {
      in_examples = true;
    } else if (in_examples && line.starts_with("      ") && !found.empty()) {
      found.back() += " " + line.substr(line.find_first_not_of(' '));
    } else if (in_examples && line.starts_with("  ")) {
      found.push_back(line);
    } else {
      in_examples = false;
    }
  }
  return found;
}

}  // namespace

TEST_CASE("sql prints numbers as stored in a table, whatever their columns are called",
          "[e2e][cli-output]") {
  RejectsDb f;
  auto table = cli({"--db", f.db, "sql",
                    "SELECT 2024 AS year, 0.0123 AS rate, avg(x) AS mean FROM (SELECT 0.39 AS x)"});
  INFO(table.err);
  REQUIRE(table.exit_code == 0);
  CHECK(table.out ==
        "year    rate  mean\n"
        "----  ------  ----\n"
        "2024  0.0123  0.39\n");

  // Columns named like a report's pay, share or id columns keep their values too.
  auto named = cli({"--db", f.db, "sql",
                    "SELECT 0.39 AS mean, 1234.5 AS median, 0.123456 AS ai_share_pct, "
                    "1234567 AS import_id, 2.5 AS p25_ci_low"});
  REQUIRE(named.exit_code == 0);
  CHECK(named.out ==
        "mean  median  ai share %  import id  p25 ci low\n"
        "----  ------  ----------  ---------  ----------\n"
        "0.39  1234.5    0.123456    1234567         2.5\n");

  // Integers without separators, whole reals with ".0", reals in full, NULL as "-", text as is.
  const std::string query =
      "SELECT 1234567 AS n, 185000.0 AS median, NULL AS p90, 0.1 + 0.2 AS share_pct, 1e20 AS big, "
      "-1e999 AS low, 'Zürich' AS city";
  auto mixed = cli({"--db", f.db, "sql", query});
  REQUIRE(mixed.exit_code == 0);
  CHECK(mixed.out ==
        "      n    median  p90              share %    big   low  city\n"
        "-------  --------  ---  -------------------  -----  ----  ------\n"
        "1234567  185000.0  -    0.30000000000000004  1e+20  -Inf  Zürich\n");
  auto markdown = cli({"--db", f.db, "sql", query, "--format", "markdown"});
  REQUIRE(markdown.exit_code == 0);
  CHECK(markdown.out ==
        "| n | median | p90 | share_pct | big | low | city |\n"
        "| ---: | ---: | --- | ---: | ---: | ---: | --- |\n"
        "| 1234567 | 185000.0 | - | 0.30000000000000004 | 1e+20 | -Inf | Zürich |\n");
  auto csv = cli({"--db", f.db, "sql", query, "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out ==
        "n,median,p90,share_pct,big,low,city\n"
        "1234567,185000,,0.30000000000000004,1e+20,,Zürich\n");
}

TEST_CASE("rejects in a table fits COLUMNS, cutting long cells at whole UTF-8 characters",
          "[e2e][cli-output]") {
  RejectsDb f;
  auto narrow = with_columns("60", {"--db", f.db, "rejects"});
  INFO(narrow.err);
  REQUIRE(narrow.exit_code == 0);
  CHECK(narrow.out ==
        "import\n"
        "    id  file name     line  column  reason       raw record\n"
        "------  ------------  ----  ------  -----------  -----------\n"
        "     1  postings.csv     3  -       row has 8…   Zürich-Ing…\n"
        "     1  postings.csv     4  title   title is e…  3,2024-03-…\n");
  for (const std::string& line : lines_of(narrow.out)) {
    INFO(line);
    CHECK(display_columns(line) >= 0);
    CHECK(display_columns(line) <= 60);
  }

  // Not a terminal and no COLUMNS (or one that is no width): 80 columns.
  const std::string raw =
      "Zürich-Ingénieur-001,2024-02-06,Ingénieur données à Genève,Müller & Söhne AG,CH,"
      "\"Python, SQL\",95000,extra";
  auto eighty = with_columns("80", {"--db", f.db, "rejects"});
  CHECK(eighty.out ==
        "import\n"
        "    id  file name     line  column  reason                 raw record\n"
        "------  ------------  ----  ------  ---------------------  ---------------------\n"
        "     1  postings.csv     3  -       row has 8 fields, th…  Zürich-Ingénieur-001…\n"
        "     1  postings.csv     4  title   title is empty         3,2024-03-07,,Beta,D…\n");
  CHECK(with_columns("", {"--db", f.db, "rejects"}).out == eighty.out);
  CHECK(with_columns("abc", {"--db", f.db, "rejects"}).out == eighty.out);
  CHECK(with_columns("0", {"--db", f.db, "rejects"}).out == eighty.out);
  // Wide enough: nothing is cut, headers do not wrap, widths count display columns.
  CHECK(with_columns("200", {"--db", f.db, "rejects"}).out ==
        "import id  file name     line  column  reason                              raw record\n"
        "---------  ------------  ----  ------  ----------------------------------  " +
            std::string(display_columns(raw), '-') +
            "\n"
            "        1  postings.csv     3  -       row has 8 fields, the header has 7  " +
            raw +
            "\n"
            "        1  postings.csv     4  title   title is empty                      "
            "3,2024-03-07,,Beta,DE,SQL,\n");

  // csv, json and markdown are never cut.
  for (const char* format : {"csv", "json", "markdown"}) {
    INFO(format);
    auto cut = with_columns("60", {"--db", f.db, "rejects", "--format", format});
    auto uncut = with_columns("", {"--db", f.db, "rejects", "--format", format});
    REQUIRE(cut.exit_code == 0);
    CHECK(cut.out == uncut.out);
    CHECK_THAT(cut.out, Catch::Contains("Müller & Söhne AG"));
  }
}

TEST_CASE("rejects at COLUMNS=60 cuts a long file name too when the other cells are not enough",
          "[e2e][cli-output]") {
  TempDir dir;
  std::string csv = dir.write("a-file-name-long-enough-to-need-cutting.csv", kPostings);
  std::string db = dir.file("jobsight.db");
  REQUIRE(cli({"--db", db, "import", "postings", csv, "--quiet"}).exit_code == 0);
  auto narrow = with_columns("60", {"--db", db, "rejects"});
  REQUIRE(narrow.exit_code == 0);
  auto lines = lines_of(narrow.out);
  REQUIRE(lines.size() == 5);
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(display_columns(line) >= 0);
    CHECK(display_columns(line) <= 60);
  }
  // The file name (its length varies with the temporary directory's) is cut as well.
  CHECK_THAT(lines[3], !Catch::Contains(csv) && Catch::Contains("…     3  -  "));
}

TEST_CASE("each --help shows examples of its own command only", "[e2e][cli-output]") {
  auto import_help = cli({"import", "--help"});
  REQUIRE(import_help.exit_code == 0);
  CHECK(examples(import_help.out) ==
        std::vector<std::string>{"  jobsight import postings sample_data/postings.csv",
                                 "  jobsight import salaries salaries.csv --source ai-jobs.net"});
  CHECK_THAT(import_help.out, !Catch::Contains("jobsight report"));

  // Each command's examples run that command (after --db FILE, or at the end of a pipe).
  const std::vector<std::vector<std::string>> commands = {{"import"},
                                                          {"import", "postings"},
                                                          {"import", "salaries"},
                                                          {"report"},
                                                          {"status"},
                                                          {"imports"},
                                                          {"imports", "delete"},
                                                          {"rejects"},
                                                          {"skills"},
                                                          {"sql"}};
  for (const auto& command : commands) {
    std::string name;
    for (const std::string& word : command) name += (name.empty() ? "" : " ") + word;
    std::vector<std::string> args = command;
    args.push_back("--help");
    auto help = cli(args);
    INFO(name);
    REQUIRE(help.exit_code == 0);
    auto lines = examples(help.out);
    CHECK_FALSE(lines.empty());
    for (std::string line : lines) {
      INFO(line);
      if (auto db = line.find("--db market.db "); db != std::string::npos) line.erase(db, 15);
      CHECK_THAT(line, Catch::Contains("jobsight " + name));
    }
  }
  // The main help shows the main commands.
  auto main_help = cli({"--help"});
  REQUIRE(main_help.exit_code == 0);
  CHECK(examples(main_help.out).size() == 4);
  CHECK_THAT(main_help.out, Catch::Contains("  jobsight import postings sample_data/postings.csv\n"
                                            "  jobsight report list\n"));
}
