#include "normalise/skills_field.hpp"

#include <cstdint>
#include <optional>
#include <utility>

#include "util/text_words.hpp"

namespace jobsight {

namespace {

bool is_separator(char c) {
  return c == ';' || c == ',' || c == '|';
}

bool is_quote(char c) {
  return c == '"' || c == '\'';
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void push_trimmed(std::string_view item, std::vector<std::string>& out) {
  item = trim(item);
  if (!item.empty()) out.emplace_back(item);
}

// Splits on any of `;`, `,`, `|`. With `unquote`, a quote at either end of an item is removed
// too (the fallback for lists that are not well-formed).
void split_plain(std::string_view field, bool unquote, std::vector<std::string>& out) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= field.size(); ++i) {
    if (i < field.size() && !is_separator(field[i])) continue;
    std::string_view item = trim(field.substr(start, i - start));
    if (unquote && !item.empty() && is_quote(item.front())) item.remove_prefix(1);
    if (unquote && !item.empty() && is_quote(item.back())) item.remove_suffix(1);
    push_trimmed(item, out);
    start = i + 1;
  }
}

void append_utf8(std::uint32_t code_point, std::string& out) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

std::optional<std::uint32_t> hex_value(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  std::uint32_t value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    std::uint32_t digit = 0;
    if (c >= '0' && c <= '9') {
      digit = static_cast<std::uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      digit = static_cast<std::uint32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      digit = static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
    value = value * 16 + digit;
  }
  return value;
}

// Reads a quoted string starting at `pos` (the opening quote) with JSON / Python escapes.
// Leaves `pos` after the closing quote; false when the string is not terminated.
bool read_quoted(std::string_view text, std::size_t& pos, std::string& item) {
  const char quote = text[pos++];
  while (pos < text.size()) {
    const char c = text[pos++];
    if (c == quote) return true;
    if (c != '\\') {
      item.push_back(c);
      continue;
    }
    if (pos == text.size()) return false;
    const char escaped = text[pos++];
    switch (escaped) {
      case 'n':
      case 't':
      case 'r':
      case 'b':
      case 'f':
        item.push_back(' ');
        break;
      case 'u': {
        auto code_point = hex_value(text, pos, 4);
        if (!code_point) return false;
        pos += 4;
        if (*code_point >= 0xD800 && *code_point <= 0xDBFF) {
          const auto low = text.substr(pos, 2) == "\\u" ? hex_value(text, pos + 2, 4)
                                                        : std::optional<std::uint32_t>{};
          if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
            code_point = 0x10000 + ((*code_point - 0xD800) << 10) + (*low - 0xDC00);
            pos += 6;
          } else {
            code_point = 0xFFFD;
          }
        } else if (*code_point >= 0xDC00 && *code_point <= 0xDFFF) {
          code_point = 0xFFFD;
        }
        append_utf8(*code_point, item);
        break;
      }
      case 'x': {
        const auto code_point = hex_value(text, pos, 2);
        if (!code_point) return false;
        pos += 2;
        append_utf8(*code_point, item);
        break;
      }
      default:  // \" \' \\ \/ and anything else: the character itself
        item.push_back(escaped);
        break;
    }
  }
  return false;
}

// Parses the inside of `[...]`: items quoted with " or ' (JSON / Python repr) or bare,
// separated by commas. False when the text is not such a list.
bool parse_list(std::string_view inner, std::vector<std::string>& out) {
  std::size_t pos = 0;
  while (true) {
    while (pos < inner.size() && is_space(inner[pos])) ++pos;
    if (pos == inner.size()) return true;
    if (inner[pos] == '"' || inner[pos] == '\'') {
      std::string item;
      if (!read_quoted(inner, pos, item)) return false;
      if (trim(item).size() == item.size()) {
        if (!item.empty()) out.push_back(std::move(item));
      } else {
        push_trimmed(item, out);
      }
      while (pos < inner.size() && is_space(inner[pos])) ++pos;
      if (pos == inner.size()) return true;
      if (inner[pos] != ',') return false;
      ++pos;
      continue;
    }
    const std::size_t comma = inner.find(',', pos);
    const std::size_t end = comma == std::string_view::npos ? inner.size() : comma;
    push_trimmed(inner.substr(pos, end - pos), out);
    if (comma == std::string_view::npos) return true;
    pos = comma + 1;
  }
}

}  // namespace

std::vector<std::string> split_skills(std::string_view field) {
  field = trim(field);
  std::vector<std::string> out;
  if (field.size() >= 2 && field.front() == '[' && field.back() == ']') {
    const std::string_view inner = field.substr(1, field.size() - 2);
    if (parse_list(inner, out)) return out;
    out.clear();
    split_plain(inner, true, out);
    return out;
  }
  split_plain(field, false, out);
  return out;
}

}  // namespace jobsight
