#pragma once
// Word-level text matching shared by seniority and AI-title rules (util layer). The plain text
// helpers (to_lower, trim, excerpt) are in util/text.hpp, included here for the callers of both.

#include <string>
#include <string_view>
#include <vector>

#include "util/text.hpp"

namespace jobsight {

// Splits text into lower-case ASCII words: maximal runs of letters and digits (bytes >= 0x80
// count as letters so UTF-8 words stay whole). "Sr. ML/AI Engineer" -> {"sr","ml","ai","engineer"}.
std::vector<std::string> lower_words(std::string_view text);

// True when `phrase` (already split by lower_words) occurs as consecutive whole words in
// `words`. An empty phrase never matches.
bool contains_phrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase);

}  // namespace jobsight
