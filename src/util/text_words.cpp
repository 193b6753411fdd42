#include "util/text_words.hpp"

#include <utility>

#include "util/text.hpp"

namespace jobsight {

namespace {

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::vector<std::string> lower_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    if (i == text.size()) break;
    std::string word;
    while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) {
      word.push_back(lower_ascii(text[i]));
      ++i;
    }
    // Dotted initials are one word: "A.I." is "ai", "U.S." is "us" (single letters, each
    // followed by a dot).
    const bool initial = word.size() == 1 && is_letter(word[0]);
    while (initial && i + 1 < text.size() && text[i] == '.' && is_letter(text[i + 1]) &&
           (i + 2 == text.size() || !is_word_byte(static_cast<unsigned char>(text[i + 2])))) {
      word.push_back(lower_ascii(text[i + 1]));
      i += 2;
    }
    words.push_back(std::move(word));
  }
  return words;
}

bool contains_phrase(const std::vector<std::string>& words,
                     const std::vector<std::string>& phrase) {
  if (phrase.empty() || phrase.size() > words.size()) return false;
  const std::size_t last_start = words.size() - phrase.size();
  for (std::size_t start = 0; start <= last_start; ++start) {
    std::size_t k = 0;
    while (k < phrase.size() && words[start + k] == phrase[k]) ++k;
    if (k == phrase.size()) return true;
  }
  return false;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) {
    if (!joined.empty()) joined.push_back(' ');
    joined += word;
  }
  return joined;
}

std::string title_words(std::string_view text) {
  return join_words(lower_words(text));
}

}  // namespace jobsight
