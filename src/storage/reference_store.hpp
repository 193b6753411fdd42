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

// True when a posting or observation whose country jobsight does not know has `text`, exactly,
// as its country (the text `--country` then matches).
bool country_text_is_stored(Database& db, std::string_view text);

// Every country name and alias, and the country text of postings and observations whose country
// jobsight does not know, each once (for suggesting a country when `--country` names none).
std::vector<std::string> country_spellings(Database& db);

// The UN M49 sub-regions of the countries table, each once.
std::vector<std::string> region_names(Database& db);

// True when some posting has `text` as its industry, in any ASCII case.
bool industry_is_stored(Database& db, std::string_view text);

// The industries of the postings, each once.
std::vector<std::string> industry_names(Database& db);

}  // namespace jobsight
