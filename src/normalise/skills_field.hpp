#pragma once
// Splitting a postings' skills field into skill names (SPEC 2.3).

#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// Splits on `;`, `,` or `|`, or parses a JSON / Python-style list (`["a", "b"]`, `['a', 'b']`);
// trims each item, drops empty ones and keeps the order. Duplicates are kept (the caller
// removes them after mapping aliases).
// - Plain text is split on any of the three separators wherever they occur, even mixed
//   ("a; b, c|d" -> 4 items). `/`, `+`, `#` and spaces are part of an item ("CI/CD", "C++",
//   "Machine Learning").
// - A field that starts with `[` and ends with `]` is a list: quoted items (" or ') may hold
//   commas and escapes (\" \' \\ \/ \uXXXX incl. surrogate pairs, \xHH; \n \t \r \b \f read
//   as a space); unquoted items run to the next comma. A list that is not well-formed (an
//   unterminated quote, text after a closing quote) falls back to plain splitting of the text
//   between the brackets, with a quote removed at either end of each item.
std::vector<std::string> split_skills(std::string_view field);

}  // namespace jobsight
