#pragma once
// The one exception type jobsight throws for errors that end an operation.

#include <stdexcept>
#include <string>
#include <utility>

namespace jobsight {

// An error that ends the current operation. `what()` is a complete message for the user,
// naming the file (and line, column) where there is one, e.g.
// "postings.csv: no title column (found: id, date, pay)".
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Thrown when the user interrupts an operation (SIGINT/SIGTERM); the operation rolled back.
class Interrupted : public Error {
 public:
  explicit Interrupted(const std::string& message) : Error(message) {}
};

// An error the database reported (a full disk, a damaged file, a busy database, a failed
// statement), turned into words by the storage layer, the only layer that sees the database
// library's own errors. `what()` is the whole message for the user ("PATH: disk full or file too
// large (...)", or "database error: " and the database's text when there is nothing more to say);
// `reason()` the same without that prefix, for callers that put it after their own context;
// `busy()` is true when another connection held the lock for longer than the busy timeout.
class DatabaseError : public Error {
 public:
  DatabaseError(const std::string& message, std::string reason, bool busy)
      : Error(message), reason_(std::move(reason)), busy_(busy) {}
  const std::string& reason() const { return reason_; }
  bool busy() const { return busy_; }

 private:
  std::string reason_;
  bool busy_;
};

}  // namespace jobsight
