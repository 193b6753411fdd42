#include "storage/pragma_for_now.hpp"

#include <utility>

namespace jobsight {

PragmaForNow::PragmaForNow(SQLite::Database& sql, std::string pragma, int value)
    : PragmaForNow(sql, std::move(pragma), [value](int) { return value; }) {}

PragmaForNow::PragmaForNow(SQLite::Database& sql, std::string pragma,
                           const std::function<int(int)>& value_of)
    : sql_(sql), pragma_(std::move(pragma)), before_(sql.execAndGet("PRAGMA " + pragma_).getInt()) {
  sql_.exec("PRAGMA " + pragma_ + " = " + std::to_string(value_of(before_)));
}

PragmaForNow::~PragmaForNow() {
  try {
    sql_.exec("PRAGMA " + pragma_ + " = " + std::to_string(before_));
  } catch (...) {
    // The connection keeps the other value; what it was set for goes on, or fails, either way.
  }
}

}  // namespace jobsight
