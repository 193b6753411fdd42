// The database in every tool (issue 11): after every writing command the file is in
// rollback-journal mode with nothing beside it, so a copy on a read-only share opens in sqlite3,
// Python's sqlite3 module and `jobsight report`. Tests run as root, whom file permissions do not
// stop, so the readers run as user nobody (setpriv) in a folder nobody may write, and, where the
// system allows a private mount, on a read-only bind mount.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::read_file;
using jobsight::test::run_shell;
using jobsight::test::shell_quote;
using jobsight::test::sql;
using jobsight::test::TempDir;

namespace fs = std::filesystem;

namespace {

const char* kPostings =
    "id,date,title,company,skills\n"
    "1,2025-01-02,Machine Learning Engineer,Acme,Python;PyTorch\n"
    "2,2025-01-03,Data Engineer,Acme,SQL\n"
    "3,2025-02-04,Accountant,Ledger Ltd,Excel\n";

const char* kMore = "id,date,title\n9,2025-03-01,Data Analyst\n";

// The file format's read and write versions (header bytes 18 and 19): 1 is rollback journal,
// 2 is WAL.
std::string header_versions(const std::string& db) {
  std::string header = read_file(db).substr(0, 20);
  REQUIRE(header.size() == 20);
  return std::to_string(static_cast<int>(header[18])) + "," +
         std::to_string(static_cast<int>(header[19]));
}

// Checks that `db` is left as a copy should find it: rollback-journal mode, nothing beside it.
void check_left_in_rollback_mode(const std::string& db) {
  INFO(db);
  CHECK(header_versions(db) == "1,1");
  for (const char* suffix : {"-wal", "-shm", "-journal"}) {
    CHECK_FALSE(fs::exists(db + suffix));
  }
  CHECK(sql(db, "PRAGMA journal_mode") == "delete\n");
}

// What each tool reads from `db`, as one bash command line each (run with pipefail): the AI
// postings of each month.
std::vector<std::string> readers(const std::string& jobsight, const std::string& db) {
  std::string python = fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  return {
      "sqlite3 " + shell_quote(db) + " 'SELECT ai_postings FROM report_ai_share ORDER BY period'",
      "sqlite3 " + shell_quote("file:" + db + "?mode=ro") +
          " 'SELECT ai_postings FROM report_ai_share ORDER BY period'",
      python + " -c " +
          shell_quote("import sqlite3, sys\n"
                      "c = sqlite3.connect(sys.argv[1])\n"
                      "for (n,) in c.execute('SELECT ai_postings FROM report_ai_share "
                      "ORDER BY period'): print(n)\n") +
          " " + shell_quote(db),
      shell_quote(jobsight) + " --db " + shell_quote(db) +
          " report ai-share --format csv | cut -d, -f3 | tail -n +2",
  };
}

}  // namespace

TEST_CASE("imports and imports delete leave the database in rollback-journal mode",
          "[e2e][read_only_copy]") {
  TempDir dir;
  std::string db = dir.file("market.db");
  REQUIRE(cli({"--db", db, "import", "postings", dir.write("p.csv", kPostings)}).exit_code == 0);
  check_left_in_rollback_mode(db);
  REQUIRE(cli({"--db", db, "import", "postings", dir.write("m.csv", kMore)}).exit_code == 0);
  check_left_in_rollback_mode(db);
  REQUIRE(cli({"--db", db, "imports", "delete", "2"}).exit_code == 0);
  check_left_in_rollback_mode(db);
  // Reading does not change it.
  REQUIRE(cli({"--db", db, "report", "pay-by-level"}).exit_code == 0);
  REQUIRE(cli({"--db", db, "status"}).exit_code == 0);
  check_left_in_rollback_mode(db);
}

TEST_CASE("a copy in a folder nobody may write is read by sqlite3, Python and jobsight report",
          "[e2e][read_only_copy]") {
  REQUIRE(run_shell("command -v setpriv").exit_code == 0);
  TempDir dir;
  std::string db = dir.file("market.db");
  REQUIRE(cli({"--db", db, "import", "postings", dir.write("p.csv", kPostings)}).exit_code == 0);

  // The share: a folder and a file owned by root that others may only read; the binary copied
  // beside it, so that user nobody can run it wherever the build folder is.
  std::string share = dir.file("share");
  fs::create_directory(share);
  std::string copy = share + "/market.db";
  fs::copy_file(db, copy);
  std::string jobsight = dir.file("jobsight");
  fs::copy_file(JOBSIGHT_BINARY, jobsight);
  fs::permissions(copy, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(share, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                             fs::perms::group_exec | fs::perms::others_read |
                             fs::perms::others_exec);
  auto as_nobody = [](const std::string& command) {
    return run_shell("setpriv --reuid=nobody --regid=nogroup --clear-groups bash -o pipefail -c " +
                     shell_quote(command));
  };
  // The folder really is closed to the readers.
  REQUIRE(as_nobody("touch " + shell_quote(share + "/probe")).exit_code != 0);
  for (const std::string& reader : readers(jobsight, copy)) {
    INFO(reader);
    auto result = as_nobody(reader);
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "1\n0\n");  // January: one AI posting of two; February: none
  }
  CHECK(fs::directory_entry(share + "/market.db").exists());
  CHECK(std::distance(fs::directory_iterator(share), fs::directory_iterator()) == 1);
  CHECK(header_versions(copy) == "1,1");

  // A copy still in WAL mode (an older jobsight's, or one a reader kept open at the end of an
  // import) needs a -shm file nobody can create there: jobsight reads it as an immutable snapshot.
  std::string wal_share = dir.file("wal-share");
  fs::create_directory(wal_share);
  std::string wal_copy = wal_share + "/market.db";
  fs::copy_file(db, wal_copy);
  REQUIRE(sql(wal_copy, "PRAGMA journal_mode = WAL") == "wal\n");
  REQUIRE(header_versions(wal_copy) == "2,2");
  fs::permissions(wal_share, fs::perms::owner_write | fs::perms::group_write,
                  fs::perm_options::remove);
  auto report = as_nobody(shell_quote(jobsight) + " --db " + shell_quote(wal_copy) +
                          " report ai-share --format csv | cut -d, -f3 | tail -n +2");
  INFO(report.err);
  CHECK(report.exit_code == 0);
  CHECK(report.out == "1\n0\n");
}

TEST_CASE("a copy on a read-only mount is read by sqlite3, Python and jobsight report",
          "[e2e][read_only_copy]") {
  TempDir dir;
  std::string db = dir.file("market.db");
  REQUIRE(cli({"--db", db, "import", "postings", dir.write("p.csv", kPostings)}).exit_code == 0);
  std::string ro = dir.file("ro");
  fs::create_directory(ro);
  fs::copy_file(db, ro + "/market.db");
  auto in_read_only = [&](const std::string& command) {
    return run_shell("unshare -m bash -o pipefail -c " +
                     shell_quote("mount --bind " + shell_quote(ro) + " " + shell_quote(ro) +
                                 " && mount -o remount,ro,bind " + shell_quote(ro) + " && " +
                                 command));
  };
  if (in_read_only("! touch " + shell_quote(ro + "/probe")).exit_code != 0) {
    WARN(
        "no read-only bind mount here (unshare -m or mount not allowed): the folder nobody may "
        "write above stands in for it");
    return;
  }
  for (const std::string& reader : readers(JOBSIGHT_BINARY, ro + "/market.db")) {
    INFO(reader);
    auto result = in_read_only(reader);
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "1\n0\n");
  }
  CHECK(std::distance(fs::directory_iterator(ro), fs::directory_iterator()) == 1);
}
