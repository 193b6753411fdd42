#include "normalise/title_words.hpp"

#include "util/text.hpp"

namespace jobsight {

std::string title_words(std::string_view text) {
  std::string words;
  words.reserve(text.size());
  bool space = false;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    bool keep =
        byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c);
    if (!keep) {
      space = true;
      continue;
    }
    if (space && !words.empty()) words.push_back(' ');
    space = false;
    words.push_back(lower_ascii(c));
  }
  return words;
}

}  // namespace jobsight
