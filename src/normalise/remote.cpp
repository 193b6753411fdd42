#include "normalise/remote.hpp"

#include "util/text.hpp"
#include "util/text_words.hpp"

namespace jobsight {

std::optional<std::string> normalise_remote(std::string_view text) {
  std::string value = to_lower(trim(text));
  if (value.empty()) return std::nullopt;
  if (value == "onsite" || value == "on-site" || value == "on site" || value == "office" ||
      value == "in-office" || value == "false" || value == "no" || value == "0") {
    return "onsite";
  }
  if (value == "hybrid") return "hybrid";
  if (value == "remote" || value == "fully remote" || value == "true" || value == "yes" ||
      value == "100") {
    return "remote";
  }
  if (all_digits(value) && value.size() <= 3) {
    int ratio = std::stoi(value);
    if (ratio > 0 && ratio < 100) return "hybrid";
  }
  return std::nullopt;
}

std::optional<int> parse_remote_ratio(std::string_view text) {
  text = trim(text);
  if (!text.empty() && all_digits(text)) {
    if (text.size() > 3) return std::nullopt;
    int ratio = std::stoi(std::string(text));
    if (ratio > 100) return std::nullopt;
    return ratio;
  }
  std::optional<std::string> mode = normalise_remote(text);
  if (!mode) return std::nullopt;
  if (*mode == "onsite") return 0;
  if (*mode == "hybrid") return 50;
  return 100;
}

}  // namespace jobsight
