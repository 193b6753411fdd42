#include "util/text_words.hpp"

#include <utility>

namespace jobsight {

namespace {

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

char lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_trim_byte(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
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

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower_ascii(c);
  return out;
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "... (" + std::to_string(text.size()) + " bytes)";
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_trim_byte(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_trim_byte(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace jobsight
