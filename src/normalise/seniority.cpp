#include "normalise/seniority.hpp"

#include <array>
#include <string>
#include <vector>

#include "util/text.hpp"
#include "util/text_words.hpp"

namespace jobsight {

namespace {

struct SourceLevel {
  std::string_view key;  // lower-case words joined by single spaces
  Seniority level;
};

constexpr std::array<SourceLevel, 36> kSourceLevels = {{
    {"intern", Seniority::intern},
    {"internship", Seniority::intern},
    {"trainee", Seniority::intern},
    {"apprentice", Seniority::intern},
    {"en", Seniority::entry},
    {"entry", Seniority::entry},
    {"entry level", Seniority::entry},
    {"associate", Seniority::entry},
    {"junior", Seniority::entry},
    {"junior level", Seniority::entry},
    {"jr", Seniority::entry},
    {"graduate", Seniority::entry},
    {"new grad", Seniority::entry},
    {"mi", Seniority::mid},
    {"mid", Seniority::mid},
    {"mid level", Seniority::mid},
    {"intermediate", Seniority::mid},
    {"se", Seniority::senior},
    {"senior", Seniority::senior},
    {"senior level", Seniority::senior},
    {"sr", Seniority::senior},
    {"mid senior", Seniority::senior},
    {"mid senior level", Seniority::senior},
    {"lead", Seniority::lead},
    {"lead level", Seniority::lead},
    {"principal", Seniority::lead},
    {"staff", Seniority::lead},
    {"ex", Seniority::executive},
    {"exec", Seniority::executive},
    {"executive", Seniority::executive},
    {"executive level", Seniority::executive},
    {"director", Seniority::executive},
    {"vp", Seniority::executive},
    {"vice president", Seniority::executive},
    {"c level", Seniority::executive},
    {"c suite", Seniority::executive},
}};

struct TitleRule {
  Seniority level;
  std::vector<std::vector<std::string>> phrases;
};

// Built once: the SPEC 2.1 keyword lists, in the order they are tried.
const std::vector<TitleRule>& title_rules() {
  static const std::vector<TitleRule> rules = [] {
    const auto rule = [](Seniority level, std::initializer_list<std::string_view> phrases) {
      TitleRule built{level, {}};
      for (std::string_view phrase : phrases) built.phrases.push_back(lower_words(phrase));
      return built;
    };
    return std::vector<TitleRule>{
        rule(Seniority::executive, {"chief", "ceo", "cto", "cfo", "coo", "cio", "cdo", "cpo", "cmo",
                                    "cso", "cxo", "vp", "vice president", "head of", "director"}),
        rule(Seniority::intern, {"intern", "internship", "trainee", "apprentice"}),
        rule(Seniority::lead, {"principal", "staff", "lead", "distinguished"}),
        rule(Seniority::senior, {"senior", "sr"}),
        rule(Seniority::entry, {"junior", "jr", "entry level", "graduate", "new grad"}),
    };
  }();
  return rules;
}

std::optional<Seniority> roman_grade(std::string_view word) {
  if (word == "i") return Seniority::entry;
  if (word == "ii") return Seniority::mid;
  if (word == "iii") return Seniority::senior;
  if (word == "iv" || word == "v") return Seniority::lead;
  return std::nullopt;
}

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string_view to_string(Seniority level) {
  switch (level) {
    case Seniority::intern:
      return "intern";
    case Seniority::entry:
      return "entry";
    case Seniority::mid:
      return "mid";
    case Seniority::senior:
      return "senior";
    case Seniority::lead:
      return "lead";
    case Seniority::executive:
      return "executive";
  }
  return "mid";
}

std::optional<Seniority> seniority_from_source(std::string_view given) {
  // Lower-case ASCII words joined by single spaces, so "Mid-Senior level", "mid_senior  LEVEL"
  // and "Entry-Level" find their table keys. No key is anywhere near this long.
  std::array<char, 32> key{};
  std::size_t length = 0;
  bool pending_space = false;
  for (char c : given) {
    if (!is_alnum(c)) {
      pending_space = length > 0;
      continue;
    }
    if (length + (pending_space ? 2 : 1) > key.size()) return std::nullopt;
    if (pending_space) key[length++] = ' ';
    pending_space = false;
    key[length++] = lower_ascii(c);
  }
  const std::string_view normalised(key.data(), length);
  if (normalised.empty()) return std::nullopt;
  for (const SourceLevel& entry : kSourceLevels) {
    if (entry.key == normalised) return entry.level;
  }
  return std::nullopt;
}

Seniority seniority_from_title(std::string_view title) {
  return seniority_from_title_words(lower_words(title));
}

Seniority seniority_from_title_words(const std::vector<std::string>& words) {
  for (const TitleRule& rule : title_rules()) {
    for (const std::vector<std::string>& phrase : rule.phrases) {
      if (contains_phrase(words, phrase)) return rule.level;
    }
  }
  for (const std::string& word : words) {
    if (const auto grade = roman_grade(word)) return *grade;
  }
  return Seniority::mid;
}

SeniorityResult classify_seniority(std::string_view given, std::string_view title) {
  if (const auto level = seniority_from_source(given)) return {*level, false};
  return {seniority_from_title(title), true};
}

SeniorityResult classify_seniority(std::string_view given,
                                   const std::vector<std::string>& title_words) {
  if (const auto level = seniority_from_source(given)) return {*level, false};
  return {seniority_from_title_words(title_words), true};
}

}  // namespace jobsight
