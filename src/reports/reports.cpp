// Running a report by name: the filters are checked once against the catalogue, then the summary
// or one SQL report runs. The summary sits above the SQL reports and calls them directly, so
// calls go one way: run_report -> summary_report -> run_trend_report.
#include "jobsight/reports.hpp"

#include <algorithm>

#include "jobsight/error.hpp"
#include "normalise/dates.hpp"
#include "reports/segment_filters.hpp"
#include "reports/summary_report.hpp"
#include "reports/trend_reports.hpp"
#include "util/text.hpp"

namespace jobsight {
namespace {

std::string checked_date(const std::string& option, const std::string& text) {
  std::optional<Date> date = parse_date(text);
  if (!date || date->iso() != text) {
    throw Error(option + " '" + text + "' is not a valid date; write it as YYYY-MM-DD");
  }
  return text;
}

void check_one_of(const char* option, const std::optional<std::string>& value,
                  const std::vector<std::string>& allowed) {
  if (!value || std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) return;
  throw Error(std::string(option) + " '" + *value + "' is not one of " + join(allowed));
}

// The command-line options `filters` sets, in catalogue spelling ("--from").
std::vector<std::string> options_given(const ReportFilters& filters) {
  std::vector<std::string> given;
  if (filters.from) given.emplace_back("--from");
  if (filters.to) given.emplace_back("--to");
  if (filters.year) given.emplace_back("--year");
  if (filters.country) given.emplace_back("--country");
  if (filters.region) given.emplace_back("--region");
  if (filters.industry) given.emplace_back("--industry");
  if (filters.period) given.emplace_back("--period");
  if (filters.min_n) given.emplace_back("--min-n");
  if (filters.source) given.emplace_back("--source");
  if (filters.by) given.emplace_back("--by");
  if (filters.top) given.emplace_back("--top");
  if (filters.ai) given.emplace_back(*filters.ai ? "--ai" : "--no-ai");
  if (filters.level) given.emplace_back("--level");
  if (filters.skill) given.emplace_back("--skill");
  if (filters.title) given.emplace_back("--title");
  if (filters.remote) given.emplace_back("--remote");
  if (filters.employment_type) given.emplace_back("--employment-type");
  if (filters.ci) given.emplace_back("--ci");
  if (filters.confidence) given.emplace_back("--confidence");
  return given;
}

}  // namespace

void check_report_filters(const std::string& name, const ReportFilters& filters) {
  const ReportInfo* info = find_report(name);
  if (info == nullptr) {
    std::vector<std::string> known;
    for (const ReportInfo& report : report_catalogue()) known.push_back(report.name);
    throw Error("unknown report '" + name + "'; the reports are: " + join(known));
  }
  for (const std::string& option : options_given(filters)) {
    for (const auto& [refused, reason] : info->refused) {
      if (refused == option)
        throw Error("report " + name + " does not take " + option + ": " + reason);
    }
    if (std::find(info->options.begin(), info->options.end(), option) == info->options.end()) {
      throw Error("report " + name + " does not take " + option);
    }
  }
  std::optional<std::string> from = filters.from, to = filters.to;
  if (from) from = checked_date("--from", *from);
  if (to) to = checked_date("--to", *to);
  if (filters.year) {
    if (from || to) throw Error("--year cannot be combined with --from or --to");
    if (*filters.year < 1900 || *filters.year > 2100) {
      throw Error("--year " + std::to_string(*filters.year) + " is out of range (1900-2100)");
    }
  }
  if (from && to && *from > *to) throw Error("--from " + *from + " is after --to " + *to);
  check_one_of("--period", filters.period, {"month", "quarter", "year"});
  check_one_of("--source", filters.source, {"postings", "observations", "both"});
  if (name == "ai-growth") {
    check_one_of("--by", filters.by, {"industry", "country"});
  } else {
    check_one_of("--by", filters.by, {"region", "country"});
  }
  if (filters.min_n && *filters.min_n < 1) {
    throw Error("--min-n must be at least 1 (got " + std::to_string(*filters.min_n) + ")");
  }
  if (filters.level) levels_of(*filters.level);
  if (filters.remote) remote_mode_of(*filters.remote);
  if (filters.confidence) confidence_of(*filters.confidence);
  if (filters.confidence && !filters.ci && name != "summary") {
    throw Error("--confidence sets the confidence of the intervals --ci adds; add --ci");
  }
  // A blank place or industry names nothing (and the kept counts store a missing one as '').
  if (filters.country && trim(*filters.country).empty()) {
    throw Error("--country needs a country, e.g. US or Germany");
  }
  if (filters.region && trim(*filters.region).empty()) {
    throw Error("--region needs a UN M49 sub-region, e.g. 'Western Europe'");
  }
  if (filters.industry && trim(*filters.industry).empty()) {
    throw Error("--industry needs an industry, as the postings write it");
  }
  if (filters.skill && trim(*filters.skill).empty()) throw Error("--skill needs a skill name");
  if (filters.title && trim(*filters.title).empty()) throw Error("--title needs at least one word");
  if (filters.title) title_words_of(*filters.title);
  if (filters.employment_type && trim(*filters.employment_type).empty()) {
    throw Error("--employment-type needs a value, e.g. full-time");
  }
  if (filters.employment_type) employment_type_spellings_of(*filters.employment_type);
  if (filters.top && *filters.top < 1) {
    throw Error("--top must be at least 1 (got " + std::to_string(*filters.top) + ")");
  }
}

Table run_report(Database& db, const std::string& name, const ReportFilters& filters) {
  check_report_filters(name, filters);
  if (name == "summary") return summary_report(db, filters);
  return run_trend_report(db, name, filters);
}

}  // namespace jobsight
