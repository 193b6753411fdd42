#pragma once
// The database the global options name: its path and how long to wait for a busy database.

#include <string>

#include "jobsight/database.hpp"

namespace jobsight::cli {

struct DatabaseTarget {
  std::string path;
  int busy_timeout_ms = kDefaultBusyTimeoutMs;

  Database open_for_writing() const { return Database::open_for_writing(path, busy_timeout_ms); }
  Database open_read_only() const { return Database::open_read_only(path, busy_timeout_ms); }
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
