#pragma once
// Writing salary observations (storage layer). Callers own the transaction (WriteTransaction).

#include <cstdint>
#include <memory>

#include "jobsight/database.hpp"
#include "normalise/salary_normaliser.hpp"

namespace jobsight {

// Inserts salary observations of one import run through one reused prepared statement.
class ObservationWriter {
 public:
  // Prepares the statement for import run `import_id`. Throws DatabaseError.
  ObservationWriter(Database& db, std::int64_t import_id);
  ~ObservationWriter();

  // Inserts `observation` read from `source_line`. Every call adds a row: observations have no
  // identity, and exact repeats are real observations (SPEC 1.2). Throws DatabaseError.
  void insert(const NormalisedObservation& observation, std::size_t source_line);

 private:
  struct Statement;
  Database& db_;
  std::int64_t import_id_;
  std::unique_ptr<Statement> statement_;
};

}  // namespace jobsight
