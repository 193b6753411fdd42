// Hostile files, end to end: the real binary fed files that are empty, have no usable header,
// are directories or missing, binary, compressed, in the wrong encoding, huge, or malformed CSV,
// named on the command line or given on stdin. Each case checks the exit code, the exact message
// and that the database is unchanged or holds exactly the accepted rows (read with the sqlite3
// shell). Large inputs are generated here into a TempDir.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "support/cli_runner.hpp"
#include "support/hostile_fixture.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::dump;
using jobsight::test::error_line;
using jobsight::test::hex;
using jobsight::test::kSalaryHeader;
using jobsight::test::literal;
using jobsight::test::read_file;
using jobsight::test::run_shell;
using jobsight::test::shell_quote;
using jobsight::test::sql;
using jobsight::test::summary_start;
using Fixture = jobsight::test::HostileFixture;

namespace {

// The reason a row is rejected for an unclosed quote, as the CSV reader words it.
std::string unterminated(int opened, int last) {
  std::string text = "unterminated quoted field opened at line " + std::to_string(opened);
  text += last > opened
              ? ": no closing quote, so lines " + std::to_string(opened) + " to " +
                    std::to_string(last) + ", the rest of the file, were read as this one field"
              : ": no closing quote before the end of the file";
  return text + "; close the quote (a quote inside a quoted field is written twice: \"\")";
}

std::string utf16(const std::string& ascii, bool little_endian, bool bom) {
  std::string out = bom ? (little_endian ? "\xff\xfe" : "\xfe\xff") : "";
  for (char c : ascii) {
    out += little_endian ? std::string{c, '\0'} : std::string{'\0', c};
  }
  return out;
}

// Writes `count` copies of `byte` to `out` a megabyte at a time (for the big inputs).
void write_repeated(std::ofstream& out, char byte, std::size_t count) {
  std::string chunk(std::size_t{1} << 20, byte);
  while (count > 0) {
    std::size_t n = std::min(count, chunk.size());
    out.write(chunk.data(), static_cast<std::streamsize>(n));
    count -= n;
  }
}

// Whether the binary under test is built with the sanitizers (tests/CMakeLists.txt defines this;
// the test files themselves are not instrumented).
bool sanitized_build() {
  return JOBSIGHT_SANITIZED != 0;
}

// Peak resident memory in KiB of a command run under /usr/bin/time -v; 0 when not available.
long peak_rss_kib(const std::string& time_output) {
  const std::string key = "Maximum resident set size (kbytes): ";
  std::size_t at = time_output.find(key);
  return at == std::string::npos ? 0 : std::stol(time_output.substr(at + key.size()));
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Files that are not CSV at all

TEST_CASE("an empty file or one of blank lines is refused, and a header-only file imports no rows",
          "[hostile]") {
  Fixture f;
  const std::string before = dump(f.db);
  for (const char* kind : {"postings", "salaries"}) {
    for (const char* content : {"", "\n\r\n\n", "\xEF\xBB\xBF"}) {
      std::string file = f.dir.write("empty.csv", content);
      auto result = f.import(kind, file);
      INFO(kind << " " << hex(content));
      CHECK(result.exit_code == 1);
      CHECK(result.err == error_line(file + ": empty file: a header row is required"));
      CHECK(result.out.empty());
    }
  }
  CHECK(dump(f.db) == before);

  std::string header_only = f.dir.write("header.csv", "id,date,title\n");
  auto result = f.import("postings", header_only);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(header_only, 0, 0, 0, 0, 0)));
  CHECK(f.count("postings") == "2\n");
  CHECK(sql(f.db, "SELECT rows_read, rows_imported FROM import_runs WHERE import_id = 2") ==
        "0|0\n");
}

TEST_CASE("a file with no recognisable columns is refused, naming (some of) the columns found",
          "[hostile]") {
  Fixture f;
  const std::string before = dump(f.db);
  std::string file = f.dir.write("foo.csv", "foo,bar,\n1,2,3\n");
  auto postings = f.import("postings", file);
  CHECK(postings.exit_code == 1);
  CHECK(postings.err ==
        error_line(file + ": no title or posted_date column, so nothing was imported (found: "
                          "foo, bar, (empty)). Name them with --map, e.g. --map title=COLUMN "
                          "--map posted_date=COLUMN, or give a value for the whole file with "
                          "--set posted_date=YYYY-MM-DD."));
  auto salaries = f.import("salaries", file);
  CHECK(salaries.exit_code == 1);
  CHECK(salaries.err ==
        error_line(file + ": no work_year, date, job_title, salary_in_usd or salary column, "
                          "so nothing was imported (found: foo, bar, (empty)). Name them with "
                          "--map, e.g. --map work_year=COLUMN --map job_title=COLUMN --map "
                          "salary_in_usd=COLUMN, or give a value for the whole file with --set "
                          "work_year=YYYY."));

  // 10,000 unknown columns: the message lists the first 20.
  std::string wide_header;
  for (int i = 0; i < 10'000; ++i) wide_header += (i > 0 ? ",c" : "c") + std::to_string(i);
  std::string wide = f.dir.write("wide.csv", wide_header + "\n");
  auto refused = f.import("postings", wide);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err ==
        error_line(wide + ": no title or posted_date column, so nothing was imported (found: "
                          "c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, "
                          "c16, c17, c18, c19 and 9980 more). Name them with --map, e.g. --map "
                          "title=COLUMN --map posted_date=COLUMN, or give a value for the whole "
                          "file with --set posted_date=YYYY-MM-DD."));
  CHECK(dump(f.db) == before);
}

TEST_CASE("duplicate column names: the first wins, the others are listed as ignored", "[hostile]") {
  Fixture f;
  std::string file = f.dir.write(
      "dup.csv", "id,date,title,Title,TITLE,date\nd1,2025-02-01,First,Second,Third,1999-01-01\n");
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out,
             Catch::StartsWith(summary_start(file, 1, 1, 0, 0, 0)) &&
                 Catch::Contains("\n  ignored columns: Title (duplicate of title), TITLE "
                                 "(duplicate of title), date (duplicate of posted_date)\n"));
  CHECK(sql(f.db, "SELECT title, posted_date FROM postings WHERE external_id = 'd1'") ==
        "First|2025-02-01\n");
  CHECK(sql(f.db, "SELECT unknown_columns FROM import_runs WHERE import_id = 2") ==
        "Title (duplicate of title), TITLE (duplicate of title), date (duplicate of "
        "posted_date)\n");
}

TEST_CASE("a directory or a missing file is refused before the database is created or changed",
          "[hostile]") {
  Fixture f;
  const std::string before = dump(f.db);
  std::string good = f.dir.write("good.csv", "id,date,title\ng1,2025-03-01,Good\n");
  std::filesystem::create_directory(f.dir.file("folder.csv"));
  for (const char* kind : {"postings", "salaries"}) {
    auto directory = f.import(kind, f.dir.file("folder.csv"));
    CHECK(directory.exit_code == 1);
    CHECK(directory.err ==
          error_line(f.dir.file("folder.csv") + ": is a directory, not a CSV file"));
    // The good file first: nothing of it is imported either, as the whole command is refused.
    auto missing = cli({"--db", f.db, "import", kind, good, f.dir.file("missing.csv")});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err == error_line(f.dir.file("missing.csv") + ": no such file"));
    CHECK(missing.out.empty());
  }
  CHECK(dump(f.db) == before);
  std::string fresh = f.dir.file("fresh.db");
  CHECK(cli({"--db", fresh, "import", "postings", f.dir.file("missing.csv")}).exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(fresh));
}

TEST_CASE("binary files are refused as not CSV: random bytes with NULs, ELF, PNG, a database",
          "[hostile]") {
  Fixture f;
  const std::string before = dump(f.db);
  std::mt19937 random(20261125);
  std::string noise(64 * 1024, '\0');
  for (char& c : noise) c = static_cast<char>(random() & 0xFF);
  noise[0] = 'A';
  noise[1] = static_cast<char>(0xA7);
  noise[2] = '\0';
  std::string bytes = f.dir.write("noise.csv", noise);
  const std::string tail = "; jobsight imports CSV text (UTF-8)";
  for (const char* kind : {"postings", "salaries"}) {
    auto result = f.import(kind, bytes);
    CHECK(result.exit_code == 1);
    CHECK(result.err == error_line(bytes +
                                   ": not a CSV file: it looks binary (a NUL byte at byte 3 of "
                                   "the first line, which should be the header)" +
                                   tail));
  }
  auto from_stdin = cli({"--db", f.db, "import", "postings", "-"}, bytes);
  CHECK(from_stdin.exit_code == 1);
  CHECK(from_stdin.err == error_line("<stdin>: not a CSV file: it looks binary (a NUL byte at "
                                     "byte 3 of the first line, which should be the header)" +
                                     tail));

  // A control character in the header line is as telling as a NUL.
  std::string control = f.dir.write("control.csv", "id,da\x01te,title\n1,2025-01-01,X\n");
  CHECK(f.import("postings", control).err ==
        error_line(control +
                   ": not a CSV file: it looks binary (control byte 0x01 at byte 6 of the first "
                   "line, which should be the header)" +
                   tail));

  std::string elf = f.dir.write("elf.csv", literal("\x7f"
                                                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0") +
                                               noise.substr(0, 1000));
  CHECK(f.import("postings", elf).err ==
        error_line(elf + ": not a CSV file: it looks like an ELF executable or library" + tail));
  std::string png =
      f.dir.write("png.csv", literal("\x89PNG\r\n\x1a\n\0\0\0\rIHDR") + noise.substr(0, 99));
  CHECK(f.import("postings", png).err ==
        error_line(png + ": not a CSV file: it looks like a PNG image" + tail));
  auto database = f.import("postings", f.db);
  CHECK(database.exit_code == 1);
  CHECK(database.err == error_line(f.db +
                                   ": not a CSV file: it looks like an SQLite database (a "
                                   "database is named with --db, not imported)" +
                                   tail));
  CHECK(dump(f.db) == before);
}

TEST_CASE("a gzip-compressed file is refused with the command that decompresses it", "[hostile]") {
  Fixture f;
  const std::string before = dump(f.db);
  std::string plain = f.dir.write("jobs.csv", "id,date,title\nz1,2025-04-01,Zipped\n");
  REQUIRE(run_shell("gzip -k " + shell_quote(plain)).exit_code == 0);
  std::string gz = plain + ".gz";
  for (const char* kind : {"postings", "salaries"}) {
    auto result = f.import(kind, gz);
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          error_line(gz + ": looks gzip-compressed; decompress it first (gunzip " + gz + ")"));
  }
  // Without the .gz suffix gunzip would refuse the name: the advice says how instead.
  std::string disguised = f.dir.file("disguised.csv");
  std::filesystem::copy_file(gz, disguised);
  CHECK(f.import("postings", disguised).err ==
        error_line(disguised + ": looks gzip-compressed; decompress it first (gunzip -c " +
                   disguised + " > " + f.dir.file("disguised-decompressed.csv") + ")"));
  CHECK(cli({"--db", f.db, "import", "postings", "-"}, gz).err ==
        error_line("<stdin>: looks gzip-compressed; pipe it through 'gunzip -c' first"));
  CHECK(dump(f.db) == before);
}

TEST_CASE("UTF-16 and UTF-32 files are refused with the iconv command that converts them",
          "[hostile]") {
  Fixture f;
  const std::string before = dump(f.db);
  const std::string text = "id,date,title\nu1,2025-05-01,Wide Engineer\n";
  struct Case {
    const char* name;
    std::string bytes;
    std::string what;
    const char* from;
  };
  const std::vector<Case> cases = {
      {"le-bom.csv", utf16(text, true, true),
       "is UTF-16 text (little-endian, with a byte order mark)", "UTF-16"},
      {"be-bom.csv", utf16(text, false, true),
       "is UTF-16 text (big-endian, with a byte order mark)", "UTF-16"},
      {"le.csv", utf16(text, true, false),
       "looks like UTF-16 text (little-endian, no byte order mark: every other byte is NUL)",
       "UTF-16LE"},
      {"be.csv", utf16(text, false, false),
       "looks like UTF-16 text (big-endian, no byte order mark: every other byte is NUL)",
       "UTF-16BE"},
      {"utf32.csv", literal("\xff\xfe\0\0i\0\0\0d\0\0\0"),
       "is UTF-32 text (little-endian, with a byte order mark)", "UTF-32"},
  };
  for (const Case& c : cases) {
    std::string file = f.dir.write(c.name, c.bytes);
    std::string stem = std::string(c.name).substr(0, std::string(c.name).size() - 4);
    std::string converted = f.dir.file(stem + "-utf8.csv");
    std::string command =
        std::string("iconv -f ") + c.from + " -t UTF-8 " + file + " > " + converted;
    auto result = f.import("postings", file);
    INFO(c.name);
    CHECK(result.exit_code == 1);
    CHECK(result.err == error_line(file + ": " + c.what +
                                   "; jobsight reads UTF-8 only: convert it first: " + command));
    CHECK(f.import("salaries", file).exit_code == 1);
    if (std::string(c.from) == "UTF-32") continue;
    // The advice works: the converted file imports.
    REQUIRE(run_shell("(" + command + ")").exit_code == 0);  // run_shell redirects stdout too
    CHECK(read_file(converted) == text);
  }
  CHECK(dump(f.db) == before);
  auto converted = f.import("postings", f.dir.file("le-bom-utf8.csv"));
  CHECK(converted.exit_code == 0);
  CHECK(sql(f.db, "SELECT title FROM postings WHERE external_id = 'u1'") == "Wide Engineer\n");
}

// ---------------------------------------------------------------------------------------------
// Size

TEST_CASE("a 50 MB field is rejected as too long with memory bounded, and its neighbours import",
          "[hostile]") {
  Fixture f;
  std::string file = f.dir.file("field50.csv");
  const std::size_t field_size = std::size_t{50} << 20;
  {
    std::ofstream out(file, std::ios::binary);
    out << "id,date,title,description\nh1,2025-08-01,Before,ok\nh2,2025-08-02,Huge,";
    write_repeated(out, 'x', field_size);
    out << "\nh3,2025-08-03,After,ok\n";
  }
  const bool measure = !sanitized_build() && run_shell("test -x /usr/bin/time").exit_code == 0;
  std::string command = shell_quote(JOBSIGHT_BINARY) + " --db " + shell_quote(f.db) +
                        " import postings " + shell_quote(file);
  std::string time_file = f.dir.file("time.txt");
  auto result = run_shell(measure ? "/usr/bin/time -v -o " + shell_quote(time_file) + " " + command
                                  : command);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out,
             Catch::StartsWith(summary_start(file, 3, 2, 0, 1, 0)) &&
                 Catch::Contains("  rejected " + file +
                                 ":3: column description: record too long: 52,428,819 bytes of "
                                 "text, more than the limit of 16,777,216 bytes for one record\n"));
  CHECK(sql(f.db, "SELECT external_id FROM postings WHERE import_id = 2 ORDER BY 1") == "h1\nh3\n");
  // The first 64 KiB of the record are kept, marked as cut.
  const std::string cut = " [... cut: the record is 52428819 bytes]";
  CHECK(sql(f.db,
            "SELECT length(raw_record), substr(raw_record, 1, 22), "
            "substr(raw_record, 65537) FROM import_rejects") ==
        std::to_string(65536 + cut.size()) + "|h2,2025-08-02,Huge,xxx|" + cut + "\n");
  if (measure) {
    long rss = peak_rss_kib(read_file(time_file));
    INFO("peak RSS " << rss << " KiB");
    CHECK(rss > 0);
    CHECK(rss < 200 * 1024);
  } else {
    WARN("peak memory not measured (sanitizer build or no /usr/bin/time)");
  }
}

TEST_CASE("a line of 100 MB is rejected as too long without being held in memory", "[hostile]") {
  Fixture f;
  std::string file = f.dir.file("line100.csv");
  {
    std::ofstream out(file, std::ios::binary);
    out << "id,date,title,description\nk1,2025-08-01,Before,ok\n";
    std::string field(1023, 'y');
    for (int i = 0; i < 100 * 1024; ++i) out << field << ',';
    out << "\nk3,2025-08-03,After,ok\n";
  }
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out,
             Catch::StartsWith(summary_start(file, 3, 2, 0, 1, 0)) &&
                 Catch::Contains(":3: column field 16385: record too long: 104,857,600 bytes of "
                                 "text, more than the limit of 16,777,216 bytes for one record\n"));
  CHECK(sql(f.db, "SELECT external_id FROM postings WHERE import_id = 2 ORDER BY 1") == "k1\nk3\n");
  CHECK(sql(f.db, "SELECT length(raw_record) < 70000 FROM import_rejects") == "1\n");
}

TEST_CASE("10,000 columns import, and more than 100,000 fields in a row is too long", "[hostile]") {
  Fixture f;
  std::string header = "id,date,title";
  for (int i = 0; i < 9'997; ++i) header += ",c" + std::to_string(i);
  std::string content = header + "\n";
  for (int r = 0; r < 20; ++r) {
    content += "w" + std::to_string(r) + ",2025-09-01,Wide " + std::to_string(r);
    for (int i = 0; i < 9'997; ++i) content += ",v";
    content += "\n";
  }
  std::string file = f.dir.write("wide.csv", content);
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 20, 20, 0, 0, 0)) &&
                             Catch::Contains("\n  ignored columns: c0, c1, c2, c3, c4, c5, c6, c7, "
                                             "c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, "
                                             "c19 and 9,977 more (all in "
                                             "import_runs.unknown_columns)\n"));
  CHECK(f.count("postings") == "22\n");
  CHECK(sql(f.db,
            "SELECT length(unknown_columns) - length(replace(unknown_columns, ',', '')) "
            "FROM import_runs WHERE import_id = 2") == "9996\n");

  std::string many = "id,date,title\nm1,2025-09-02,Many";
  for (int i = 0; i < 100'000; ++i) many += ",";
  many += "\nm2,2025-09-03,Fine\n";
  std::string too_wide = f.dir.write("too_wide.csv", many);
  auto rejected = f.import("postings", too_wide);
  CHECK(rejected.exit_code == 0);
  CHECK_THAT(rejected.out, Catch::Contains("  rejected " + too_wide +
                                           ":2: record too long: 100,003 fields, more than the "
                                           "limit of 100,000 fields for one record\n"));
  CHECK(sql(f.db, "SELECT external_id FROM postings WHERE import_id = 3") == "m2\n");
}

// ---------------------------------------------------------------------------------------------
// Malformed CSV

TEST_CASE("an unterminated quote at the end of the file rejects only the last record",
          "[hostile]") {
  Fixture f;
  std::string file =
      f.dir.write("end.csv", "id,date,title\nq1,2025-10-01,Fine\nq2,2025-10-02,\"Open\n");
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 2, 1, 0, 1, 0)) &&
                             Catch::EndsWith("  rejected " + file +
                                             ":3: column title: " + unterminated(3, 3) + "\n"));
  CHECK(sql(f.db, "SELECT external_id FROM postings WHERE import_id = 2") == "q1\n");
}

TEST_CASE(
    "an unterminated quote in the middle reads the rest of the file as one field, and says "
    "so",
    "[hostile]") {
  Fixture f;
  const std::string rest = "q2,2025-10-02,\"Open\nq3,2025-10-03,Swallowed\nq4,2025-10-04,Gone\n";
  std::string file = f.dir.write("middle.csv", "id,date,title\nq1,2025-10-01,Fine\n" + rest);
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 2, 1, 0, 1, 0)) &&
                             Catch::EndsWith("  rejected " + file +
                                             ":3: column title: " + unterminated(3, 5) + "\n"));
  // Nothing is lost: the swallowed lines are in the rejected record.
  CHECK(sql(f.db, "SELECT raw_record FROM import_rejects") ==
        "q2,2025-10-02,\"Open\nq3,2025-10-03,Swallowed\nq4,2025-10-04,Gone\n\"\n");

  const std::string before = dump(f.db);
  auto strict = f.import("postings", file, {"--strict"});
  CHECK(strict.exit_code == 1);
  CHECK(strict.err == error_line(file + ":3: column title: " + unterminated(3, 5) +
                                 " (--strict: nothing from this file was imported)"));
  CHECK(dump(f.db) == before);

  std::string header = f.dir.write("header.csv", "id,date,\"title\nq9,2025-10-09,X\n");
  auto refused = f.import("postings", header);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err ==
        error_line(header + ":1: the header row cannot be read: " + unterminated(1, 2)));
  CHECK(dump(f.db) == before);
}

TEST_CASE("ragged rows are rejected with their field counts in both kinds of import", "[hostile]") {
  Fixture f;
  std::string file =
      f.dir.write("ragged.csv",
                  "id,date,title\nr1,2025-11-01\nr2,2025-11-02,T,extra\nr3,2025-11-03,"
                  "Fine\n");
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 3, 1, 0, 2, 0)) &&
                             Catch::Contains("  rejected " + file +
                                             ":2: row has 2 fields, the header has 3\n  rejected " +
                                             file + ":3: row has 4 fields, the header has 3\n"));
  CHECK(sql(f.db, "SELECT external_id FROM postings WHERE import_id = 2") == "r3\n");
  std::string survey = f.dir.write("survey.csv", std::string(kSalaryHeader) +
                                                     "2024,SE,FT,Short\n"
                                                     "2024,SE,FT,Engineer,,,150000,US,0,US,M\n");
  auto salaries = f.import("salaries", survey);
  CHECK(salaries.exit_code == 0);
  CHECK_THAT(salaries.out,
             Catch::Contains("  rejected " + survey + ":2: row has 4 fields, the header has 11\n"));
  CHECK(f.count("salary_observations") == "1\n");
}
