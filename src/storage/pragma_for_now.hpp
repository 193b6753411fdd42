#pragma once
// A connection's PRAGMA set to another value for a while (storage layer).

#include <SQLiteCpp/Database.h>

#include <string>

namespace jobsight {

// Sets the integer PRAGMA `pragma` of `sql` to `value` for as long as it lives, then puts back
// the value it had: a setting of the connection, which no rollback undoes. Throws
// SQLite::Exception when the PRAGMA cannot be read or set; putting it back never throws (the
// connection then keeps `value`).
class PragmaForNow {
 public:
  PragmaForNow(SQLite::Database& sql, std::string pragma, int value);
  ~PragmaForNow();
  PragmaForNow(const PragmaForNow&) = delete;
  PragmaForNow& operator=(const PragmaForNow&) = delete;

 private:
  SQLite::Database& sql_;
  const std::string pragma_;
  const int before_;
};

}  // namespace jobsight
