#include "cli/dashboard_filters.hpp"

#include <algorithm>

#include "jobsight/error.hpp"

namespace jobsight::cli {
namespace {

// Whether the report's catalogue lists `option` among those it takes.
bool takes(const ReportInfo& info, const std::string& option) {
  return std::find(info.options.begin(), info.options.end(), option) != info.options.end();
}

std::string why_refused(const ReportInfo& info, const std::string& option) {
  for (const auto& [refused, reason] : info.refused) {
    if (refused == option) return option + " (" + reason + ")";
  }
  return option;
}

// Clears `field` when the report does not take `option`, and says so.
template <typename T>
void keep_if_taken(const ReportInfo& info, const std::string& option, std::optional<T>& field,
                   std::vector<std::string>& left_out) {
  if (field && !takes(info, option)) {
    field.reset();
    left_out.push_back(why_refused(info, option));
  }
}

}  // namespace

ReportFilters filters_for_report(const ReportInfo& info, const ReportFilters& all,
                                 std::vector<std::string>& left_out) {
  ReportFilters f = all;
  keep_if_taken(info, "--from", f.from, left_out);
  keep_if_taken(info, "--to", f.to, left_out);
  keep_if_taken(info, "--year", f.year, left_out);
  keep_if_taken(info, "--country", f.country, left_out);
  keep_if_taken(info, "--region", f.region, left_out);
  keep_if_taken(info, "--industry", f.industry, left_out);
  keep_if_taken(info, "--period", f.period, left_out);
  keep_if_taken(info, "--min-n", f.min_n, left_out);
  keep_if_taken(info, "--source", f.source, left_out);
  keep_if_taken(info, "--by", f.by, left_out);
  keep_if_taken(info, "--top", f.top, left_out);
  keep_if_taken(info, f.ai.value_or(true) ? "--ai" : "--no-ai", f.ai, left_out);
  keep_if_taken(info, "--level", f.level, left_out);
  keep_if_taken(info, "--skill", f.skill, left_out);
  keep_if_taken(info, "--title", f.title, left_out);
  keep_if_taken(info, "--remote", f.remote, left_out);
  keep_if_taken(info, "--employment-type", f.employment_type, left_out);
  if (f.ci && !takes(info, "--ci")) {
    f.ci = false;
    f.confidence.reset();
    left_out.push_back("--ci");
  }
  if (f.by) {
    // --by names a grouping of one report; another report that takes --by may not have it.
    try {
      check_report_filters(info.name, f);
    } catch (const Error&) {
      ReportFilters without = f;
      without.by.reset();
      check_report_filters(info.name, without);  // a failure for another reason is the user's
      left_out.push_back("--by " + *f.by);
      return without;
    }
  }
  return f;
}

}  // namespace jobsight::cli
