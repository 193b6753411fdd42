#include "reports/segment_filters.hpp"

#include <array>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "jobsight/error.hpp"
#include "normalise/seniority.hpp"
#include "util/text.hpp"

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

double confidence_of(double confidence_option) {
  for (double allowed : {0.90, 0.95, 0.99}) {
    if (std::fabs(confidence_option - allowed) < 1e-9) return allowed;
  }
  throw Error(fmt::format("--confidence {} is not one of 0.90, 0.95, 0.99", confidence_option));
}

}  // namespace jobsight
