#pragma once
// A title as whole words for the --title segment (SPEC 3.2): one rule for the titles stored and
// the words a user gives, so that both are read alike.

#include <string>
#include <string_view>

namespace jobsight {

// `text` as lower-case words separated by single spaces: ASCII letters are lower-cased, ASCII
// digits and every byte of a non-ASCII character are kept, and every other byte (punctuation,
// spaces, tabs, line breaks, control characters) separates words. "C++ Developer" -> "c
// developer", "Machine-Learning Engineer (NLP)" -> "machine learning engineer nlp", "ML's lead"
// -> "ml s lead"; "" when the text holds no letter or digit.
std::string title_words(std::string_view text);

}  // namespace jobsight
