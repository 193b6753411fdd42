// `jobsight report list` in the table format: one block per report that fits the width.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "cli/command_report.hpp"
#include "jobsight/reports.hpp"

TEST_CASE("report list fits 60, 80 and 100 columns and still names every report and option",
          "[command_report]") {
  for (std::size_t width : {60, 80, 100}) {
    const std::string text = jobsight::cli::catalogue_text(width);
    std::istringstream lines(text);
    std::string line, words;
    while (std::getline(lines, line)) {
      INFO(width << ": " << line);
      CHECK(line.size() <= width);
      words += " " + line + " ";
    }
    for (const jobsight::ReportInfo& info : jobsight::report_catalogue()) {
      INFO(width << ": " << info.name);
      CHECK(text.find(info.name + " (one row per " + info.one_row_per + ")") != std::string::npos);
      for (const std::string& option : info.options) {
        CHECK(words.find(" " + option + " ") != std::string::npos);
      }
      for (const auto& [option, reason] : info.refused) {
        CHECK(words.find(option) != std::string::npos);
      }
    }
  }
}

TEST_CASE("report list wraps options under their label and names refused ones with the reason",
          "[command_report]") {
  const std::string text = jobsight::cli::catalogue_text(60);
  CHECK_THAT(text,
             Catch::StartsWith("ai-share (one row per period)\n"
                               "  How many postings there were and what share were AI roles.\n"
                               "  options: --from --to --year --country --region --industry\n"
                               "           --period --level --skill --title --remote\n"
                               "           --employment-type --ci --confidence\n"
                               "  refuses: --ai, --no-ai: it compares AI roles with the\n"
                               "           others\n"
                               "\n"
                               "seniority-mix (one row per period)\n"));
}
