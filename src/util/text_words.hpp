#pragma once
// Word-level text matching shared by seniority and AI-title rules.

#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// Splits text into lower-case ASCII words: maximal runs of letters and digits (bytes >= 0x80
// count as letters so UTF-8 words stay whole). "Sr. ML/AI Engineer" -> {"sr","ml","ai","engineer"}.
std::vector<std::string> lower_words(std::string_view text);

// True when `phrase` (already split by lower_words) occurs as consecutive whole words in
// `words`. An empty phrase never matches.
bool contains_phrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase);

// ASCII lower-case copy.
std::string to_lower(std::string_view text);

// The start of `text` for quoting in a message: all of it when it has at most `max_bytes` bytes,
// else its first `max_bytes` bytes (not cutting a UTF-8 character) and "... (N bytes)".
std::string excerpt(std::string_view text, std::size_t max_bytes = 80);

// Text without leading and trailing spaces, tabs, CR and LF.
std::string_view trim(std::string_view text);

}  // namespace jobsight
