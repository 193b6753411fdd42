// The report catalogue: every report, what one row stands for, and the options it takes. It is
// the one list the command line and run_report look options up in.
#include "jobsight/reports.hpp"

namespace jobsight {
namespace {

using Options = std::vector<std::string>;
using Refused = std::vector<std::pair<std::string, std::string>>;

// Options joined in catalogue order.
Options operator+(Options a, const Options& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

const Options kPlace = {"--country", "--region", "--industry"};
const Options kDates = {"--from", "--to", "--year"};
// The segments of SPEC 3.2, without and with the AI flag, and the intervals of SPEC 3.1.
const Options kSegments = {"--level", "--skill", "--title", "--remote", "--employment-type"};
const Options kAi = {"--ai", "--no-ai"};
const Options kIntervals = {"--ci", "--confidence"};

const Options kPeriodOptions = kDates + kPlace + Options{"--period"};
const Options kSkillPayOptions = kDates + kPlace + Options{"--min-n"};
const Options kPayOptions = kDates + kPlace + Options{"--min-n", "--source"};
const Options kRegionPayOptions = kPayOptions + Options{"--by"};
const Options kTopSkillsOptions = kPeriodOptions + Options{"--top"};
const Options kGrowthOptions = Options{"--year"} + kPlace + Options{"--min-n", "--by"};

const Refused kAiRefused = {{"--ai", "it compares AI roles with the others"},
                            {"--no-ai", "it compares AI roles with the others"}};

}  // namespace

const std::vector<ReportInfo>& report_catalogue() {
  static const std::vector<ReportInfo> catalogue = {
      {"ai-share", "period", "How many postings there were and what share were AI roles.",
       kPeriodOptions + kSegments + kIntervals, kAiRefused},
      {"seniority-mix",
       "period",
       "Postings by seniority level, junior and senior shares, senior postings per junior one.",
       kPeriodOptions + kAi + Options{"--skill", "--title", "--remote", "--employment-type"} +
           kIntervals,
       {{"--level", "it counts postings per level"}}},
      {"pay-by-skill",
       "skill",
       "Annual USD pay percentiles per skill and its premium over the median of all paid "
       "postings.",
       kSkillPayOptions + kAi + kSegments + kIntervals,
       {}},
      {"pay-by-level",
       "seniority level",
       "Annual USD pay percentiles per seniority level, from postings, salary observations or "
       "both.",
       kPayOptions + kAi + kSegments + kIntervals,
       {}},
      {"pay-by-region",
       "region or country",
       "Annual USD pay percentiles per UN M49 sub-region (or country) and the median against the "
       "US.",
       kRegionPayOptions + kAi + kSegments + kIntervals,
       {}},
      {"top-skills",
       "period and skill",
       "The skills most postings ask for, their share and its change against the period before.",
       kTopSkillsOptions + kAi + kSegments + kIntervals,
       {}},
      {"ai-growth", "industry or country",
       "AI postings in a year against the year before, per industry, beside the growth of all "
       "others.",
       kGrowthOptions + kSegments + kIntervals, kAiRefused},
      {"ai-premium", "seniority level, then all levels",
       "Median annual USD pay of AI roles beside that of other roles at the same level, and the "
       "AI premium.",
       kPayOptions + kSegments + kIntervals, kAiRefused},
      {"summary",
       "headline",
       "The one-page digest: AI share now and a year ago, pay bands by level, top paying and "
       "fastest growing skills, the junior share trend, pay by region against the US.",
       kPayOptions + kAi + kSegments + kIntervals,
       {}},
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
