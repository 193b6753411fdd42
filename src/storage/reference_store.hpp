#pragma once
// Reading the reference tables of a jobsight database into memory (storage layer).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jobsight/database.hpp"
#include "normalise/reference_data.hpp"

namespace jobsight {

// Loads countries, country aliases, skills (with aliases; category `ai` marks AI skills), the
// spellings that find taxonomy skills in text (with the matcher built), AI title rules and fx
// rates from `db`.
ReferenceData load_reference_data(Database& db);

// The ISO alpha-2 code of the country `text` names (code, alpha-3 code, name or alias, any case,
// trimmed), looked up with one query; nullopt when no country has that name.
std::optional<std::string> find_country_code(Database& db, std::string_view text);

// The skill_id of the skill `text` names (its name or any alias, any ASCII case, trimmed), looked
// up with one query; nullopt when no skill has that name.
std::optional<std::int64_t> find_skill_id(Database& db, std::string_view text);

// Every skill name and alias, each once, in no particular order (for suggesting a skill when a
// name is unknown).
std::vector<std::string> skill_spellings(Database& db);

}  // namespace jobsight
