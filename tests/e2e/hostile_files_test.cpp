// Hostile input, end to end: the real binary fed files that are empty, binary, compressed, in the
// wrong encoding, malformed, huge or booby-trapped, databases it cannot write or that are damaged,
// and report options with hostile values. Each case checks the exit code, the exact message and
// that the database is unchanged or holds exactly the accepted rows (read with the sqlite3 shell).
// Large inputs are generated here into a TempDir.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <vector>

#include "jobsight/csv.hpp"
#include "jobsight/database.hpp"
#include "support/test_support.hpp"

using jobsight::test::parse_csv;
using jobsight::test::read_file;
using jobsight::test::run_shell;
using jobsight::test::shell_quote;
using jobsight::test::TempDir;
using Result = jobsight::test::CommandResult;

namespace {

// Runs the jobsight binary with `args`, each shell-quoted.
Result cli(const std::vector<std::string>& args, const std::string& stdin_file = "") {
  std::string command = shell_quote(JOBSIGHT_BINARY);
  for (const std::string& arg : args) command += " " + shell_quote(arg);
  return run_shell(command, stdin_file);
}

// Runs jobsight with `args` under `ulimit -f blocks` (1 KiB blocks).
Result jobsight_with_file_limit(int blocks, const std::vector<std::string>& args) {
  std::string command =
      "ulimit -f " + std::to_string(blocks) + "; exec " + shell_quote(JOBSIGHT_BINARY);
  for (const std::string& arg : args) command += " " + shell_quote(arg);
  return run_shell("bash -c " + shell_quote(command));
}

std::string sql(const std::string& db, const std::string& query) {
  auto result = run_shell("sqlite3 " + shell_quote(db) + " " + shell_quote(query));
  INFO(query << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

// The whole database as SQL text: the same before and after means nothing changed.
std::string dump(const std::string& db) {
  return sql(db, ".dump");
}

// A string literal with its embedded NUL bytes.
template <std::size_t N>
std::string literal(const char (&text)[N]) {
  return std::string(text, N - 1);
}

std::string hex(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (char c : bytes) {
    out += kDigits[static_cast<unsigned char>(c) >> 4];
    out += kDigits[static_cast<unsigned char>(c) & 0xF];
  }
  return out;
}

std::string error_line(const std::string& message) {
  return "jobsight: " + message + "\n";
}

// The reason a row is rejected for an unclosed quote, as the CSV reader words it.
std::string unterminated(int opened, int last) {
  std::string text = "unterminated quoted field opened at line " + std::to_string(opened);
  text += last > opened
              ? ": no closing quote, so lines " + std::to_string(opened) + " to " +
                    std::to_string(last) + ", the rest of the file, were read as this one field"
              : ": no closing quote before the end of the file";
  return text + "; close the quote (a quote inside a quoted field is written twice: \"\")";
}

const char* kBase = "id,date,title\nb1,2025-01-01,Base Engineer\nb2,2025-01-02,Base Analyst\n";
const char* kSalaryHeader =
    "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
    "employee_residence,remote_ratio,company_location,company_size\n";

// A database holding two postings, and the directory for the test's files.
struct Fixture {
  TempDir dir;
  std::string db = dir.file("hostile.db");

  Fixture() {
    auto base = cli({"--db", db, "import", "postings", dir.write("base.csv", kBase)});
    INFO(base.err);
    REQUIRE(base.exit_code == 0);
  }

  Result import(const std::string& kind, const std::string& file,
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
std::string summary_start(const std::string& file, int read, int imported, int duplicates,
                          int rejected, int unconverted) {
  return file + ": " + std::to_string(read) + " rows read, " + std::to_string(imported) +
         " imported, " + (duplicates >= 0 ? std::to_string(duplicates) + " duplicates, " : "") +
         std::to_string(rejected) + " rejected, " + std::to_string(unconverted) +
         " pay not converted (";
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

bool sanitized_build() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#else
  return false;
#endif
#else
  return false;
#endif
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
        error_line(file + ": no title column, so nothing was imported (found: foo, bar, "
                          "(empty)). Rename the column to 'title' or one of its aliases "
                          "(see README)."));
  auto salaries = f.import("salaries", file);
  CHECK(salaries.exit_code == 1);
  CHECK(salaries.err ==
        error_line(file + ": no work_year column, so nothing was imported (found: foo, "
                          "bar, (empty)). Rename the column to 'work_year' or one of its "
                          "aliases (see README)."));

  // 10,000 unknown columns: the message lists the first 20.
  std::string wide_header;
  for (int i = 0; i < 10'000; ++i) wide_header += (i > 0 ? ",c" : "c") + std::to_string(i);
  std::string wide = f.dir.write("wide.csv", wide_header + "\n");
  auto refused = f.import("postings", wide);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err ==
        error_line(wide + ": no title column, so nothing was imported (found: c0, c1, c2, "
                          "c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, "
                          "c17, c18, c19 and 9980 more). Rename the column to 'title' or "
                          "one of its aliases (see README)."));
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
// Bytes inside fields

TEST_CASE("Latin-1 text inside a field rejects its row, naming the column, in both kinds of import",
          "[hostile]") {
  Fixture f;
  const std::string latin1_row = "l2,2025-06-02,Caf\xe9 Manager";
  std::string file =
      f.dir.write("latin1.csv", "id,date,title\nl1,2025-06-01,Plain Manager\n" + latin1_row + "\n");
  auto result = f.import("postings", file);
  const std::string reason =
      "invalid UTF-8 in column title (byte 0xE9 at byte 4 of the field): jobsight reads UTF-8 "
      "only; if the file is Latin-1 / Windows-1252, convert it (iconv -f WINDOWS-1252 -t UTF-8) "
      "and import again";
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out,
             Catch::StartsWith(summary_start(file, 2, 1, 0, 1, 0)) &&
                 Catch::EndsWith(" s)\n  rejected " + file + ":3: column title: " + reason + "\n"));
  CHECK(sql(f.db, "SELECT external_id FROM postings WHERE import_id = 2") == "l1\n");
  // The rejected record is kept byte for byte, as a BLOB since it is not UTF-8 text.
  CHECK(sql(f.db,
            "SELECT line, column_name, reason, typeof(raw_record), hex(raw_record) FROM "
            "import_rejects") == "3|title|" + reason + "|blob|" + hex(latin1_row) + "\n");

  std::string survey = f.dir.write("survey.csv", std::string(kSalaryHeader) +
                                                     "2024,SE,FT,Data Engineer,,,150000,US,0,US,M\n"
                                                     "2024,SE,FT,Ing\xe9nieur,,,90000,FR,0,FR,M\n");
  auto salaries = f.import("salaries", survey);
  CHECK(salaries.exit_code == 0);
  CHECK_THAT(salaries.out,
             Catch::StartsWith(summary_start(survey, 2, 1, -1, 1, 0)) &&
                 Catch::Contains("  rejected " + survey +
                                 ":3: column job_title: invalid UTF-8 in column job_title (byte "
                                 "0xE9 at byte 4 of the field)"));
  CHECK(sql(f.db, "SELECT job_title FROM salary_observations") == "Data Engineer\n");

  // Converted as the message says, the row imports with its accent.
  std::string converted = f.dir.file("latin1-utf8.csv");
  REQUIRE(run_shell("(iconv -f WINDOWS-1252 -t UTF-8 " + shell_quote(file) + " > " +
                    shell_quote(converted) + ")")
              .exit_code == 0);
  CHECK(f.import("postings", converted).exit_code == 0);
  CHECK(sql(f.db, "SELECT title FROM postings WHERE external_id = 'l2'") ==
        "Caf\xc3\xa9 Manager\n");

  // Latin-1 in the header refuses the whole file.
  const std::string before = dump(f.db);
  std::string header = f.dir.write("header.csv",
                                   "id,date,title,St\xe4"
                                   "dt\nh1,2025-06-03,X,Y\n");
  auto refused = f.import("postings", header);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err == error_line(header +
                                  ":1: the header is not UTF-8 text (column 4 of the header has "
                                  "byte 0xE4); jobsight reads UTF-8 only: if the file is Latin-1 "
                                  "/ Windows-1252, convert it first (iconv -f WINDOWS-1252 -t "
                                  "UTF-8 " +
                                  header + " > converted.csv)"));
  CHECK(dump(f.db) == before);
}

TEST_CASE("a NUL byte in a field rejects its row, since past the first line it is no binary file",
          "[hostile]") {
  Fixture f;
  // A long text file whose NUL comes far from the start.
  std::string content = "id,date,title,description\n";
  for (int i = 0; i < 500; ++i) {
    content += "n" + std::to_string(i) + ",2025-07-01,Row " + std::to_string(i) + ",text\n";
  }
  const std::string nul_row = literal("nx,2025-07-02,Nul\0Title,text");
  content += nul_row + "\n";
  std::string file = f.dir.write("nul.csv", content);
  for (const char* kind : {"postings"}) {
    auto result = f.import(kind, file);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 501, 500, 0, 1, 0)) &&
                               Catch::Contains("  rejected " + file +
                                               ":502: column title: NUL byte in column title (at "
                                               "byte 4 of the field): CSV text holds no NUL bytes; "
                                               "remove them (tr -d '\\000') and import again\n"));
  }
  CHECK(sql(f.db, "SELECT typeof(raw_record), hex(raw_record) FROM import_rejects") ==
        "blob|" + hex(nul_row) + "\n");
  CHECK(sql(f.db, "SELECT count(*) FROM postings WHERE title GLOB '*Nul*'") == "0\n");

  // In a salary file the same.
  std::string survey =
      f.dir.write("survey.csv",
                  std::string(kSalaryHeader) + literal("2024,SE,FT,Nul\0Engineer,,,1,US,0,US,M\n"));
  auto salaries = f.import("salaries", survey);
  CHECK(salaries.exit_code == 0);
  CHECK_THAT(salaries.out, Catch::Contains(":2: column job_title: NUL byte in column job_title"));
  CHECK(f.count("salary_observations") == "0\n");
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

// ---------------------------------------------------------------------------------------------
// Values

TEST_CASE("amounts: $120,000, 120k and 1.2e5 convert, and -5, NaN and inf keep the row without pay",
          "[hostile]") {
  Fixture f;
  const std::vector<std::string> amounts = {"\"$120,000\"", "120k", "1.2e5", "-5", "NaN", "inf"};
  std::string postings = "id,date,title,salary\n";
  std::string survey = kSalaryHeader;
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    postings += "a" + std::to_string(i) + ",2025-01-0" + std::to_string(i + 1) + ",Analyst," +
                amounts[i] + "\n";
    survey += "2024,MI,FT,Analyst " + std::to_string(i) + ",,," + amounts[i] + ",US,0,US,M\n";
  }
  std::string file = f.dir.write("amounts.csv", postings);
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 6, 6, 0, 0, 3)));
  CHECK(sql(f.db,
            "SELECT external_id, pay_status, pay_usd_annual FROM postings WHERE import_id "
            "= 2 ORDER BY external_id") ==
        "a0|converted|120000.0\na1|converted|120000.0\na2|converted|120000.0\n"
        "a3|invalid_amount|\na4|invalid_amount|\na5|invalid_amount|\n");
  std::string survey_file = f.dir.write("survey.csv", survey);
  auto salaries = f.import("salaries", survey_file);
  CHECK(salaries.exit_code == 0);
  CHECK_THAT(salaries.out, Catch::StartsWith(summary_start(survey_file, 6, 6, -1, 0, 3)));
  CHECK(sql(f.db,
            "SELECT job_title, pay_status, pay_usd_annual FROM salary_observations ORDER "
            "BY 1") ==
        "Analyst 0|converted|120000.0\nAnalyst 1|converted|120000.0\n"
        "Analyst 2|converted|120000.0\nAnalyst 3|invalid_amount|\nAnalyst 4|invalid_amount|\n"
        "Analyst 5|invalid_amount|\n");
}

TEST_CASE("impossible, out-of-range and relative dates reject their row, saying what is wrong",
          "[hostile]") {
  Fixture f;
  std::string file =
      f.dir.write("dates.csv",
                  "id,date,title\nd1,2025-02-30,A\nd2,1899-01-01,B\nd3,2999-01-01,C\n"
                  "d4,yesterday,D\nd5,2024-02-29,Leap\n");
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  const std::string at = "  rejected " + file + ":";
  CHECK_THAT(
      result.out,
      Catch::StartsWith(summary_start(file, 5, 1, 0, 4, 0)) &&
          Catch::EndsWith(
              at + "2: column posted_date: invalid date '2025-02-30': February 2025 has 28 days\n" +
              at + "3: column posted_date: invalid date '1899-01-01': year 1899 is outside " +
              "1900-2100\n" + at +
              "4: column posted_date: invalid date '2999-01-01': year 2999 is outside " +
              "1900-2100\n" + at +
              "5: column posted_date: invalid date 'yesterday' (expected YYYY-MM-DD, an ISO " +
              "8601 date-time or epoch seconds)\n"));
  CHECK(sql(f.db, "SELECT external_id, posted_date FROM postings WHERE import_id = 2") ==
        "d5|2024-02-29\n");

  std::string survey = f.dir.write("survey.csv", std::string(kSalaryHeader) +
                                                     "1899,SE,FT,Old,,,1,US,0,US,M\n"
                                                     "2999,SE,FT,Future,,,1,US,0,US,M\n"
                                                     "yesterday,SE,FT,Vague,,,1,US,0,US,M\n");
  auto salaries = f.import("salaries", survey);
  CHECK(salaries.exit_code == 0);
  for (auto [line, year] :
       {std::pair{2, "1899"}, std::pair{3, "2999"}, std::pair{4, "yesterday"}}) {
    CHECK_THAT(salaries.out, Catch::Contains("  rejected " + survey + ":" + std::to_string(line) +
                                             ": column work_year: invalid work_year '" + year +
                                             "' (expected a year from 1900 to 2100, e.g. 2024)\n"));
  }
  CHECK(f.count("salary_observations") == "0\n");
}

TEST_CASE("salary_min above salary_max is kept as given: the midpoint is the same either way",
          "[hostile]") {
  Fixture f;
  std::string file = f.dir.write("range.csv",
                                 "id,date,title,salary_min,salary_max\n"
                                 "s1,2025-03-01,Reversed,150000,100000\n"
                                 "s2,2025-03-02,Ordered,100000,150000\n");
  CHECK(f.import("postings", file).exit_code == 0);
  CHECK(sql(f.db,
            "SELECT external_id, salary_min, salary_max, pay_usd_annual FROM postings "
            "WHERE import_id = 2 ORDER BY 1") ==
        "s1|150000.0|100000.0|125000.0\ns2|100000.0|150000.0|125000.0\n");
}

TEST_CASE("an unknown currency or pay period keeps the row but not its pay, and is counted",
          "[hostile]") {
  Fixture f;
  std::string file = f.dir.write("pay.csv",
                                 "id,date,title,salary,salary_currency,salary_period\n"
                                 "p1,2025-03-01,Unknown Currency,100000,XYZ,year\n"
                                 "p2,2025-03-02,Unknown Period,5000,USD,fortnight\n"
                                 "p3,2025-03-03,Word Currency,100000,dollars,year\n");
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 3, 3, 0, 0, 3)));
  CHECK(sql(f.db,
            "SELECT external_id, pay_status, pay_usd_annual IS NULL, salary_currency, "
            "salary_period FROM postings WHERE import_id = 2 ORDER BY 1") ==
        "p1|unknown_currency|1|XYZ|year\np2|unknown_period|1|USD|fortnight\n"
        "p3|unknown_currency|1|dollars|year\n");
  std::string survey = f.dir.write(
      "survey.csv", std::string(kSalaryHeader) + "2024,SE,FT,Engineer,100000,XYZ,,US,0,US,M\n");
  auto salaries = f.import("salaries", survey);
  CHECK_THAT(salaries.out, Catch::StartsWith(summary_start(survey, 1, 1, -1, 0, 1)));
  CHECK(sql(f.db, "SELECT pay_status, salary_currency FROM salary_observations") ==
        "unknown_currency|XYZ\n");
}

TEST_CASE("1,000 skills, a 10,000-character skills field and a 10,000-character title are stored",
          "[hostile]") {
  Fixture f;
  std::string skills;
  for (int i = 0; i < 1'000; ++i)
    skills += (i > 0 ? ";" : "") + std::string("skill") + std::to_string(i);
  const std::string long_skill(10'000, 'k');
  const std::string long_title = "Engineer " + std::string(9'991, 't');
  std::string file =
      f.dir.write("skills.csv",
                  "id,date,title,skills\n"
                  "k1,2025-04-01,Many Skills," +
                      skills + "\nk2,2025-04-02," + long_title + "," + long_skill + "\n");
  auto result = f.import("postings", file);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith(summary_start(file, 2, 2, 0, 0, 0)));
  CHECK(sql(f.db,
            "SELECT count(*) FROM posting_skills JOIN postings USING (posting_id) WHERE "
            "external_id = 'k1'") == "1000\n");
  CHECK(sql(f.db,
            "SELECT s.name FROM posting_skills JOIN postings p USING (posting_id) JOIN "
            "skills s USING (skill_id) WHERE external_id = 'k1' AND s.name = 'skill999'") ==
        "skill999\n");
  CHECK(sql(f.db, "SELECT length(s.name), s.name = '" + long_skill +
                      "' FROM posting_skills JOIN postings p USING (posting_id) JOIN skills s "
                      "USING (skill_id) WHERE external_id = 'k2'") == "10000|1\n");
  CHECK(sql(f.db, "SELECT length(title), title = '" + long_title +
                      "', seniority FROM postings WHERE external_id = 'k2'") == "10000|1|mid\n");
}

TEST_CASE(
    "formula-like, SQL-like and control-character text is stored byte for byte and never "
    "interpreted",
    "[hostile]") {
  Fixture f;
  const std::string title = "=cmd|' /C calc'!A0";
  const std::string company = "'); DROP TABLE postings;--";
  const std::string industry = "Tab\there\x01\x1b[31mred\x7f\xc2\x9b end";
  const std::string city = "line one\r\nline two";
  const std::string description = "\"quoted\", with commas; and 'quotes' \\ backslash";
  const std::vector<std::string> header = {"id",       "date", "title",  "company",
                                           "industry", "city", "skills", "description"};
  const std::vector<std::string> row = {"x1", "2025-05-01",         title,      company, industry,
                                        city, "=1+1|-2+3|@SUM(A1)", description};
  std::string file = f.dir.write(
      "tricky.csv", jobsight::csv_encode(header) + "\n" + jobsight::csv_encode(row) + "\n");
  auto result = f.import("postings", file);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(f.count("postings") == "3\n");
  CHECK(sql(f.db,
            "SELECT hex(title), hex(c.name), hex(industry), hex(city), hex(description) "
            "FROM postings LEFT JOIN companies c USING (company_id) WHERE external_id = "
            "'x1'") == hex(title) + "|" + hex(company) + "|" + hex(industry) + "|" + hex(city) +
                           "|" + hex(description) + "\n");
  CHECK(sql(f.db,
            "SELECT group_concat(s.name, ' ') FROM (SELECT s.name FROM posting_skills JOIN "
            "skills s USING (skill_id) ORDER BY s.name) s") == "-2+3 =1+1 @SUM(A1)\n");

  const std::string query =
      "SELECT title, c.name AS company, industry, city, description FROM postings LEFT JOIN "
      "companies c USING (company_id) WHERE external_id = 'x1'";
  const std::vector<std::string> values = {title, company, industry, city, description};
  auto csv = cli({"--db", f.db, "sql", query, "--format", "csv"});
  CHECK(csv.exit_code == 0);
  CHECK(csv.out ==
        "title,company,industry,city,description\n" + jobsight::csv_encode(values) + "\n");
  CHECK(parse_csv(csv.out).at(1) == values);

  auto json = cli({"--db", f.db, "sql", query, "--format", "json"});
  CHECK(json.exit_code == 0);
  auto parsed = nlohmann::json::parse(json.out);
  CHECK(parsed.at(0).at("title") == title);
  CHECK(parsed.at(0).at("company") == company);
  CHECK(parsed.at(0).at("industry") == industry);
  CHECK(parsed.at(0).at("city") == city);
  CHECK(parsed.at(0).at("description") == description);
  CHECK(json.out.find('\x1b') == std::string::npos);
  CHECK_THAT(json.out, Catch::Contains("\\u0001\\u001b[31mred\x7f"));

  // Tables are for terminals: no control character gets through.
  for (const char* format : {"table", "markdown"}) {
    auto shown = cli({"--db", f.db, "sql", query, "--format", format});
    CHECK(shown.exit_code == 0);
    CHECK(shown.out.find('\x1b') == std::string::npos);
    CHECK(shown.out.find('\x01') == std::string::npos);
    CHECK_THAT(shown.out, Catch::Contains("Tab here\\x01\\x1B[31mred\\x7F\\u009B end") &&
                              Catch::Contains("line one line two"));
  }

  // Reports: the hostile industry as a filter (bound, never spliced) and skills in the output.
  auto mix =
      cli({"--db", f.db, "report", "seniority-mix", "--industry", industry, "--format", "csv"});
  CHECK(mix.exit_code == 0);
  CHECK_THAT(mix.out, Catch::Contains("\n2025-05,1,"));
  auto skills = cli({"--db", f.db, "report", "top-skills", "--format", "json"});
  CHECK(skills.exit_code == 0);
  std::vector<std::string> names;
  for (const auto& item : nlohmann::json::parse(skills.out)) names.push_back(item.at("skill"));
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"-2+3", "=1+1", "@SUM(A1)"});
  auto skills_csv = cli({"--db", f.db, "report", "top-skills", "--format", "csv"});
  CHECK_THAT(skills_csv.out, Catch::Contains(",-2+3,other,1,") &&
                                 Catch::Contains(",=1+1,other,1,") &&
                                 Catch::Contains(",@SUM(A1),other,1,"));

  // A hostile value quoted in a rejection reason reaches the terminal escaped.
  std::string bad = f.dir.write("bad.csv", "id,date,title\nx2,\x1b[2J,Clear Screen\n");
  auto rejected = f.import("postings", bad);
  CHECK(rejected.exit_code == 0);
  CHECK(rejected.out.find('\x1b') == std::string::npos);
  CHECK_THAT(rejected.out, Catch::Contains("invalid date '\\x1B[2J' (expected"));
  CHECK(sql(f.db, "SELECT hex(reason) FROM import_rejects") ==
        hex("invalid date '\x1b[2J' (expected YYYY-MM-DD, an ISO 8601 date-time or epoch "
            "seconds)") +
            "\n");
}

// ---------------------------------------------------------------------------------------------
// Databases

TEST_CASE("a database path that cannot be written is refused with where and why", "[hostile]") {
  // Tests run as root, whom file permissions do not stop: these paths stop root too.
  TempDir dir;
  std::string csv = dir.write("one.csv", "id,date,title\no1,2025-01-01,One\n");
  // A path under /proc: nobody can create a file there (proves SQLITE_CANTOPEN becomes a message).
  auto proc = cli({"--db", "/proc/jobsight-hostile.db", "import", "postings", csv});
  CHECK(proc.exit_code == 1);
  CHECK_THAT(proc.err, Catch::StartsWith("jobsight: /proc/jobsight-hostile.db: cannot ") &&
                           Catch::EndsWith("; choose a --db in a writable directory\n"));
  // A path whose parent is a regular file (ENOTDIR).
  auto below_file = cli({"--db", csv + "/x.db", "import", "postings", csv});
  CHECK(below_file.exit_code == 1);
  CHECK(below_file.err == error_line(csv + "/x.db: cannot create the database: " + csv +
                                     " is not a directory; choose a --db in a writable "
                                     "directory"));
  // A directory that does not exist.
  std::string missing = dir.file("no/such/dir");
  auto no_dir = cli({"--db", missing + "/x.db", "import", "postings", csv});
  CHECK(no_dir.exit_code == 1);
  CHECK(no_dir.err == error_line(missing + "/x.db: cannot create the database: the directory " +
                                 missing + " does not exist; create it first (mkdir -p " + missing +
                                 ") or choose another --db"));
  // A directory given as the database.
  auto directory = cli({"--db", dir.path().string(), "import", "postings", csv});
  CHECK(directory.exit_code == 1);
  CHECK(directory.err == error_line(dir.path().string() + ": is a directory, not a database file"));
  CHECK_FALSE(std::filesystem::exists(csv + "/x.db"));

  // A read-only mount (a private bind mount, when the system allows one): the real thing.
  std::string ro = dir.file("ro");
  std::filesystem::create_directory(ro);
  auto in_read_only = [&](const std::string& command) {
    return run_shell("unshare -m sh -c " +
                     shell_quote("mount --bind " + shell_quote(ro) + " " + shell_quote(ro) +
                                 " && mount -o remount,ro,bind " + shell_quote(ro) + " && " +
                                 command));
  };
  if (in_read_only("! touch " + shell_quote(ro + "/probe")).exit_code != 0) {
    WARN("no read-only bind mount here (unshare -m or mount not allowed): that case was not run");
    return;
  }
  std::string db = ro + "/market.db";
  REQUIRE(cli({"--db", db, "import", "postings", csv}).exit_code == 0);
  const std::string before = dump(db);
  auto jobsight_in_read_only = [&](const std::vector<std::string>& args) {
    std::string command = shell_quote(JOBSIGHT_BINARY);
    for (const std::string& arg : args) command += " " + shell_quote(arg);
    return in_read_only(command);
  };
  auto import = jobsight_in_read_only({"--db", db, "import", "postings", csv});
  CHECK(import.exit_code == 1);
  CHECK(import.err == error_line(db + ": cannot write the database: its directory " + ro +
                                 " is not writable (Read-only file system); jobsight writes the "
                                 "database and its -wal and -shm files there; choose a --db in a "
                                 "writable directory"));
  auto create = jobsight_in_read_only({"--db", ro + "/new.db", "import", "postings", csv});
  CHECK(create.exit_code == 1);
  CHECK_THAT(create.err, Catch::StartsWith("jobsight: " + ro +
                                           "/new.db: cannot create the database: its directory"));
  // Reports still read it (as an immutable snapshot: nobody can write there).
  auto report = jobsight_in_read_only({"--db", db, "report", "ai-share", "--format", "csv"});
  CHECK(report.exit_code == 0);
  CHECK(report.out == "period,postings,ai_postings,ai_share_pct\n2025-01,1,0,0\n");
  CHECK(dump(db) == before);
}

TEST_CASE(
    "a full disk (a file-size limit) fails the import with 'disk full or file too large' "
    "and leaves the database as it was",
    "[hostile]") {
  Fixture f;
  std::string big = f.dir.file("big.csv");
  REQUIRE(run_shell(shell_quote(JOBSIGHT_GENERATOR) + " --rows 20000 --seed 5 --out " +
                    shell_quote(big))
              .exit_code == 0);
  const std::string before = dump(f.db);
  auto full = jobsight_with_file_limit(2000, {"--db", f.db, "import", "postings", big});
  INFO(full.err);
  CHECK(full.exit_code == 1);  // not 153: SIGXFSZ is ignored, the write fails with EFBIG
  CHECK_THAT(full.err,
             Catch::StartsWith("jobsight: " + big +
                               ": import failed, nothing from this file was imported: " + f.db +
                               ": disk full or file too large") &&
                 Catch::EndsWith(": the database could not be written; free some disk space (or "
                                 "raise the file-size limit, ulimit -f) and try again\n"));
  CHECK(sql(f.db, "PRAGMA integrity_check") == "ok\n");
  CHECK(dump(f.db) == before);
  // Room again: the same file imports.
  auto again = f.import("postings", big, {"--quiet"});
  CHECK(again.exit_code == 0);
  CHECK(f.count("postings") != "2\n");

  // Too little room even to create a database: refused, and the path is usable afterwards.
  std::string fresh = f.dir.file("fresh.db");
  std::string one = f.dir.write("one.csv", "id,date,title\no1,2025-01-01,One\n");
  auto tiny = jobsight_with_file_limit(16, {"--db", fresh, "import", "postings", one});
  CHECK(tiny.exit_code == 1);
  CHECK_THAT(tiny.err, Catch::StartsWith("jobsight: " + fresh + ": disk full or file too large"));
  CHECK(cli({"--db", fresh, "import", "postings", one}).exit_code == 0);
  CHECK(sql(fresh, "SELECT count(*) FROM postings") == "1\n");
}

TEST_CASE("a file that is not a jobsight database is refused and left untouched", "[hostile]") {
  TempDir dir;
  std::string csv = dir.write("one.csv", "id,date,title\no1,2025-01-01,One\n");
  std::string text = dir.write("notes.db", "these are my notes, not a database\n");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"import", "postings", csv},
        std::vector<std::string>{"report", "ai-share"}, std::vector<std::string>{"status"}}) {
    std::vector<std::string> full = {"--db", text};
    full.insert(full.end(), args.begin(), args.end());
    auto result = cli(full);
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          error_line(text + ": not a jobsight database (not an SQLite file); nothing was changed"));
  }
  CHECK(read_file(text) == "these are my notes, not a database\n");

  std::string other = dir.file("other.db");
  sql(other, "CREATE TABLE mine (x); INSERT INTO mine VALUES (42)");
  auto result = cli({"--db", other, "import", "postings", csv});
  CHECK(result.exit_code == 1);
  CHECK(result.err == error_line(other + ": not a jobsight database (an SQLite file from another "
                                         "application); nothing was changed"));
  CHECK(dump(other) ==
        "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE mine (x);\n"
        "INSERT INTO mine VALUES(42);\nCOMMIT;\n");
}

TEST_CASE("a damaged database file gives 'the database file is damaged', never a crash",
          "[hostile]") {
  TempDir dir;
  std::string db = dir.file("damaged.db");
  REQUIRE(cli({"--db", db, "import", "postings",
               jobsight::test::source_path("sample_data/postings.csv"), "--quiet"})
              .exit_code == 0);
  sql(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  // Garbage over the middle 40% of the pages.
  const std::uintmax_t size = std::filesystem::file_size(db);
  const std::uintmax_t page = 4096;
  REQUIRE(sql(db, "PRAGMA page_size") == "4096\n");
  {
    std::fstream file(db, std::ios::in | std::ios::out | std::ios::binary);
    std::mt19937 random(7);
    std::string garbage(page, '\0');
    for (std::uintmax_t p = size / page * 3 / 10; p < size / page * 7 / 10; ++p) {
      for (char& c : garbage) c = static_cast<char>(random() & 0xFF);
      file.seekp(static_cast<std::streamoff>(p * page));
      file.write(garbage.data(), static_cast<std::streamsize>(page));
    }
  }
  const std::string damaged = db +
                              ": the database file is damaged (database disk image is malformed); "
                              "restore it from a backup, or save what is still readable with: "
                              "sqlite3 " +
                              db + " .recover | sqlite3 recovered.db";
  // Commands that read every posting must notice; the others may not touch the damaged pages,
  // but if they fail it is with the same message, and nothing crashes.
  auto scan = cli({"--db", db, "sql", "SELECT count(*), sum(length(title)) FROM postings"});
  CHECK(scan.exit_code == 1);
  CHECK(scan.err == error_line(damaged));
  auto report = cli({"--db", db, "report", "ai-share"});
  CHECK(report.exit_code == 1);
  CHECK(report.err == error_line(damaged));
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"report", "summary"},
        std::vector<std::string>{"report", "pay-by-skill"}, std::vector<std::string>{"status"},
        std::vector<std::string>{"imports"}, std::vector<std::string>{"rejects"}}) {
    std::vector<std::string> full = {"--db", db};
    full.insert(full.end(), args.begin(), args.end());
    auto result = cli(full);
    INFO(args[0] << " " << result.err);
    CHECK((result.exit_code == 0 || result.exit_code == 1));
    if (result.exit_code == 1) CHECK(result.err == error_line(damaged));
  }
  std::string csv = dir.write("more.csv", "id,date,title\nm1,2025-01-01,More\n");
  auto import = cli({"--db", db, "import", "postings", csv,
                     jobsight::test::source_path("sample_data/postings.csv")});
  CHECK((import.exit_code == 0 || import.exit_code == 1));
  if (import.exit_code == 1) CHECK_THAT(import.err, Catch::EndsWith(damaged + "\n"));
}

TEST_CASE("the binary refuses a database from a newer jobsight and leaves it untouched",
          "[hostile]") {
  Fixture f;
  sql(f.db, "PRAGMA user_version = 99");
  const std::string before = dump(f.db);
  const std::string message =
      f.db + ": created by a newer jobsight (schema version 99, this jobsight knows up to " +
      std::to_string(jobsight::current_schema_version()) + "); upgrade jobsight to open it";
  std::string csv = f.dir.write("one.csv", "id,date,title\no1,2025-01-01,One\n");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"import", "postings", csv},
        std::vector<std::string>{"import", "salaries", csv},
        std::vector<std::string>{"report", "ai-share"}, std::vector<std::string>{"status"},
        std::vector<std::string>{"sql", "SELECT 1"}}) {
    std::vector<std::string> full = {"--db", f.db};
    full.insert(full.end(), args.begin(), args.end());
    auto result = cli(full);
    INFO(args[0]);
    CHECK(result.exit_code == 1);
    CHECK(result.err == error_line(message));
  }
  CHECK(dump(f.db) == before);
}

// ---------------------------------------------------------------------------------------------
// Report options

TEST_CASE("report options with hostile values give clear errors or correct empty results",
          "[hostile]") {
  Fixture f;
  const std::string before = dump(f.db);
  const std::string header = "period,postings,ai_postings,ai_share_pct\n";
  auto report = [&](std::vector<std::string> options) {
    std::vector<std::string> args = {"--db", f.db, "report", "ai-share", "--format", "csv"};
    args.insert(args.end(), options.begin(), options.end());
    return cli(args);
  };
  // Filters are bound values: quotes, SQL and LIKE wildcards match nothing, and harm nothing.
  for (const std::vector<std::string>& options :
       {std::vector<std::string>{"--country", "'); DROP TABLE postings;--"},
        std::vector<std::string>{"--country", "US' OR '1'='1"},
        std::vector<std::string>{"--industry", "%"}, std::vector<std::string>{"--industry", "_"},
        std::vector<std::string>{"--region", "%%%"},
        std::vector<std::string>{"--country", std::string(100'000, 'x')},
        std::vector<std::string>{"--industry", "\x1b[2J"}}) {
    auto result = report(options);
    INFO(options[0] << " " << options[1].substr(0, 40));
    CHECK(result.exit_code == 0);
    CHECK(result.out == header);
    CHECK(result.err.empty());
  }
  CHECK(report({}).out == header + "2025-01,2,0,0\n");

  struct Refused {
    std::vector<std::string> options;
    std::string message;
  };
  for (const Refused& r : std::vector<Refused>{
           {{"--from", "2025-02-30"},
            "--from '2025-02-30' is not a valid date; write it as YYYY-MM-DD"},
           {{"--to", "yesterday"}, "--to 'yesterday' is not a valid date; write it as YYYY-MM-DD"},
           {{"--from", "2025-1-1"},
            "--from '2025-1-1' is not a valid date; write it as YYYY-MM-DD"},
           {{"--from", "2025-01-01' OR '1'='1"},
            "--from '2025-01-01' OR '1'='1' is not a valid date; write it as YYYY-MM-DD"},
           {{"--from", "2025-03-01", "--to", "2025-01-01"},
            "--from 2025-03-01 is after --to 2025-01-01"},
           {{"--year", "1800"}, "--year 1800 is out of range (1900-2100)"},
           {{"--year", "99999"}, "--year 99999 is out of range (1900-2100)"},
       }) {
    auto result = report(r.options);
    INFO(r.options[0] << " " << r.options[1]);
    CHECK(result.exit_code == 1);
    CHECK(result.err == error_line(r.message));
    CHECK(result.out.empty());
  }

  // Usage errors: CLI11's exit code and message.
  auto usage = [&](const std::string& report_name, std::vector<std::string> options) {
    std::vector<std::string> args = {"--db", f.db, "report", report_name};
    args.insert(args.end(), options.begin(), options.end());
    return cli(args);
  };
  const std::string help = "Run with --help for more information.\n";
  auto min_n = usage("pay-by-skill", {"--min-n", "-1"});
  CHECK(min_n.exit_code == 105);
  CHECK(min_n.err == "--min-n: Value -1 not in range 1 to 1000000000\n" + help);
  auto top = usage("top-skills", {"--top", "0"});
  CHECK(top.exit_code == 105);
  CHECK(top.err == "--top: Value 0 not in range 1 to 1000000\n" + help);
  auto period = usage("ai-share", {"--period", "month'; --"});
  CHECK(period.exit_code == 105);
  CHECK(period.err == "--period: month'; -- not in {month,quarter,year}\n" + help);
  auto format = usage("ai-share", {"--format", "csv%s%n"});
  CHECK(format.exit_code == 105);
  CHECK(format.err == "--format: csv%s%n not in {table,csv,json,markdown}\n" + help);
  CHECK(usage("pay-by-skill", {"--min-n", "1e9999"}).exit_code != 0);
  CHECK(usage("no-such-report'%s", {}).err ==
        error_line("unknown report 'no-such-report'%s'; the reports are: ai-share, "
                   "seniority-mix, pay-by-skill, pay-by-level, pay-by-region, top-skills, "
                   "ai-growth, summary (see 'jobsight report list')"));
  // A large --top is fine: all there is.
  auto all = usage("top-skills", {"--top", "1000000", "--format", "csv"});
  CHECK(all.exit_code == 0);
  CHECK(dump(f.db) == before);
}
