#pragma once
// A small well-formedness check for the SVG and HTML jobsight writes: every tag closed in order,
// attribute values quoted, `&` only in the entities XML knows (and numeric references), no `<`
// in text. Enough to catch an unescaped label or a tag left open; not a full XML parser.

#include <string>
#include <vector>

namespace jobsight::test {

// "" when `text` is well-formed, else what is wrong first and where ("offset 120: ...").
// A leading <!DOCTYPE ...> is allowed.
inline std::string xml_problem(const std::string& text) {
  std::vector<std::string> open;
  auto at = [](std::size_t i, const std::string& what) {
    return "offset " + std::to_string(i) + ": " + what;
  };
  auto entity_ok = [&text](std::size_t i) {
    std::size_t end = text.find(';', i);
    if (end == std::string::npos || end - i > 10) return false;
    std::string name = text.substr(i + 1, end - i - 1);
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos")
      return true;
    return name.size() > 1 && name[0] == '#';
  };
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '&') {
      if (!entity_ok(i)) return at(i, "a bare &");
      ++i;
      continue;
    }
    if (c == '>') return at(i, "a > outside a tag");
    if (c != '<') {
      ++i;
      continue;
    }
    if (text.compare(i, 9, "<!DOCTYPE") == 0) {
      i = text.find('>', i) + 1;
      continue;
    }
    std::size_t end = i + 1;
    char quote = 0;
    while (end < text.size() && (quote != 0 || text[end] != '>')) {
      if (quote == 0 && (text[end] == '"' || text[end] == '\'')) {
        quote = text[end];
      } else if (quote != 0 && text[end] == quote) {
        quote = 0;
      } else if (quote == 0 && text[end] == '<') {
        return at(end, "a < inside a tag");
      } else if (quote != 0 && text[end] == '<') {
        return at(end, "a < inside an attribute value");
      }
      ++end;
    }
    if (end >= text.size()) return at(i, "a tag that never ends");
    std::string tag = text.substr(i + 1, end - i - 1);
    if (tag.empty()) return at(i, "an empty tag");
    if (tag[0] == '/') {
      std::string name = tag.substr(1);
      if (open.empty() || open.back() != name) {
        return at(i,
                  "</" + name + "> closes " + (open.empty() ? "nothing" : "<" + open.back() + ">"));
      }
      open.pop_back();
    } else if (tag.back() != '/') {
      std::string name = tag.substr(0, tag.find_first_of(" \n\t"));
      open.push_back(name);
      // Attributes: every = is followed by a quote.
      for (std::size_t k = tag.find('='); k != std::string::npos; k = tag.find('=', k + 1)) {
        if (k + 1 >= tag.size() || (tag[k + 1] != '"' && tag[k + 1] != '\'')) {
          // an = inside a quoted value is fine; check only outside quotes
          std::size_t quotes = 0;
          for (std::size_t q = 0; q < k; ++q) quotes += tag[q] == '"';
          if (quotes % 2 == 0) return at(i, "an unquoted attribute in <" + name + ">");
        }
      }
    }
    i = end + 1;
  }
  if (!open.empty()) return "<" + open.back() + "> is never closed";
  return "";
}

}  // namespace jobsight::test
