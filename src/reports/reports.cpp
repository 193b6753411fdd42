#include "jobsight/reports.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>

#include "normalise/dates.hpp"
#include "jobsight/error.hpp"
#include "storage/reference_store.hpp"
#include "storage/report_sql.hpp"
#include "storage/statement_helpers.hpp"
#include "reports/summary_report.hpp"

namespace jobsight {
namespace {

using Options = std::vector<std::string>;
const Options kPeriodOptions = {"--from",   "--to",       "--year",  "--country",
                                "--region", "--industry", "--period"};
const Options kSkillPayOptions = {"--from",   "--to",       "--year", "--country",
                                  "--region", "--industry", "--min-n"};
const Options kPayOptions = {"--from",   "--to",       "--year",  "--country",
                             "--region", "--industry", "--min-n", "--source"};
const Options kRegionPayOptions = {"--from",     "--to",    "--year",   "--country", "--region",
                                   "--industry", "--min-n", "--source", "--by"};
const Options kTopSkillsOptions = {"--from",   "--to",       "--year",   "--country",
                                   "--region", "--industry", "--period", "--top"};
const Options kGrowthOptions = {"--year", "--country", "--region", "--industry", "--min-n", "--by"};
const Options kSummaryOptions = {"--from",   "--to",       "--year",  "--country",
                                 "--region", "--industry", "--min-n", "--source"};

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
  std::string list;
  for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
  throw Error(std::string(option) + " '" + *value + "' is not one of " + list);
}

// Binds `value` (NULL when unset) to parameter `name` if the report's SQL uses it.
template <typename T>
void bind_if_used(SQLite::Statement& statement, const char* name, const std::optional<T>& value) {
  if (statement.getIndex(name) != 0) bind_optional(statement, name, value);
}

// The country filter as stored: an ISO alpha-2 code when the text names a known country, else
// the text itself (matched against the verbatim country text of unknown countries).
std::string resolve_country(Database& db, const std::string& text) {
  return find_country_code(db, text).value_or(text);
}

}  // namespace

const std::vector<ReportInfo>& report_catalogue() {
  static const std::vector<ReportInfo> catalogue = {
      {"ai-share", "period", "How many postings there were and what share were AI roles.",
       kPeriodOptions},
      {"seniority-mix", "period",
       "Postings by seniority level, junior and senior shares, senior postings per junior one.",
       kPeriodOptions},
      {"pay-by-skill", "skill",
       "Annual USD pay percentiles per skill and its premium over the median of all paid "
       "postings.",
       kSkillPayOptions},
      {"pay-by-level", "seniority level",
       "Annual USD pay percentiles per seniority level, from postings, salary observations or "
       "both.",
       kPayOptions},
      {"pay-by-region", "region or country",
       "Annual USD pay percentiles per UN M49 sub-region (or country) and the median against the "
       "US.",
       kRegionPayOptions},
      {"top-skills", "period and skill",
       "The skills most postings ask for, their share and its change against the period before.",
       kTopSkillsOptions},
      {"ai-growth", "industry or country",
       "AI postings in a year against the year before, per industry, beside the growth of all "
       "others.",
       kGrowthOptions},
      {"summary", "headline",
       "The one-page digest: AI share now and a year ago, pay bands by level, top paying and "
       "fastest growing skills, the junior share trend, pay by region against the US.",
       kSummaryOptions},
  };
  return catalogue;
}

const ReportInfo* find_report(const std::string& name) {
  for (const ReportInfo& info : report_catalogue()) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

Table run_report(Database& db, const std::string& name, const ReportFilters& filters) {
  if (find_report(name) == nullptr) {
    std::string known;
    for (const ReportInfo& info : report_catalogue()) {
      known += (known.empty() ? "" : ", ") + info.name;
    }
    throw Error("unknown report '" + name + "'; the reports are: " + known);
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
  if (filters.top && *filters.top < 1) {
    throw Error("--top must be at least 1 (got " + std::to_string(*filters.top) + ")");
  }
  if (name == "summary") return summary_report(db, filters);

  // --year is the comparison year of ai-growth, and the whole-year date range everywhere else.
  std::optional<int> year;
  if (filters.year && name == "ai-growth") {
    year = filters.year;
  } else if (filters.year) {
    from = std::to_string(*filters.year) + "-01-01";
    to = std::to_string(*filters.year) + "-12-31";
  }
  std::optional<std::string> country;
  if (filters.country) country = resolve_country(db, *filters.country);

  SQLite::Statement statement(db.sql(), report_query(name));
  bind_if_used(statement, ":from", from);
  bind_if_used(statement, ":to", to);
  bind_if_used(statement, ":country", country);
  bind_if_used(statement, ":region", filters.region);
  bind_if_used(statement, ":industry", filters.industry);
  bind_if_used(statement, ":period", filters.period);
  bind_if_used(statement, ":source", filters.source);
  bind_if_used(statement, ":by", filters.by);
  bind_if_used(statement, ":min_n", filters.min_n);
  bind_if_used(statement, ":year", year);
  bind_if_used(statement, ":top", filters.top);
  Table table = read_table(statement);
  // The group column is named after what it holds.
  if (filters.by && *filters.by == "country" && !table.columns.empty()) {
    table.columns[0] = "country";
  }
  return table;
}

Table run_query(Database& db, const std::string& sql) {
  SQLite::Statement statement(db.sql(), sql);
  return read_table(statement);
}

}  // namespace jobsight
