#pragma once
// The one exception type jobsight throws for errors that end an operation.

#include <stdexcept>
#include <string>

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

}  // namespace jobsight
