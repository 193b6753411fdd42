#pragma once
// --help text fitted to the output width.

#include <CLI/CLI.hpp>

#include <cstddef>
#include <string>

namespace jobsight::cli {

// CLI11's help, with every line fitted to `width` display columns: a longer line is broken at
// spaces, its continuation lines indented to where its text starts (an option's description, an
// example's words), a word longer than a line cut with "…". The footer's prose lines are
// joined into paragraphs first (a short line ending in ":" and indented lines stay as they
// are). The
// option column is at most a third of the width.
class FittedHelpFormatter : public CLI::Formatter {
 public:
  explicit FittedHelpFormatter(std::size_t width);
  std::string make_help(const CLI::App* app, std::string name,
                        CLI::AppFormatMode mode) const override;
  std::string make_footer(const CLI::App* app) const override;

 private:
  std::size_t width_;
};

// `text` with every line fitted to `width` display columns as FittedHelpFormatter fits help.
std::string fit_lines(const std::string& text, std::size_t width);

}  // namespace jobsight::cli
