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

}  // namespace jobsight::cli
