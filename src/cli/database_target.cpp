#include "cli/database_target.hpp"

#include <exception>
#include <iostream>
#include <optional>

#include "cli/render.hpp"

namespace jobsight::cli {

void announce_upgrade(const std::string& path) {
  const std::optional<int> stored = stored_schema_version(path);
  if (!stored || *stored <= 0 || *stored >= current_schema_version()) return;
  std::cerr << "jobsight: upgrading " << printable(path) << " from schema version " << *stored
            << " to " << current_schema_version()
            << ", once: on a large database this takes a while (about a minute for a million "
               "postings)\n"
            << std::flush;
}

void update_kept_pay_statistics_or_warn(Database& db, bool tell) {
  if (tell) std::cerr << "updating the kept pay statistics..." << std::flush;
  try {
    update_kept_pay_statistics(db);
    if (tell) std::cerr << "\r\x1b[K" << std::flush;
  } catch (const std::exception& e) {
    if (tell) std::cerr << "\r\x1b[K";
    std::cerr << "jobsight: note: the kept pay statistics were not updated (" << printable(e.what())
              << "); the pay reports compute their own until a later import or delete "
                 "updates them\n";
  }
}

}  // namespace jobsight::cli
