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

// Words joined by single spaces: {"sr","ml"} -> "sr ml".
std::string join_words(const std::vector<std::string>& words);

// A title as whole words for the --title segment (SPEC 3.2), one rule for the titles stored and
// the words a user gives: join_words(lower_words(text)). "C++ Developer" -> "c developer",
// "Machine-Learning Engineer (NLP)" -> "machine learning engineer nlp", "ML's lead" -> "ml s
// lead"; "" when the text holds no letter or digit.
std::string title_words(std::string_view text);

// True when `phrase` (already split by lower_words) occurs as consecutive whole words in
// `words`. An empty phrase never matches.
bool contains_phrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase);

}  // namespace jobsight
