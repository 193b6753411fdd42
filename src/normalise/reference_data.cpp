#include "normalise/reference_data.hpp"

#include "util/text_words.hpp"

namespace jobsight {

void ReferenceData::add_country(const std::string& alpha2, const std::string& alpha3,
                                const std::string& name, const std::string& region,
                                const std::string& currency) {
  std::size_t index = countries_.size();
  countries_.push_back(CountryInfo{alpha2, name, region, currency});
  for (const std::string& key : {alpha2, alpha3, name}) {
    country_index_.emplace(to_lower(key), index);
  }
}

void ReferenceData::add_state(const std::string& code, const std::string& name,
                              const std::string& alpha2) {
  auto it = country_index_.find(to_lower(alpha2));
  if (it == country_index_.end()) return;
  state_index_[to_lower(code)] = it->second;
  state_index_[to_lower(name)] = it->second;
  state_code_index_[to_lower(code)] = it->second;
}

const CountryInfo* ReferenceData::country_of_state(std::string_view text) const {
  auto it = state_index_.find(to_lower(trim(text)));
  return it == state_index_.end() ? nullptr : &countries_[it->second];
}

const CountryInfo* ReferenceData::country_of_city(std::string_view city) const {
  std::size_t comma = city.rfind(',');
  if (comma == std::string_view::npos) return nullptr;
  std::string_view code = trim(city.substr(comma + 1));
  if (code.size() < 2 || code.size() > 3) return nullptr;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return nullptr;  // a code is written in capitals: "TX", not "Tx"
  }
  auto it = state_code_index_.find(to_lower(code));
  return it == state_code_index_.end() ? nullptr : &countries_[it->second];
}

const CountryInfo* ReferenceData::country_of_location(std::string_view location) const {
  location = trim(location);
  if (location.empty()) return nullptr;
  // "Remote (US)": a country in brackets at the end.
  if (location.back() == ')') {
    std::size_t open = location.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inside = location.substr(open + 1, location.size() - open - 2);
      if (const CountryInfo* country = find_country(inside)) return country;
      location = trim(location.substr(0, open));
      if (location.empty()) return nullptr;
    }
  }
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    std::size_t comma = location.find(',', start);
    parts.push_back(trim(location.substr(start, comma - start)));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  std::string_view last = parts.back();
  if (parts.size() >= 3) return find_country(last);  // city, region, country
  if (parts.size() == 2) {
    if (const CountryInfo* country = country_of_city(location)) return country;  // ", TX"
    if (last.size() > 3) {
      if (const CountryInfo* country = country_of_state(last)) return country;  // ", Texas"
    }
    return find_country(last);  // "London, UK"
  }
  if (country_of_state(last) != nullptr) return nullptr;  // "Georgia" alone: which one?
  return find_country(last);
}

void ReferenceData::add_country_alias(const std::string& alias, const std::string& alpha2) {
  auto it = country_index_.find(to_lower(alpha2));
  if (it == country_index_.end()) return;
  country_index_.emplace(to_lower(alias), it->second);
}

void ReferenceData::add_skill(std::int64_t id, const std::string& name, bool is_ai) {
  std::size_t index = skills_.size();
  skills_.push_back(SkillInfo{id, name, is_ai});
  skill_index_.emplace(to_lower(name), index);
  skill_by_id_.emplace(id, index);
}

void ReferenceData::add_skill_alias(const std::string& alias, std::int64_t skill_id) {
  auto it = skill_by_id_.find(skill_id);
  if (it == skill_by_id_.end()) return;
  skill_index_.emplace(to_lower(alias), it->second);
}

void ReferenceData::add_ai_title_phrase(const std::string& phrase) {
  std::vector<std::string> words = lower_words(phrase);
  if (!words.empty()) ai_phrases_.push_back(std::move(words));
}

void ReferenceData::set_text_skill_patterns(const std::vector<TextSkillPattern>& patterns) {
  std::vector<TextSkillPattern> known;
  known.reserve(patterns.size());
  for (const TextSkillPattern& pattern : patterns) {
    if (skill_by_id_.count(pattern.skill_id) != 0) known.push_back(pattern);
  }
  text_skills_ = TextSkillMatcher(known);
}

const CountryInfo* ReferenceData::find_country(std::string_view text) const {
  auto it = country_index_.find(to_lower(trim(text)));
  return it == country_index_.end() ? nullptr : &countries_[it->second];
}

const SkillInfo* ReferenceData::find_skill(std::string_view text) const {
  auto it = skill_index_.find(to_lower(trim(text)));
  return it == skill_index_.end() ? nullptr : &skills_[it->second];
}

bool ReferenceData::title_words_are_ai(const std::vector<std::string>& words) const {
  for (const auto& phrase : ai_phrases_) {
    if (contains_phrase(words, phrase)) return true;
  }
  return false;
}

std::vector<const SkillInfo*> ReferenceData::skills_in_text(std::string_view text) const {
  std::vector<const SkillInfo*> found;
  for (std::int64_t id : text_skills_.skill_ids_in(text)) {
    found.push_back(&skills_[skill_by_id_.at(id)]);
  }
  return found;
}

}  // namespace jobsight
