#pragma once
// How many terminal cells UTF-8 text takes, and text shortened to a number of cells with "…"
// (public API, implemented in the util layer: src/util/display_width.cpp). Widths come from
// utf8proc's Unicode tables (utf8proc_charwidth): a wide East Asian character or emoji takes 2
// cells, a combining mark or zero-width character 0, others 1.

#include <cstddef>
#include <string>
#include <string_view>

namespace jobsight {

// The terminal cells one code point takes: 0, 1 or 2 (utf8proc_charwidth; a control character
// counts 0, an unassigned one 1).
std::size_t char_width(char32_t code);

// The terminal cells `text` takes, character by character. A byte that starts no well-formed
// UTF-8 character counts as one cell (terminals show it as U+FFFD).
std::size_t display_width(std::string_view text);

// `text` in at most `width` cells: as it is when it fits; else its longest prefix of whole
// characters that leaves room for "…", without trailing spaces, followed by "…" ("" when `width`
// is 0). Never cuts a UTF-8 character in the middle.
std::string shorten_end(std::string_view text, std::size_t width);

// `text` in at most `width` cells: as it is when it fits; else its start and its end, whole
// characters, with "…" between them in place of the middle ("data/…/postings.csv"-like: the
// end gets the odd cell). "" when `width` is 0; "…" when it is 1.
std::string shorten_middle(std::string_view text, std::size_t width);

}  // namespace jobsight
