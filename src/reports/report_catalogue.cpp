// The report catalogue: every report, what one row stands for, and the options it takes. It is
// the one list the command line and run_report look options up in.
#include "jobsight/reports.hpp"

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

}  // namespace jobsight
