// datasette's view of a jobsight database: the descriptions below, matched to the tables, views
// and columns the file has, and the reports as canned queries from storage's report SQL.
#include "jobsight/datasette.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string_view>

#include "jobsight/reports.hpp"
#include "storage/query.hpp"
#include "storage/report_sql.hpp"

namespace jobsight {
namespace {

using Notes = std::map<std::string_view, std::string_view>;

const Notes& table_notes() {
  static const Notes notes = {
      {"ai_title_rules", "Title phrases that make a role an AI role (SPEC 2.4)."},
      {"companies", "Employers named in the postings, one row each."},
      {"countries", "ISO 3166 countries with their UN M49 sub-region and currency."},
      {"country_aliases", "Other spellings of country names, mapped to ISO alpha-2 codes."},
      {"fx_rates", "Yearly average exchange rates used to convert pay to US dollars."},
      {"industry_counts",
       "Exact posting counts per month, industry, level and AI flag (posting_counts summed over "
       "places), kept at import for the counting reports without a place filter."},
      {"import_rejects", "Every rejected CSV row, with its line and the reason."},
      {"import_runs", "One row per imported file: counts of rows read, imported, rejected."},
      {"month_counts",
       "Exact posting counts per month, level and AI flag (industry_counts summed over "
       "industries), kept at import for the counting reports without a place, industry or "
       "grouping."},
      {"posting_counts",
       "Exact posting counts per month and filter value, kept at import for the counting "
       "reports."},
      {"posting_skills", "Which skills each posting asks for."},
      {"postings", "Job postings, normalised: dates, country, seniority, pay in annual USD."},
      {"salary_observations",
       "Salary survey observations (aijobs.net format), dated January 1 of their work year."},
      {"skill_aliases", "Other spellings of skill names."},
      {"skill_categories", "Skill categories (ai, cloud, data, ...)."},
      {"skill_counts",
       "Exact postings per month, skill, level and AI flag, kept at import for top-skills with "
       "--ai or --level, and ai-share and seniority-mix with --skill."},
      {"skill_month_counts",
       "Exact postings per month and skill (skill_counts summed over levels and AI flags), kept "
       "at import for top-skills with its defaults."},
      {"skill_country_counts",
       "Exact postings per month, skill, place and AI flag, kept at import for top-skills with "
       "a country or region, and ai-growth --skill --by country."},
      {"skill_industry_counts",
       "Exact postings per month, skill, industry and AI flag, kept at import for top-skills "
       "with --industry, and ai-growth --skill (by industry)."},
      {"skill_pair_counts",
       "Exact postings per month asking for both of two skills (a skill with itself: the "
       "postings asking for it), kept at import for top-skills --skill."},
      {"skill_text_forms", "How skills are recognised in free text."},
      {"skills", "The skill taxonomy."},
      {"states", "US and Canadian states and provinces, to place postings that name only one."},
      {"title_word_counts",
       "Exact postings per word of their title, month, industry, level and AI flag, kept at "
       "import for ai-share, seniority-mix and ai-growth with a one-word --title."},
      {"title_word_skill_counts",
       "Exact postings per word of their title, month and skill, kept at import for top-skills "
       "with a one-word --title."},
  };
  return notes;
}

// Columns with the same meaning wherever they appear, with their units.
const Notes& column_notes() {
  static const Notes notes = {
      {"period", "Month (YYYY-MM), quarter (YYYY-Qn) or year (YYYY)"},
      {"postings", "Postings (count)"},
      {"ai_postings", "AI postings (count)"},
      {"ai_postings_prev", "AI postings in the year before (count)"},
      {"other_postings", "Postings of other roles (count)"},
      {"other_postings_prev", "Postings of other roles in the year before (count)"},
      {"ai_share_pct", "AI postings as a share of all postings (%)"},
      {"ai_growth_pct", "Growth of AI postings against the year before (%)"},
      {"other_growth_pct", "Growth of other postings against the year before (%)"},
      {"intern", "Intern postings (count)"},
      {"entry", "Entry-level postings (count)"},
      {"mid", "Mid-level postings (count)"},
      {"senior", "Senior postings (count)"},
      {"lead", "Lead postings (count)"},
      {"executive", "Executive postings (count)"},
      {"junior_share_pct", "Intern and entry postings as a share of all postings (%)"},
      {"senior_share_pct", "Senior, lead and executive postings as a share of all postings (%)"},
      {"senior_per_junior", "Senior postings per junior posting (ratio)"},
      {"n", "Pay figures in the group (count)"},
      {"p25", "25th percentile of annual pay (USD per year)"},
      {"median", "Median annual pay (USD per year)"},
      {"p75", "75th percentile of annual pay (USD per year)"},
      {"p90", "90th percentile of annual pay (USD per year)"},
      {"mean", "Mean annual pay (USD per year)"},
      {"postings_n", "Pay figures from postings (count)"},
      {"observations_n", "Pay figures from salary observations (count)"},
      {"premium_pct", "Median against the median it is compared with (%)"},
      {"vs_us_pct", "Median against the median of all US pay (%)"},
      {"ai_n", "Pay figures of AI roles (count)"},
      {"other_n", "Pay figures of other roles (count)"},
      {"ai_median", "Median annual pay of AI roles (USD per year)"},
      {"other_median", "Median annual pay of other roles (USD per year)"},
      {"ai_mean", "Mean annual pay of AI roles (USD per year)"},
      {"other_mean", "Mean annual pay of other roles (USD per year)"},
      {"share_pct", "Postings asking for the skill as a share of the period's postings (%)"},
      {"change_pts", "Change of share_pct against the period before (percentage points)"},
      {"rank", "Rank of the skill in its period (1 = most postings)"},
      {"through_month", "Last month of the year counted in both years (1-12)"},
      {"pay_usd_annual", "Pay converted to US dollars per year (USD per year)"},
      {"salary_in_usd", "Salary in US dollars as the survey gives it (USD per year)"},
      {"salary_min", "Lowest pay as given, in salary_currency per salary_period"},
      {"salary_max", "Highest pay as given, in salary_currency per salary_period"},
      {"salary", "Pay as given, in salary_currency per salary_period"},
      {"pay_outlier", "1 when the pay is outside the plausible range (SPEC 2.2) and left out"},
      {"is_ai", "1 for an AI role (SPEC 2.4), else 0"},
      {"remote_ratio", "Share of remote work (%)"},
      {"usd_per_unit", "US dollars per unit of the currency (USD)"},
      {"rows_read", "Data rows read from the file (count)"},
      {"rows_imported", "Rows imported (count)"},
      {"rows_duplicate", "Rows already in the database (count)"},
      {"rows_rejected", "Rows rejected, see import_rejects (count)"},
      {"pay_unconverted", "Rows whose pay could not be converted (count)"},
      {"file_size", "Size of the imported file (bytes)"},
  };
  return notes;
}

// What each canned-query parameter takes; blank is always "no filter" or the default.
const Notes& parameter_notes() {
  static const Notes notes = {
      {"from", "from: first date, YYYY-MM-DD"},
      {"to", "to: last date, YYYY-MM-DD"},
      {"year", "year: the year, e.g. 2025 (default: the latest)"},
      {"country", "country: ISO alpha-2 code, e.g. US"},
      {"region", "region: UN M49 sub-region, e.g. Western Europe"},
      {"industry", "industry: e.g. Technology"},
      {"period", "period: month, quarter or year"},
      {"min_n", "min_n: smallest group shown (default 10)"},
      {"source", "source: postings, observations or both (default)"},
      {"by", "by: region, industry or country"},
      {"top", "top: skills per period (default 10)"},
      {"ai", "ai: 1 for AI roles only, 0 for the others"},
      {"levels", "levels: seniority levels, e.g. senior,lead"},
      {"skill_id", "skill_id: a skill_id of table skills"},
      {"title", "title: words the title holds, e.g. data engineer"},
      {"remote", "remote: onsite, hybrid or remote"},
      {"employment_types", "employment_types: e.g. fulltime,contract"},
  };
  return notes;
}

// The SQL parameter each report option of the catalogue sets.
const Notes& parameter_of_option() {
  static const Notes parameters = {
      {"--from", "from"},
      {"--to", "to"},
      {"--year", "year"},
      {"--country", "country"},
      {"--region", "region"},
      {"--industry", "industry"},
      {"--period", "period"},
      {"--min-n", "min_n"},
      {"--source", "source"},
      {"--by", "by"},
      {"--top", "top"},
      {"--ai", "ai"},
      {"--level", "levels"},
      {"--skill", "skill_id"},
      {"--title", "title"},
      {"--remote", "remote"},
      {"--employment-type", "employment_types"},
  };
  return parameters;
}

std::string note(const Notes& notes, std::string_view key) {
  auto found = notes.find(key);
  return found == notes.end() ? std::string() : std::string(found->second);
}

DatasetteQuery canned_query(const ReportInfo& report) {
  std::vector<std::string> offered;
  for (const std::string& option : report.options) {
    std::string parameter = note(parameter_of_option(), option);
    if (!parameter.empty()) offered.push_back(parameter);
  }
  std::vector<std::string> params;
  for (const std::string& parameter : report_parameters(report.name)) {
    if (std::find(offered.begin(), offered.end(), parameter) != offered.end()) {
      params.push_back(parameter);
    }
  }
  std::string description = report.description + " One row per " + report.one_row_per +
                            ". Leave a parameter blank for no filter or the default.";
  for (const std::string& parameter : params) {
    description += ' ';  // appended piece by piece: GCC 12 at -O3 warns on " " + ... (-Wrestrict)
    description += note(parameter_notes(), parameter);
    description += '.';
  }
  return {report.name, report.name + ": " + report.description, description,
          report_canned_query(report.name, params), params};
}

}  // namespace

DatasetteMetadata datasette_metadata(Database& db) {
  DatasetteMetadata metadata;
  metadata.title = "jobsight: job postings and salaries";
  metadata.description =
      "Job postings and salary observations normalised by jobsight (annual pay in US dollars, "
      "seniority levels, AI roles). Each report_* view is a jobsight report with its defaults; "
      "the canned queries are the same reports with their filters.";
  metadata.database_name = std::filesystem::path(db.path()).stem().string();

  Table columns = query_named(db, "schema_columns");
  for (const auto& row : columns.rows) {
    const auto& kind = std::get<std::string>(row[0]);
    const auto& object = std::get<std::string>(row[1]);
    const auto& column = std::get<std::string>(row[2]);
    if (metadata.tables.empty() || metadata.tables.back().name != object) {
      std::string description = note(table_notes(), object);
      if (kind == "view" && object.starts_with("report_")) {
        std::string report = object.substr(7);
        std::replace(report.begin(), report.end(), '_', '-');
        const ReportInfo* info = find_report(report);
        description = (info != nullptr ? info->description + " " : std::string()) +
                      "The report with its defaults over all data, as `jobsight report " + report +
                      " --format csv` prints it.";
      }
      metadata.tables.push_back({object, description, {}});
    }
    std::string description = note(column_notes(), column);
    if (!description.empty()) metadata.tables.back().columns.push_back({column, description});
  }

  for (const ReportInfo& report : report_catalogue()) {
    if (report.name == "summary") continue;  // assembled in C++ from the other reports
    metadata.queries.push_back(canned_query(report));
  }
  return metadata;
}

}  // namespace jobsight
