#include "storage/reference_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "storage/database_failure.hpp"
#include "storage/query.hpp"
#include "storage/sqlite_connection.hpp"
#include "util/text_words.hpp"

namespace jobsight {
namespace {
ReferenceData load(SQLite::Database& sql);
}  // namespace

ReferenceData load_reference_data(Database& db) {
  return with_database_errors(db, [&] { return load(sqlite_of(db)); });
}

std::optional<std::string> find_country_code(Database& db, std::string_view text) {
  Table found = query_named(db, "country_code", {{":text", std::string(trim(text))}});
  if (found.rows.empty()) return std::nullopt;
  return std::get<std::string>(found.rows.front().front());
}

std::optional<std::int64_t> find_skill_id(Database& db, std::string_view text) {
  Table found = query_named(db, "skill_id", {{":text", std::string(trim(text))}});
  if (found.rows.empty()) return std::nullopt;
  return std::get<std::int64_t>(found.rows.front().front());
}

namespace {

// The text cells of the first column of query `name`.
std::vector<std::string> first_column_texts(Database& db, std::string_view name) {
  Table found = query_named(db, name);
  std::vector<std::string> texts;
  texts.reserve(found.rows.size());
  for (const auto& row : found.rows) {
    if (const auto* text = std::get_if<std::string>(&row.front())) texts.push_back(*text);
  }
  return texts;
}

bool exists(Database& db, std::string_view name, std::string_view text) {
  Table found = query_named(db, name, {{":text", std::string(trim(text))}});
  return !found.rows.empty() && found.rows.front().front() == Cell{std::int64_t{1}};
}

}  // namespace

std::vector<std::string> skill_spellings(Database& db) {
  return first_column_texts(db, "skill_spellings");
}

bool country_text_is_stored(Database& db, std::string_view text) {
  return exists(db, "country_text_stored", text);
}

std::vector<std::string> country_spellings(Database& db) {
  return first_column_texts(db, "country_spellings");
}

std::vector<std::string> region_names(Database& db) {
  return first_column_texts(db, "region_names");
}

bool industry_is_stored(Database& db, std::string_view text) {
  return exists(db, "industry_stored", text);
}

std::vector<std::string> industry_names(Database& db) {
  return first_column_texts(db, "industry_names");
}

namespace {

ReferenceData load(SQLite::Database& sql) {
  ReferenceData data;
  SQLite::Statement countries(sql,
                              "SELECT alpha2, alpha3, name, coalesce(region, ''), "
                              "coalesce(currency, '') FROM countries");
  while (countries.executeStep()) {
    data.add_country(countries.getColumn(0).getString(), countries.getColumn(1).getString(),
                     countries.getColumn(2).getString(), countries.getColumn(3).getString(),
                     countries.getColumn(4).getString());
  }
  // Ranked so that a code or name two countries share goes to the first (SPEC 2.5).
  SQLite::Statement states(sql, "SELECT code, name, country_alpha2 FROM states ORDER BY rank DESC");
  while (states.executeStep()) {
    data.add_state(states.getColumn(0).getString(), states.getColumn(1).getString(),
                   states.getColumn(2).getString());
  }
  SQLite::Statement country_aliases(sql, "SELECT alias, alpha2 FROM country_aliases");
  while (country_aliases.executeStep()) {
    data.add_country_alias(country_aliases.getColumn(0).getString(),
                           country_aliases.getColumn(1).getString());
  }
  SQLite::Statement skills(sql, "SELECT skill_id, name, category = 'ai' FROM skills");
  while (skills.executeStep()) {
    data.add_skill(skills.getColumn(0).getInt64(), skills.getColumn(1).getString(),
                   skills.getColumn(2).getInt() != 0);
  }
  SQLite::Statement skill_aliases(sql, "SELECT alias, skill_id FROM skill_aliases");
  while (skill_aliases.executeStep()) {
    data.add_skill_alias(skill_aliases.getColumn(0).getString(),
                         skill_aliases.getColumn(1).getInt64());
  }
  // Text finds taxonomy skills only: their names and aliases that need no context, and their
  // text forms (migration 0007).
  std::vector<TextSkillPattern> text_patterns;
  SQLite::Statement spellings(
      sql,
      "SELECT name, skill_id, 0 FROM skills WHERE from_taxonomy = 1 AND needs_context = 0 "
      "UNION ALL "
      "SELECT a.alias, a.skill_id, 0 FROM skill_aliases AS a JOIN skills AS s "
      "ON s.skill_id = a.skill_id WHERE s.from_taxonomy = 1 AND a.needs_context = 0 "
      "UNION ALL "
      "SELECT f.form, f.skill_id, 1 FROM skill_text_forms AS f JOIN skills AS s "
      "ON s.skill_id = f.skill_id WHERE s.from_taxonomy = 1");
  while (spellings.executeStep()) {
    text_patterns.push_back(TextSkillPattern{spellings.getColumn(0).getString(),
                                             spellings.getColumn(1).getInt64(),
                                             spellings.getColumn(2).getInt() != 0});
  }
  data.set_text_skill_patterns(text_patterns);
  SQLite::Statement rules(sql, "SELECT phrase FROM ai_title_rules");
  while (rules.executeStep()) data.add_ai_title_phrase(rules.getColumn(0).getString());
  SQLite::Statement rates(sql, "SELECT currency, year, usd_per_unit FROM fx_rates");
  while (rates.executeStep()) {
    data.fx().add(rates.getColumn(0).getString(), rates.getColumn(1).getInt(),
                  rates.getColumn(2).getDouble());
  }
  return data;
}

}  // namespace

}  // namespace jobsight
