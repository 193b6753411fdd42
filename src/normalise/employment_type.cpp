#include "normalise/employment_type.hpp"

#include "util/text.hpp"

namespace jobsight {

const std::vector<EmploymentType>& employment_types() {
  // Reviewed reference data: keep in step with the contract comment in the header.
  static const std::vector<EmploymentType> types = {
      {"full-time", {"full-time", "full time", "fulltime", "full_time", "ft", "permanent"}},
      {"part-time", {"part-time", "part time", "parttime", "part_time", "pt"}},
      {"contract", {"contract", "contractor", "ct"}},
      {"internship", {"internship", "intern"}},
      {"temporary", {"temporary", "temp", "temp work"}},
      {"freelance", {"freelance", "freelancer", "fl"}},
  };
  return types;
}

std::string fold_employment_type(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  for (char c : text) {
    if (c == ' ' || c == '-' || c == '_') continue;
    folded.push_back(lower_ascii(c));
  }
  return folded;
}

const EmploymentType* find_employment_type(std::string_view text) {
  std::string folded = fold_employment_type(text);
  if (folded.empty()) return nullptr;
  for (const EmploymentType& type : employment_types()) {
    for (std::string_view spelling : type.spellings) {
      if (fold_employment_type(spelling) == folded) return &type;
    }
  }
  return nullptr;
}

std::string folded_spelling_list(const EmploymentType& type) {
  std::string list = ",";
  for (std::string_view spelling : type.spellings) {
    std::string folded = fold_employment_type(spelling);
    // Spellings that differ only in spaces, '-' or '_' fold alike; list each once.
    if (list.find("," + folded + ",") != std::string::npos) continue;
    list += folded + ",";
  }
  return list;
}

}  // namespace jobsight
