// End-to-end tests of the terminal: at COLUMNS=60, 80 and 120, every table, list and help the
// real binary prints fits the width, counted in display cells (Curaçao, Zürich, 北京 and → in
// the data), and the columns of every table line up.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jobsight/display_width.hpp"
#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::display_width;
using jobsight::test::jobsight_command;
using jobsight::test::run_shell;
using jobsight::test::shell_quote;
using jobsight::test::TempDir;

namespace {

const char* kHeader =
    "job_id,date_posted,title,company,industry,country,city,seniority,salary,currency,"
    "pay_period,skills\n";

// Postings in Curaçao, Zürich and 北京 with text in every column a table shows: industries,
// skills and titles with accents, wide characters and arrows; one row is rejected.
std::string postings() {
  std::string csv = kHeader;
  const char* places[][3] = {{"CW", "Willemstad", "Curaçao Shipping → Logistics"},
                             {"CH", "Zürich", "Zürich Private Banking & Versicherung"},
                             {"CN", "北京", "北京 人工智能 Technology → Research"},
                             {"US", "New York", "Consulting"}};
  const char* levels[] = {"Junior", "Senior", "Lead", ""};
  int id = 0;
  for (int year : {2024, 2025}) {
    for (const auto& place : places) {
      for (int k = 0; k < 6; ++k) {
        ++id;
        csv += "p" + std::to_string(id) + "," + std::to_string(year) + "-0" +
               std::to_string(1 + k) + "-15," + levels[k % 4] + " Données Engineer → ML," +
               "Société Générale Zürich," + place[2] + "," + place[0] + "," + place[1] + ",," +
               std::to_string(90000 + 5000 * k + 1000 * id) +
               ",USD,year,\"Python;Análisis de datos;数据分析;Machine Learning\"\n";
      }
    }
  }
  // A rejected row whose raw record holds wide characters.
  csv += "bad,2025-02-30,北京 数据工程师 → 高级,Curaçao Ltd,Consulting,CN,北京,,,,,\n";
  return csv;
}

const char* kClaims =
    "id,claim,source,report,filters,row,column,test,value,value2\n"
    "z1,Le salaire médian à Zürich → 北京 dépasse 80 000 $ pour les postes seniors,"
    "un guide très long avec beaucoup de mots,pay-by-level,--min-n 1,level=senior,median,"
    "at_least,80000,\n";

struct TerminalDb {
  TempDir dir;
  std::string csv = dir.write("données-北京-Zürich.csv", postings());
  std::string claims = dir.write("claims.csv", kClaims);
  std::string db = dir.file("jobsight.db");

  TerminalDb() {
    auto imported = jobsight::test::cli({"--db", db, "import", "postings", csv, "--quiet"});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
  }
};

std::vector<std::string> lines_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A line as display cells: each character fills its cells, the second cell of a wide one "".
std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t size = 1;
    const auto lead = static_cast<unsigned char>(line[i]);
    if (lead >= 0xF0) {
      size = 4;
    } else if (lead >= 0xE0) {
      size = 3;
    } else if (lead >= 0xC0) {
      size = 2;
    }
    std::string character = line.substr(i, size);
    std::size_t width = display_width(character);
    if (width > 0) cells.push_back(character);
    if (width > 1) cells.push_back("");
    i += size;
  }
  return cells;
}

bool is_rule(const std::string& line) {
  return !line.empty() && line.find_first_not_of("- ") == std::string::npos && line.front() == '-';
}

// Checks that each table in `text` (a rule of dashes, then rows up to a blank line or the end)
// keeps its columns: wherever the rule has a gap between columns, every row has a space too.
void check_aligned(const std::string& text) {
  std::vector<std::string> lines = lines_of(text);
  for (std::size_t r = 0; r < lines.size(); ++r) {
    if (!is_rule(lines[r])) continue;
    const std::string& rule = lines[r];
    for (std::size_t k = r + 1; k < lines.size() && !lines[k].empty(); ++k) {
      std::vector<std::string> cells = cells_of(lines[k]);
      for (std::size_t p = 0; p < rule.size() && p < cells.size(); ++p) {
        if (rule[p] != ' ') continue;
        INFO("row: " << lines[k] << "\nrule: " << rule << "\ncell " << p);
        CHECK(cells[p] == " ");
      }
    }
  }
}

// Checks that no line of `text` is wider than `columns` display cells.
void check_width(const std::string& text, std::size_t columns) {
  for (const std::string& line : lines_of(text)) {
    INFO("line: " << line);
    CHECK(display_width(line) <= columns);
  }
}

jobsight::test::CommandResult at_width(const std::string& columns,
                                       const std::vector<std::string>& args) {
  return run_shell("env COLUMNS=" + columns + " " + jobsight_command(args));
}

}  // namespace

TEST_CASE("at 60, 80 and 120 columns every table fits the width and keeps its columns aligned",
          "[e2e][terminal]") {
  TerminalDb f;
  const std::vector<std::vector<std::string>> commands = {
      {"report", "pay-by-region", "--by", "country", "--min-n", "1"},
      {"report", "pay-by-region", "--by", "country", "--min-n", "1", "--ci"},
      {"report", "ai-growth", "--by", "industry", "--min-n", "1", "--year", "2025"},
      {"report", "pay-by-skill", "--min-n", "1"},
      {"report", "pay-by-skill", "--min-n", "1", "--ci"},
      {"report", "pay-by-level", "--min-n", "1", "--ci"},
      {"report", "seniority-mix", "--period", "year"},
      {"report", "top-skills", "--period", "year"},
      {"report", "ai-share", "--period", "quarter", "--ci"},
      {"report", "summary"},
      {"check", f.claims},
      {"rejects"},
      {"imports"},
      {"status"},
      {"skills"},
      {"sql", "SELECT city, industry, title, pay_usd_annual FROM postings LIMIT 5"}};
  for (const std::string columns : {"60", "80", "120"}) {
    for (std::vector<std::string> args : commands) {
      std::string typed;
      for (const std::string& arg : args) typed += " " + arg;
      args.insert(args.begin(), {"--db", f.db});
      INFO("COLUMNS=" << columns << " jobsight" << typed);
      auto result = at_width(columns, args);
      INFO(result.err);
      REQUIRE(result.exit_code == 0);
      CHECK_FALSE(result.out.empty());
      check_width(result.out, std::stoul(columns));
      check_aligned(result.out);
    }
  }
}

TEST_CASE("names with accents and wide characters stay whole when the width allows",
          "[e2e][terminal]") {
  TerminalDb f;
  auto industries = at_width("120", {"--db", f.db, "report", "ai-growth", "--by", "industry",
                                     "--min-n", "1", "--year", "2025"});
  REQUIRE(industries.exit_code == 0);
  CHECK_THAT(industries.out, Catch::Contains("北京 人工智能 Technology → Research") &&
                                 Catch::Contains("Curaçao Shipping → Logistics") &&
                                 Catch::Contains("Zürich Private Banking & Versicherung"));
  // At 60 the long industries wrap onto more lines in a report rather than lose their ends.
  auto narrow = at_width("60", {"--db", f.db, "report", "ai-growth", "--by", "industry", "--min-n",
                                "1", "--year", "2025"});
  REQUIRE(narrow.exit_code == 0);
  CHECK_THAT(narrow.out, Catch::Contains("Research") && !Catch::Contains("…"));
}

TEST_CASE("a table whose numbers do not fit is printed as panels that repeat its names",
          "[e2e][terminal]") {
  TerminalDb f;
  auto mix = at_width("60", {"--db", f.db, "report", "seniority-mix", "--period", "year"});
  REQUIRE(mix.exit_code == 0);
  // Two panels, each with its rule and both years.
  std::vector<std::string> lines = lines_of(mix.out);
  std::size_t rules = 0, blank = 0;
  for (const std::string& line : lines) {
    rules += is_rule(line) ? 1 : 0;
    blank += line.empty() ? 1 : 0;
  }
  CHECK(rules == 2);
  CHECK(blank == 1);
  std::size_t years = 0;
  for (const std::string& line : lines) years += line.starts_with("2024 ") ? 1 : 0;
  CHECK(years == 2);
  // csv, json and markdown are never shortened or split.
  for (const char* format : {"csv", "json", "markdown"}) {
    INFO(format);
    auto narrow = at_width(
        "60", {"--db", f.db, "report", "seniority-mix", "--period", "year", "--format", format});
    auto wide = at_width(
        "500", {"--db", f.db, "report", "seniority-mix", "--period", "year", "--format", format});
    CHECK(narrow.out == wide.out);
  }
}

TEST_CASE("report list and every --help fit 60, 80 and 120 columns", "[e2e][terminal]") {
  const std::vector<std::vector<std::string>> commands = {{"report", "list"},
                                                          {"--help"},
                                                          {"import", "--help"},
                                                          {"import", "postings", "--help"},
                                                          {"import", "salaries", "--help"},
                                                          {"report", "--help"},
                                                          {"check", "--help"},
                                                          {"status", "--help"},
                                                          {"imports", "--help"},
                                                          {"imports", "delete", "--help"},
                                                          {"rejects", "--help"},
                                                          {"skills", "--help"},
                                                          {"sql", "--help"}};
  for (const std::string columns : {"60", "80", "120"}) {
    for (const auto& args : commands) {
      INFO("COLUMNS=" << columns << " " << args.front() << " " << args.back());
      auto result = at_width(columns, args);
      REQUIRE(result.exit_code == 0);
      check_width(result.out, std::stoul(columns));
    }
  }
  // The descriptions wrap under their column, not back to the left edge.
  auto help = at_width("60", {"report", "--help"});
  CHECK_THAT(help.out,
             Catch::Contains("  --country TEXT    Country name or ISO code, e.g. Germany,\n"
                             "                    DE, DEU\n"));
}

TEST_CASE("without COLUMNS and a terminal, tables fit 80 columns", "[e2e][terminal]") {
  TerminalDb f;
  auto result =
      run_shell("env -u COLUMNS " + jobsight_command({"--db", f.db, "report", "summary"}));
  REQUIRE(result.exit_code == 0);
  check_width(result.out, 80);
  check_aligned(result.out);
  auto too_wide = at_width("abc", {"--db", f.db, "report", "summary"});
  CHECK(too_wide.out == result.out);  // a COLUMNS that is no width is ignored
}

TEST_CASE("the progress line never wraps and is cleared at the end", "[e2e][terminal]") {
  // The progress line is drawn on a terminal only: script(1) gives the import one, 50 columns
  // wide, and a path far longer than that.
  if (run_shell("command -v script").exit_code != 0) {
    WARN("script(1) is not installed; the progress line is not tested");
    return;
  }
  TempDir dir;
  std::string csv_dir = dir.path().string() + "/" + std::string(60, 'd') + "/北京";
  jobsight::test::fs::create_directories(csv_dir);
  std::string csv = csv_dir + "/postings.csv";
  {
    std::string text = kHeader;
    // Enough rows that the import runs for more than the second before the line appears.
    for (int i = 0; i < 600'000; ++i) {
      text += "r" + std::to_string(i) + ",2025-01-02,Data Engineer,Acme,Tech,US,,,,,,\n";
    }
    std::ofstream(csv) << text;
  }
  std::string db = dir.file("p.db");
  std::string inner = "stty cols 50 2>/dev/null; " +
                      jobsight_command({"--db", db, "import", "postings", csv}) + " >/dev/null";
  auto result = run_shell("env -u COLUMNS script -qec " + shell_quote(inner) + " /dev/null");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  // Each update starts with a carriage return and ends with "erase to the end of the line".
  std::string shown = result.out;
  std::size_t updates = 0;
  for (std::size_t at = shown.find('\r'); at != std::string::npos; at = shown.find('\r', at + 1)) {
    std::size_t end = shown.find("\x1b[K", at);
    if (end == std::string::npos) break;
    std::string line = shown.substr(at + 1, end - at - 1);
    if (line.empty()) continue;
    ++updates;
    INFO(line);
    CHECK(display_width(line) < 50);
    CHECK_THAT(line, Catch::Contains("…") && Catch::EndsWith("rows/s"));
  }
  // The last thing written is the clearing of the line.
  CHECK(updates > 0);
  CHECK_THAT(shown, Catch::EndsWith("\r\x1b[K") || Catch::Contains("\r\x1b[K\r\n"));
}
