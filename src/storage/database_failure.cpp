#include "storage/database_failure.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace jobsight {
namespace {

namespace fs = std::filesystem;

std::string parent_directory(const std::string& path) {
  fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

// Why SQLite could not open (or create) `path`, when the file system can tell;
// nothing when it cannot.
std::optional<std::string> place_problem(const std::string& path) {
  const std::string dir = parent_directory(path);
  const std::string choose = "; choose a --db in a writable directory";
  std::error_code ec;
  fs::file_status dir_status = fs::status(dir, ec);
  if (!fs::exists(dir_status)) {
    return path + ": cannot create the database: the directory " + dir +
           " does not exist; create it first (mkdir -p " + dir + ") or choose another --db";
  }
  if (!fs::is_directory(dir_status)) {
    return path + ": cannot create the database: " + dir + " is not a directory" + choose;
  }
  if (access(dir.c_str(), W_OK) != 0) {
    const std::string reason = std::strerror(errno);
    const char* verb = fs::exists(path, ec) ? "write" : "create";
    return path + ": cannot " + verb + " the database: its directory " + dir +
           " is not writable (" + reason +
           "); jobsight writes the database and its -wal and -shm files there" + choose;
  }
  if (fs::exists(path, ec) && access(path.c_str(), W_OK) != 0) {
    const std::string reason = std::strerror(errno);
    return path + ": cannot write the database: the file is read-only (" + reason + ")" + choose;
  }
  return std::nullopt;
}

std::string cannot_open_message(const std::string& path, std::string_view what) {
  return place_problem(path).value_or(path + ": cannot open or create the database file (" +
                                      std::string(what) +
                                      "); choose a --db in a writable directory");
}

}  // namespace

int sqlite_result_code(const SQLite::Exception& e) {
  return e.getExtendedErrorCode() >= 0 ? e.getExtendedErrorCode() : e.getErrorCode();
}

std::optional<std::string> describe_database_failure(const std::string& path, int extended_code,
                                                     std::string_view what) {
  const std::string detail = " (" + std::string(what) + ")";
  switch (extended_code & 0xFF) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return path + ": the database file is damaged" + detail +
             "; restore it from a backup, or save what is still readable with: sqlite3 " + path +
             " .recover | sqlite3 recovered.db";
    case SQLITE_FULL:
      return path + ": disk full or file too large" + detail +
             ": the database could not be written; free some disk space (or raise the file-size "
             "limit, ulimit -f) and try again";
    case SQLITE_IOERR:
      if (extended_code == SQLITE_IOERR_WRITE || extended_code == SQLITE_IOERR_FSYNC ||
          extended_code == SQLITE_IOERR_TRUNCATE || extended_code == SQLITE_IOERR_SHMSIZE) {
        return path + ": disk full or file too large, or the disk failed" + detail +
               ": the database could not be written; free some disk space (or raise the "
               "file-size limit, ulimit -f) and try again";
      }
      return path + ": disk I/O error" + detail +
             ": the disk or file system may be failing; check it and try again";
    case SQLITE_READONLY:
      // A rollback-journal database on a read-only mount fails here, when the writer turns WAL
      // on, rather than at opening: the same place, the same message.
      if (auto problem = place_problem(path)) return problem;
      return path + ": the database is read-only" + detail +
             ": jobsight cannot write the file or its directory; choose a --db in a writable "
             "directory";
    case SQLITE_CANTOPEN:
      return cannot_open_message(path, what);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return path + ": database is busy (another import is writing); try again later";
    case SQLITE_NOMEM:
      return path + ": out of memory" + detail;
    default:
      return std::nullopt;
  }
}

std::optional<std::string> describe_database_failure(const std::string& path,
                                                     const SQLite::Exception& e) {
  return describe_database_failure(path, sqlite_result_code(e), e.what());
}

DatabaseError database_error(const std::string& path, const SQLite::Exception& e) {
  const int code = sqlite_result_code(e);
  const bool busy = (code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED;
  std::optional<std::string> described = describe_database_failure(path, code, e.what());
  if (described) return DatabaseError(*described, *described, busy);
  return DatabaseError(std::string("database error: ") + e.what(), e.what(), busy);
}

}  // namespace jobsight
