#pragma once
// A connection's PRAGMA set to another value for a while (storage layer).

#include <SQLiteCpp/Database.h>

#include <functional>
#include <string>

namespace jobsight {

// Sets the integer PRAGMA `pragma` of `sql` to `value` for as long as it lives, then puts back
// the value it had: a setting of the connection, which no rollback undoes. Throws
// SQLite::Exception when the PRAGMA cannot be read or set; putting it back never throws (the
// connection then keeps `value`).
class PragmaForNow {
 public:
  PragmaForNow(SQLite::Database& sql, std::string pragma, int value);
  // The same with the value `value_of` gives for the value the PRAGMA has now.
  PragmaForNow(SQLite::Database& sql, std::string pragma, const std::function<int(int)>& value_of);
  ~PragmaForNow();
  PragmaForNow(const PragmaForNow&) = delete;
  PragmaForNow& operator=(const PragmaForNow&) = delete;

 private:
  SQLite::Database& sql_;
  const std::string pragma_;
  const int before_;
};

}  // namespace jobsight
