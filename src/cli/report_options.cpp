#include "cli/report_options.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "jobsight/error.hpp"

namespace jobsight::cli {
namespace {

std::optional<std::string> given(const CLI::App& command, const char* option,
                                 const std::string& value) {
  return command.count(option) > 0 ? std::optional<std::string>(value) : std::nullopt;
}

}  // namespace

void add_report_options(CLI::App& command, ReportOptionValues& o) {
  command.add_option("--from", o.from, "First posting date included (YYYY-MM-DD)");
  command.add_option("--to", o.to, "Last posting date included (YYYY-MM-DD)");
  command.add_option("--year", o.year, "Only this calendar year (instead of --from/--to)");
  command.add_option("--country", o.country, "Country name or ISO code, e.g. Germany, DE, DEU");
  command.add_option("--region", o.region, "UN M49 sub-region, e.g. 'Northern America'");
  command.add_option("--industry", o.industry, "Industry as given in the postings");
  command.add_option("--period", o.period, "Period of each row: month (default), quarter, year")
      ->check(CLI::IsMember({"month", "quarter", "year"}));
  command.add_option("--min-n", o.min_n, "Leave out groups smaller than N (default 10)")
      ->check(CLI::Range(1, 1'000'000'000));
  command
      .add_option("--source", o.source,
                  "Pay reports: pay from postings, observations or both (default)")
      ->check(CLI::IsMember({"postings", "observations", "both"}));
  command
      .add_option("--by", o.by,
                  "pay-by-region: region (default) or country; ai-growth: industry (default) "
                  "or country")
      ->check(CLI::IsMember({"region", "country", "industry"}));
  command.add_option("--top", o.top, "top-skills: skills per period (default 10)")
      ->check(CLI::Range(1, 1'000'000));
  CLI::Option* ai = command.add_flag("--ai", o.ai, "Segment: AI roles only (SPEC 2.4)");
  command.add_flag("--no-ai", o.no_ai, "Segment: every role but AI roles")->excludes(ai);
  command.add_option("--level", o.level,
                     "Segment: levels, comma-separated: intern, entry, mid, senior, lead, "
                     "executive, junior (intern+entry), senior-plus (senior+lead+executive)");
  command.add_option("--skill", o.skill,
                     "Segment: postings that ask for this skill (any alias); leaves salary "
                     "observations out");
  command.add_option("--title", o.title,
                     "Segment: titles holding these words, whole words, side by side, any case");
  command.add_option("--remote", o.remote,
                     "Segment: onsite, hybrid or remote (salary observations by remote_ratio)");
  command.add_option("--employment-type", o.employment_type,
                     "Segment: full-time, part-time, contract, internship, temporary, freelance "
                     "(any spelling, e.g. FT, Full_Time)");
  command.add_flag("--ci", o.ci,
                   "Add <column>_ci_low/_ci_high interval columns to every statistic (SPEC 3.1)");
  command.add_option("--confidence", o.confidence,
                     "Confidence of the intervals: 0.90, 0.95 (default) or 0.99");
}

ReportFilters report_filters_from(const CLI::App& command, const ReportOptionValues& o) {
  ReportFilters filters;
  filters.from = given(command, "--from", o.from);
  filters.to = given(command, "--to", o.to);
  if (command.count("--year") > 0) filters.year = o.year;
  filters.country = given(command, "--country", o.country);
  filters.region = given(command, "--region", o.region);
  filters.industry = given(command, "--industry", o.industry);
  filters.period = given(command, "--period", o.period);
  if (command.count("--min-n") > 0) filters.min_n = o.min_n;
  filters.source = given(command, "--source", o.source);
  filters.by = given(command, "--by", o.by);
  if (command.count("--top") > 0) filters.top = o.top;
  if (o.ai) filters.ai = true;
  if (o.no_ai) filters.ai = false;
  filters.level = given(command, "--level", o.level);
  filters.skill = given(command, "--skill", o.skill);
  filters.title = given(command, "--title", o.title);
  filters.remote = given(command, "--remote", o.remote);
  filters.employment_type = given(command, "--employment-type", o.employment_type);
  filters.ci = o.ci;
  if (command.count("--confidence") > 0) filters.confidence = o.confidence;
  return filters;
}

ReportFilters parse_report_filters(const std::vector<std::string>& words) {
  CLI::App parser{"report filters", "filters"};
  parser.set_help_flag();  // --help is not a filter
  ReportOptionValues values;
  add_report_options(parser, values);
  // CLI11 takes a vector in reverse order, and consumes it.
  std::vector<std::string> args(words.rbegin(), words.rend());
  try {
    parser.parse(args);
  } catch (const CLI::ExtrasError&) {
    // CLI11 lists the extra words last first; in the order typed they read better.
    throw Error(fmt::format("not report options: {} (see 'jobsight report --help')",
                            fmt::join(parser.remaining(), " ")));
  } catch (const CLI::ParseError& e) {
    throw Error(e.what());
  }
  return report_filters_from(parser, values);
}

}  // namespace jobsight::cli
