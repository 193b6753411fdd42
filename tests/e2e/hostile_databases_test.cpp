// Hostile databases, end to end: the real binary given a database it cannot write (under /proc,
// below a regular file, in a missing directory, on a read-only mount), a full disk (a file-size
// limit), a file that is not a jobsight database, a damaged database and one from a newer
// jobsight. Each case checks the exit code, the exact message and that the database is left as it
// was. Interruption and concurrent use of a database are in reliability_test.cpp.
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "jobsight/database.hpp"
#include "support/cli_runner.hpp"
#include "support/hostile_fixture.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::dump;
using jobsight::test::error_line;
using jobsight::test::jobsight_command;
using jobsight::test::read_file;
using jobsight::test::run_shell;
using jobsight::test::shell_quote;
using jobsight::test::sql;
using jobsight::test::TempDir;
using Result = jobsight::test::CommandResult;
using Fixture = jobsight::test::HostileFixture;

namespace {

// Runs jobsight with `args` under `ulimit -f blocks` (1 KiB blocks).
Result jobsight_with_file_limit(int blocks, const std::vector<std::string>& args) {
  return run_shell("bash -c " + shell_quote("ulimit -f " + std::to_string(blocks) + "; exec " +
                                            jobsight_command(args)));
}

}  // namespace

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
  // Reports still read it: the import left it in rollback-journal mode, which needs no -shm file.
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
  // Garbage over the middle 40% of the postings table's pages (dbstat numbers them from 1),
  // wherever the file keeps them.
  const std::uintmax_t page = 4096;
  REQUIRE(sql(db, "PRAGMA page_size") == "4096\n");
  std::vector<std::uintmax_t> pages;
  {
    std::istringstream numbers(
        sql(db, "SELECT pageno FROM dbstat WHERE name = 'postings' ORDER BY pageno"));
    for (std::uintmax_t number = 0; numbers >> number;) pages.push_back(number);
  }
  REQUIRE(pages.size() >= 100);
  {
    std::fstream file(db, std::ios::in | std::ios::out | std::ios::binary);
    std::mt19937 random(7);
    std::string garbage(page, '\0');
    for (std::size_t i = pages.size() * 3 / 10; i < pages.size() * 7 / 10; ++i) {
      for (char& c : garbage) c = static_cast<char>(random() & 0xFF);
      file.seekp(static_cast<std::streamoff>((pages[i] - 1) * page));
      file.write(garbage.data(), static_cast<std::streamsize>(page));
    }
  }
  const std::string damaged = db +
                              ": the database file is damaged (database disk image is malformed); "
                              "restore it from a backup, or save what is still readable with: "
                              "sqlite3 " +
                              db + " .recover | sqlite3 recovered.db";
  // A command that reads every posting must notice; the others may not touch the damaged pages
  // (ai-share reads the kept counts, the pay reports the covering index postings_pay, which an
  // import into an empty database builds after the rows, at the end of the file), but if they
  // fail it is with the same message, and nothing crashes.
  auto scan = cli({"--db", db, "sql", "SELECT count(*), sum(length(title)) FROM postings"});
  CHECK(scan.exit_code == 1);
  CHECK(scan.err == error_line(damaged));
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"report", "summary"},
        std::vector<std::string>{"report", "pay-by-level"},
        std::vector<std::string>{"report", "ai-share"},
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
