#include "jobsight/display_width.hpp"

#include <utf8proc.h>

#include <vector>

namespace jobsight {
namespace {

// One character of `text` starting at byte `i`: its size in bytes and its cells.
struct Character {
  std::size_t size;
  std::size_t width;
};

Character character_at(std::string_view text, std::size_t i) {
  utf8proc_int32_t code = 0;
  auto size = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                               static_cast<utf8proc_ssize_t>(text.size() - i), &code);
  // Invalid UTF-8: one byte, shown as one replacement character.
  if (size <= 0) return {1, 1};
  return {static_cast<std::size_t>(size), char_width(static_cast<char32_t>(code))};
}

std::vector<Character> characters_of(std::string_view text) {
  std::vector<Character> characters;
  for (std::size_t i = 0; i < text.size();) {
    characters.push_back(character_at(text, i));
    i += characters.back().size;
  }
  return characters;
}

const std::string kEllipsis = "…";

}  // namespace

std::size_t char_width(char32_t code) {
  int width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(code));
  return width > 0 ? static_cast<std::size_t>(width) : 0;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    Character ch = character_at(text, i);
    width += ch.width;
    i += ch.size;
  }
  return width;
}

std::string shorten_end(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return "";
  std::size_t used = 0, end = 0;
  while (end < text.size()) {
    Character ch = character_at(text, end);
    if (used + ch.width > width - 1) break;
    used += ch.width;
    end += ch.size;
  }
  std::string prefix(text.substr(0, end));
  prefix.erase(prefix.find_last_not_of(' ') + 1);
  return prefix + kEllipsis;
}

std::string shorten_middle(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return "";
  std::vector<Character> characters = characters_of(text);
  std::size_t room = width - 1;  // cells for the start and the end
  std::size_t tail_room = room - room / 2;
  // The end: whole characters from the back within tail_room cells.
  std::size_t tail_bytes = 0, tail_cells = 0, tail_count = 0;
  for (auto it = characters.rbegin(); it != characters.rend(); ++it) {
    if (tail_cells + it->width > tail_room) break;
    tail_cells += it->width;
    tail_bytes += it->size;
    ++tail_count;
  }
  // The start: whole characters from the front within what the end left.
  std::size_t head_bytes = 0, head_cells = 0;
  for (std::size_t k = 0; k + tail_count < characters.size(); ++k) {
    if (head_cells + characters[k].width > room - tail_cells) break;
    head_cells += characters[k].width;
    head_bytes += characters[k].size;
  }
  return std::string(text.substr(0, head_bytes)) + kEllipsis +
         std::string(text.substr(text.size() - tail_bytes));
}

}  // namespace jobsight
