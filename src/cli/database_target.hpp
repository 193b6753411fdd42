#pragma once
// The database the global options name: its path and how long to wait for a busy database.

#include <string>

#include "jobsight/database.hpp"

namespace jobsight::cli {

// Says on standard error that the database at `path` is about to be upgraded, when it is of an
// older schema version than this binary's (migrations count what older versions did not keep,
// and the kept pay statistics are computed again: about a minute for a million postings).
void announce_upgrade(const std::string& path);

struct DatabaseTarget {
  std::string path;
  int busy_timeout_ms = kDefaultBusyTimeoutMs;

  // Both say on standard error when the database is of an older schema version and is about to
  // be upgraded (announce_upgrade): that can take minutes on a large one.
  Database open_for_writing() const {
    announce_upgrade(path);
    return Database::open_for_writing(path, busy_timeout_ms);
  }
  Database open_read_only() const {
    announce_upgrade(path);
    return Database::open_read_only(path, busy_timeout_ms);
  }
  // For commands that change a database but never create one (imports delete).
  Database open_existing_for_writing() const {
    open_read_only();  // refuses a missing file, as the read-only commands do
    return Database::open_for_writing(path, busy_timeout_ms);
  }
};

// update_kept_pay_statistics after an import or delete has committed: when it fails (another
// command holds the database past the busy timeout, a full disk) the data is in, and the
// statistics stay marked stale, which the reports handle by computing their own; so the
// failure is a note on standard error, not the command's. With `tell`, says on standard error
// (a terminal) that it is at work, and clears that line when done.
void update_kept_pay_statistics_or_warn(Database& db, bool tell = false);

}  // namespace jobsight::cli
