#include "reports/trend_reports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "jobsight/error.hpp"
#include "normalise/dates.hpp"
#include "reports/report_intervals.hpp"
#include "reports/segment_filters.hpp"
#include "storage/given_pay_stats.hpp"
#include "storage/kept_pay_stats.hpp"
#include "storage/query.hpp"
#include "storage/reference_store.hpp"
#include "storage/report_sql.hpp"
#include "util/pay_statistics.hpp"
#include "util/text.hpp"

namespace jobsight {
namespace {

template <typename T>
Cell optional_cell(const std::optional<T>& value) {
  if (!value) return std::monostate{};
  if constexpr (std::is_same_v<T, int>) {
    return Cell{std::int64_t{*value}};
  } else {
    return Cell{*value};
  }
}

// The levels of --level as SQL's instr() reads them: ",intern,entry,".
std::optional<std::string> level_list(const std::optional<std::string>& level_option) {
  if (!level_option) return std::nullopt;
  std::string list = ",";
  for (const std::string& level : levels_of(*level_option)) list += level + ",";
  return list;
}

// The skill_id --skill names; an unknown name is an error that suggests the closest ones.
std::optional<std::int64_t> skill_id_of(Database& db, const std::optional<std::string>& skill) {
  if (!skill) return std::nullopt;
  if (std::optional<std::int64_t> id = find_skill_id(db, *skill)) return id;
  throw Error(unknown_skill_message(*skill, skill_spellings(db)));
}

// The country filter as stored: an ISO alpha-2 code when the text names a known country, else
// the text itself when a posting or observation has it as its (unknown) country; anything else
// is a typo, refused with the closest names rather than answered with no rows.
std::optional<std::string> country_of(Database& db, const std::optional<std::string>& country) {
  if (!country) return std::nullopt;
  if (std::optional<std::string> code = find_country_code(db, *country)) return code;
  if (country_text_is_stored(db, *country)) return country;
  throw Error(unknown_value_message(
      "country", *country, country_spellings(db),
      "--country takes a country name, an ISO alpha-2 or alpha-3 code, or a posting's country "
      "as written"));
}

// --region and --industry name something the database has, or are refused with the closest.
void check_place(Database& db, const ReportFilters& filters) {
  if (filters.region) {
    std::vector<std::string> regions = region_names(db);
    bool known = std::any_of(regions.begin(), regions.end(), [&](const std::string& region) {
      return to_lower(region) == to_lower(trim(*filters.region));
    });
    if (!known) {
      throw Error(unknown_value_message("region", *filters.region, regions,
                                        "--region takes a UN M49 sub-region, e.g. 'Western "
                                        "Europe'"));
    }
  }
  if (filters.industry && !industry_is_stored(db, *filters.industry)) {
    // A database whose postings have no industry at all answers with no rows, as before.
    std::vector<std::string> industries = industry_names(db);
    if (industries.empty()) return;
    std::sort(industries.begin(), industries.end());
    std::string see =
        "no posting has it; --industry matches a posting's industry as written, "
        "in any case";
    if (!industries.empty() && industries.size() <= 15)
      see += "; the industries: " + join(industries);
    throw Error(unknown_value_message("industry", *filters.industry, industries, see));
  }
}

// True when no kept counts can answer: a date range that cuts a month, or a segment no count
// keeps (remote, employment type). Which kept table answers the other filters, a title among
// them (kept by word, so one word only), is decided by the reports' SQL.
bool needs_posting_scan(const ReportFilters& filters, const std::optional<std::string>& from,
                        const std::optional<std::string>& to) {
  if (filters.remote || filters.employment_type) return true;
  if (from && !from->ends_with("-01")) return true;
  if (to) {
    // The last day of its month when the next day is not a date.
    std::optional<Date> day = parse_date(*to);
    if (!day) return true;
    std::string next = fmt::format("{:04d}-{:02d}-{:02d}", day->year, day->month, day->day + 1);
    if (parse_date(next)) return true;
  }
  return false;
}

// True when pay report `name` reads kept statistics (kept_pay_stats) rather than computing
// them: --ci only at the confidence kept, every filter at its default but for one kept segment
// (--ai, --no-ai, one --level, or one --skill where the report keeps it) or one ISO country with
// one whole calendar year (--country US --year 2025), and the statistics current, as the report's
// SQL decides it (sql/reports/_kept_pay_stats_answer.sql, the one list of those filters), and
// computed by this binary's rule.
bool reads_kept_pay_stats(Database& db, const std::string& name, const QueryParameters& parameters,
                          std::optional<double> confidence) {
  static_assert(kKeptPayStatsConfidence == kDefaultConfidence);
  if (confidence && *confidence != kKeptPayStatsConfidence) return false;
  Table answer = query_table(db, report_kept_answer_query(name), parameters);
  if (answer.rows.at(0).at(0) != Cell{std::int64_t{1}}) return false;
  return kept_pay_stats_are_current(db);
}

}  // namespace

Table run_trend_report(Database& db, const std::string& name, const ReportFilters& filters) {
  // --year is the comparison year of ai-growth, and the whole-year date range everywhere else.
  std::optional<std::string> from = filters.from, to = filters.to;
  std::optional<int> year;
  if (filters.year && name == "ai-growth") {
    year = filters.year;
    // It reads that year and the one before: bounding the months lets the kept counts be read
    // through their keys (sql/reports/_counted_postings.sql) instead of whole.
    from = std::to_string(*filters.year - 1) + "-01-01";
    to = std::to_string(*filters.year) + "-12-31";
  } else if (filters.year) {
    from = std::to_string(*filters.year) + "-01-01";
    to = std::to_string(*filters.year) + "-12-31";
  }
  std::optional<std::string> country = country_of(db, filters.country);
  check_place(db, filters);

  // The segments (SPEC 3.2) as the SQL fragments read them (sql/reports/_scoped_postings.sql).
  std::optional<std::int64_t> ai;
  if (filters.ai) ai = *filters.ai ? 1 : 0;
  std::optional<std::string> title, remote, employment_types;
  if (filters.title) title = title_words_of(*filters.title);
  if (filters.remote) remote = remote_mode_of(*filters.remote);
  if (filters.employment_type) {
    employment_types = employment_type_spellings_of(*filters.employment_type);
  }
  std::optional<std::int64_t> skill_id = skill_id_of(db, filters.skill);
  // The counting reports and top-skills read kept counts (see sql/reports/_counted_postings.sql
  // and top_skills.sql, which pick the table that keeps the filters) unless a filter needs the
  // postings themselves.
  std::optional<std::int64_t> scan;
  if (needs_posting_scan(filters, from, to)) scan = 1;

  QueryParameters parameters = {{":from", optional_cell(from)},
                                {":to", optional_cell(to)},
                                {":country", optional_cell(country)},
                                {":region", optional_cell(filters.region)},
                                {":industry", optional_cell(filters.industry)},
                                {":period", optional_cell(filters.period)},
                                {":source", optional_cell(filters.source)},
                                {":by", optional_cell(filters.by)},
                                {":min_n", optional_cell(filters.min_n)},
                                {":year", optional_cell(year)},
                                {":top", optional_cell(filters.top)},
                                {":ai", optional_cell(ai)},
                                {":levels", optional_cell(level_list(filters.level))},
                                {":skill_id", optional_cell(skill_id)},
                                {":title", optional_cell(title)},
                                {":remote", optional_cell(remote)},
                                {":employment_types", optional_cell(employment_types)},
                                {":scan", optional_cell(scan)}};
  std::optional<double> confidence;
  if (filters.ci) confidence = filters.confidence.value_or(kDefaultConfidence);
  Table table;
  const bool pay_report = report_has_pay_stats(name);
  if (pay_report && reads_kept_pay_stats(db, name, parameters, confidence)) {
    // The statistics kept for these filters, read as the computed ones are (only the grouping
    // that --by picks).
    Table grouping = query_table(db, report_pay_grouping_query(name), parameters);
    give_kept_pay_stats(db, grouping.rows.at(0).at(0));
    table = query_table(db, report_query_with_given_pay_stats(name, filters.ci), parameters);
  } else if (pay_report) {
    // The pay statistics (and, with --ci, their order-statistic intervals) are computed here
    // from the figures sorted once, then read by the report's SQL in place of pay_stats: the
    // same numbers as SQLite's window sort, without it. Every group is handed over, however
    // small: _pay_stats_given.sql applies --min-n, and ai-premium counts the small ones too.
    store_given_pay_stats(
        db, compute_pay_statistics(db, report_pay_values_query(name), parameters, 1, confidence));
    table = query_table(db, report_query_with_given_pay_stats(name, filters.ci), parameters);
  } else {
    table = query_table(db, report_query(name, filters.ci), parameters);
  }
  // The other intervals come from the counts in the rows (SPEC 3.1).
  if (confidence) complete_intervals(name, table, *confidence);
  // The group column is named after what it holds.
  if (filters.by && *filters.by == "country" && !table.columns.empty()) {
    table.columns[0] = "country";
  }
  return table;
}

}  // namespace jobsight
