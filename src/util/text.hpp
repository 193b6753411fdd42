#pragma once
// Small text helpers every layer uses: ASCII case and digits, trimming, quoting an excerpt,
// joining a list (util layer).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace jobsight {

// Hashes text for an unordered container of std::string that is searched with a string_view
// (with std::equal_to<>), so a lookup makes no copy.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

// '0'..'9'.
constexpr bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// True when `text` is not empty and every byte is '0'..'9'.
bool all_digits(std::string_view text);

// 'A'..'Z' lower-cased; every other byte as it is.
constexpr char lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// ASCII lower-case copy.
std::string to_lower(std::string_view text);

// Text without leading and trailing spaces, tabs, CR and LF.
std::string_view trim(std::string_view text);

// The start of `text` for quoting in a message: all of it when it has at most `max_bytes` bytes,
// else its first `max_bytes` bytes (not cutting a UTF-8 character) and "... (N bytes)".
std::string excerpt(std::string_view text, std::size_t max_bytes = 80);

// The Levenshtein distance between `a` and `b` (insertions, deletions and substitutions of one
// byte each), compared as they are: lower-case both first for a case-insensitive distance.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The items joined with ", " ("a, b, c"; "" for none).
template <typename Range>
std::string join(const Range& items) {
  return fmt::format("{}", fmt::join(items, ", "));
}

}  // namespace jobsight
