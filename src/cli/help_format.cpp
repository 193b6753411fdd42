#include "cli/help_format.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

#include "jobsight/display_width.hpp"

namespace jobsight::cli {
namespace {

// Where the text of a help line starts for its continuation lines: after the option column (the
// first run of two or more spaces past the indentation) when that is in the left half; else
// four columns past an example's or list item's indentation of two; else the line's own
// indentation (prose, a description on a line of its own).
std::size_t hanging_indent(const std::string& line, std::size_t width) {
  std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string::npos) return 0;
  std::size_t gap = line.find("  ", indent);
  if (gap != std::string::npos) {
    std::size_t text = line.find_first_not_of(' ', gap);
    if (text != std::string::npos && text <= width / 2) return text;
  }
  return std::min(indent == 2 ? indent + 4 : indent, width / 2);
}

// One line broken into lines of at most `width` display columns.
std::vector<std::string> fit_line(const std::string& line, std::size_t width) {
  if (display_width(line) <= width) return {line};
  std::size_t indent = hanging_indent(line, width);
  std::vector<std::string> lines;
  std::size_t lead = line.find_first_not_of(' ');
  std::string current = line.substr(0, lead);
  bool empty = true;  // nothing but indentation on `current` yet
  std::size_t start = lead;
  // The words, each with the spaces before it kept inside the first line (option columns).
  while (start < line.size()) {
    std::size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    std::string word = line.substr(start, end - start);
    std::size_t next = line.find_first_not_of(' ', end);
    std::string spaces = line.substr(end, (next == std::string::npos ? line.size() : next) - end);
    start = next == std::string::npos ? line.size() : next;
    if (!empty && display_width(current) + display_width(word) > width) {
      current.erase(current.find_last_not_of(' ') + 1);
      lines.push_back(current);
      current = std::string(indent, ' ');
      empty = true;
    }
    if (empty && display_width(current) + display_width(word) > width) {
      word = shorten_end(word, width > display_width(current) ? width - display_width(current) : 1);
    }
    current += word;
    empty = false;
    // The spaces after a word go on the line only while it has room for them.
    if (display_width(current) + spaces.size() <= width) {
      current += spaces;
    } else if (!spaces.empty()) {
      lines.push_back(current);
      current = std::string(indent, ' ');
      empty = true;
    }
  }
  current.erase(current.find_last_not_of(' ') + 1);
  if (!current.empty()) lines.push_back(current);
  return lines;
}

// The footer's prose (lines not indented) joined into paragraphs, so that it wraps as prose: a
// heading (a short line ending in ":", "Examples:") and indented lines stay lines of their
// own.
std::string reflow_prose(const std::string& text) {
  std::istringstream in(text);
  std::string flowed, previous;
  bool have_previous = false;
  // A heading is a short line ending in ":"; a long one is prose that happens to.
  auto is_prose = [](const std::string& line) {
    return !line.empty() && line.front() != ' ' && !(line.ends_with(":") && line.size() <= 30);
  };
  for (std::string line; std::getline(in, line);) {
    bool prose = is_prose(line);
    bool previous_prose = have_previous && is_prose(previous);
    if (have_previous) flowed += prose && previous_prose ? " " : "\n";
    flowed += line;
    previous = line;
    have_previous = true;
  }
  return flowed;
}

}  // namespace

FittedHelpFormatter::FittedHelpFormatter(std::size_t width) : width_(width) {
  column_width(std::clamp<std::size_t>(width / 3, 16, 30));
}

std::string FittedHelpFormatter::make_help(const CLI::App* app, std::string name,
                                           CLI::AppFormatMode mode) const {
  return fit_lines(CLI::Formatter::make_help(app, std::move(name), mode), width_);
}

std::string FittedHelpFormatter::make_footer(const CLI::App* app) const {
  std::string footer = app->get_footer();
  return footer.empty() ? footer : reflow_prose(footer) + "\n";
}

std::string fit_lines(const std::string& text, std::size_t width) {
  std::istringstream in(text);
  std::string fitted;
  for (std::string line; std::getline(in, line);) {
    for (const std::string& part : fit_line(line, width)) fitted += part + '\n';
  }
  return fitted;
}

}  // namespace jobsight::cli
