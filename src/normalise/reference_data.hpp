#pragma once
// Reference data the normaliser looks things up in: countries, skills, AI title rules, fx rates.
// Filled by the storage layer from the database's reference tables (load_reference_data).

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "normalise/fx_table.hpp"
#include "normalise/text_skills.hpp"

namespace jobsight {

struct CountryInfo {
  std::string alpha2;    // "DE"
  std::string name;      // "Germany"
  std::string region;    // UN M49 sub-region, "" when it has none
  std::string currency;  // ISO 4217, "" when none
};

struct SkillInfo {
  std::int64_t id = 0;
  std::string name;  // canonical spelling
  bool is_ai = false;
};

class ReferenceData {
 public:
  // Registers a country under its alpha-2 code, alpha-3 code and name.
  void add_country(const std::string& alpha2, const std::string& alpha3, const std::string& name,
                   const std::string& region, const std::string& currency);
  // Registers another spelling for a country added before. Unknown alpha2 is ignored.
  void add_country_alias(const std::string& alias, const std::string& alpha2);
  // Registers a state or province of country `alpha2` (added before) under its code and name;
  // a later call for the same code or name replaces the country.
  void add_state(const std::string& code, const std::string& name, const std::string& alpha2);
  // Registers a skill under its name; `is_ai` when its category is `ai`.
  void add_skill(std::int64_t id, const std::string& name, bool is_ai);
  // Registers another spelling for a skill added before. Unknown ids are ignored.
  void add_skill_alias(const std::string& alias, std::int64_t skill_id);
  // Registers a phrase that makes a title an AI role (matched as whole words).
  void add_ai_title_phrase(const std::string& phrase);
  // Sets the spellings that find skills in running text (normalise/text_skills.hpp: taxonomy
  // names and aliases that need no context, and text forms) and builds their matcher (about
  // 2 MB; give them all in one call). Replaces the ones set before; patterns of skill ids not
  // added before are ignored.
  void set_text_skill_patterns(const std::vector<TextSkillPattern>& patterns);

  FxTable& fx() { return fx_; }
  const FxTable& fx() const { return fx_; }

  // The country that `text` names (name, alpha-2, alpha-3 or alias; case-insensitive, trimmed),
  // or nullptr.
  const CountryInfo* find_country(std::string_view text) const;
  // The country a state or province names, by code or name, any case, trimmed (SPEC 2.5:
  // "Georgia" as a state is the US state); nullptr when none.
  const CountryInfo* country_of_state(std::string_view text) const;
  // The country a location text such as "Austin, TX" or "Toronto, ON" names by its last part, a
  // state or province code; nullptr when it does not end in one.
  const CountryInfo* country_of_city(std::string_view city) const;
  // The country a location text names, for a posting without a country (SPEC 2.5 and what job
  // boards write): "Austin, TX" and "Austin, Texas" (a state), "Toronto, Ontario, Canada",
  // "Austin, TX, US" and "London, ENG, GB" (three parts or more: the last is the country),
  // "London, UK" (a country), "Remote (US)" (a country in brackets at the end), "United States"
  // (the whole text a country that is not also a state name). nullptr when none.
  const CountryInfo* country_of_location(std::string_view location) const;
  // The skill that `text` names (name or alias; case-insensitive, trimmed), or nullptr.
  const SkillInfo* find_skill(std::string_view text) const;
  // True when the title, split into words with lower_words, contains an AI title phrase as
  // whole words.
  bool title_words_are_ai(const std::vector<std::string>& title_words) const;
  // The skills that `text` (a title or a description) mentions, each once, in order of first
  // mention, found with the text skill patterns (none before set_text_skill_patterns).
  std::vector<const SkillInfo*> skills_in_text(std::string_view text) const;

 private:
  std::vector<CountryInfo> countries_;
  std::unordered_map<std::string, std::size_t> country_index_;     // lower-case key -> countries_
  std::unordered_map<std::string, std::size_t> state_index_;       // lower-case code or name
  std::unordered_map<std::string, std::size_t> state_code_index_;  // lower-case code
  std::vector<SkillInfo> skills_;
  std::unordered_map<std::string, std::size_t> skill_index_;  // lower-case key -> skills_
  std::unordered_map<std::int64_t, std::size_t> skill_by_id_;
  std::vector<std::vector<std::string>> ai_phrases_;  // each phrase split into lower-case words
  TextSkillMatcher text_skills_;
  FxTable fx_;
};

}  // namespace jobsight
