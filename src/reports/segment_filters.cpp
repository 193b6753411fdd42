#include "reports/segment_filters.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "csv/text_check.hpp"
#include "jobsight/error.hpp"
#include "normalise/employment_type.hpp"
#include "normalise/seniority.hpp"
#include "util/text.hpp"
#include "util/text_words.hpp"

namespace jobsight {
namespace {

struct LevelWord {
  std::string_view word;
  std::vector<Seniority> levels;
};

const std::vector<LevelWord>& level_words() {
  static const std::vector<LevelWord> words = {
      {"intern", {Seniority::intern}},
      {"entry", {Seniority::entry}},
      {"mid", {Seniority::mid}},
      {"senior", {Seniority::senior}},
      {"lead", {Seniority::lead}},
      {"executive", {Seniority::executive}},
      {"junior", {Seniority::intern, Seniority::entry}},
      {"senior-plus", {Seniority::senior, Seniority::lead, Seniority::executive}},
  };
  return words;
}

}  // namespace

std::vector<std::string> levels_of(const std::string& level_option) {
  std::array<bool, 6> chosen{};
  bool any = false;
  std::string_view rest = level_option;
  while (true) {
    std::size_t comma = rest.find(',');
    std::string word = to_lower(trim(rest.substr(0, comma)));
    if (!word.empty()) {
      const LevelWord* found = nullptr;
      for (const LevelWord& known : level_words()) {
        if (known.word == word) found = &known;
      }
      if (found == nullptr) {
        throw Error("--level '" + word +
                    "' is not a level; use intern, entry, mid, senior, lead, executive, junior "
                    "(intern and entry) or senior-plus (senior, lead, executive), "
                    "comma-separated");
      }
      for (Seniority level : found->levels) chosen[static_cast<std::size_t>(level)] = true;
      any = true;
    }
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  if (!any) throw Error("--level needs at least one level, e.g. --level senior or --level junior");
  std::vector<std::string> levels;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (chosen[i]) levels.emplace_back(to_string(static_cast<Seniority>(i)));
  }
  return levels;
}

std::string remote_mode_of(const std::string& remote_option) {
  std::string mode = to_lower(trim(remote_option));
  if (mode == "onsite" || mode == "hybrid" || mode == "remote") return mode;
  throw Error("--remote '" + remote_option + "' is not one of onsite, hybrid, remote");
}

std::string title_words_of(const std::string& title_option) {
  if (const std::optional<TextProblem> problem = find_text_problem(title_option)) {
    throw Error(
        fmt::format("--title is not UTF-8 text (byte 0x{:02X} at byte {}); give the words in UTF-8",
                    problem->byte, problem->offset + 1));
  }
  std::string words = title_words(title_option);
  if (words.empty()) {
    throw Error("--title '" + title_option +
                "' holds no word; give letters or digits, e.g. "
                "--title \"data engineer\"");
  }
  return words;
}

std::string employment_type_spellings_of(const std::string& employment_type_option) {
  if (const EmploymentType* type = find_employment_type(employment_type_option)) {
    return folded_spelling_list(*type);
  }
  std::vector<std::string_view> names;
  for (const EmploymentType& type : employment_types()) names.push_back(type.name);
  throw Error("--employment-type '" + employment_type_option + "' is not an employment type; use " +
              join(names) + " (or a common spelling such as FT, Full_Time, PT, CT, FL)");
}

std::string unknown_value_message(std::string_view what, const std::string& value,
                                  const std::vector<std::string>& spellings,
                                  std::string_view see_also) {
  std::string wanted = to_lower(trim(value));
  // A typo: at most one edit in up to three letters, two in longer names.
  std::size_t best = wanted.size() <= 3 ? 1 : 2;
  std::vector<std::string> closest;
  for (const std::string& spelling : spellings) {
    std::string candidate = to_lower(spelling);
    std::size_t distance = edit_distance(wanted, candidate);
    if (distance > best) continue;
    if (distance < best) {
      best = distance;
      closest.clear();
    }
    if (std::find(closest.begin(), closest.end(), candidate) == closest.end()) {
      closest.push_back(std::move(candidate));
    }
  }
  std::string message = "unknown " + std::string(what) + " '" + excerpt(trim(value)) + "'";
  std::string see = " (" + std::string(see_also) + ")";
  if (closest.empty()) return message + see;
  std::sort(closest.begin(), closest.end());
  if (closest.size() > 3) closest.resize(3);
  message += "; did you mean ";
  for (std::size_t i = 0; i < closest.size(); ++i) {
    if (i > 0) message += i + 1 == closest.size() ? " or " : ", ";
    message += "'" + closest[i] + "'";
  }
  return message + "?" + see;
}

std::string unknown_skill_message(const std::string& skill,
                                  const std::vector<std::string>& spellings) {
  return unknown_value_message("skill", skill, spellings, "see 'jobsight skills'");
}

double confidence_of(double confidence_option) {
  for (double allowed : {0.90, 0.95, 0.99}) {
    if (std::fabs(confidence_option - allowed) < 1e-9) return allowed;
  }
  throw Error(fmt::format("--confidence {} is not one of 0.90, 0.95, 0.99", confidence_option));
}

}  // namespace jobsight
