#pragma once
// Writing salary observations (storage layer). Callers own the transaction.

#include <SQLiteCpp/Statement.h>

#include <cstdint>

#include "jobsight/database.hpp"
#include "normalise/salary_normaliser.hpp"

namespace jobsight {

// Inserts salary observations of one import run through one reused prepared statement.
class ObservationWriter {
 public:
  ObservationWriter(Database& db, std::int64_t import_id);

  // Inserts `observation` read from `source_line`. Every call adds a row: observations have no
  // identity, and exact repeats are real observations (SPEC 1.2).
  void insert(const NormalisedObservation& observation, std::size_t source_line);

 private:
  std::int64_t import_id_;
  SQLite::Statement insert_;
};

}  // namespace jobsight
