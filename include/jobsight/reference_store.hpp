#pragma once
// Reading the reference tables of a jobsight database into memory (storage layer).

#include "jobsight/database.hpp"
#include "jobsight/reference_data.hpp"

namespace jobsight {

// Loads countries, country aliases, skills (with aliases; category `ai` marks AI skills), AI
// title rules and fx rates from `db`.
ReferenceData load_reference_data(Database& db);

}  // namespace jobsight
