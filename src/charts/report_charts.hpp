#pragma once
// Which chart shows which report: a report's rows (as run_report returns them) read into a Chart.

#include <cstddef>
#include <optional>
#include <string>

#include "charts/chart.hpp"
#include "jobsight/table.hpp"

namespace jobsight::charts {

// The chart of report `report` for its rows `table`, groups whose n is below `min_n` marked
// small (and rows whose `note` says their interval could not be computed):
// - ai-share: a line of ai_share_pct per period, with its interval band and n = postings;
// - seniority-mix: stacked areas of each level's share of the period's postings;
// - pay-by-skill (the first kMaxBars skills), pay-by-level: p25-p75 bars with the median
//   marked and its interval as a whisker;
// - pay-by-region: bars of vs_us_pct (the median against the US) per region or country;
// - top-skills: ranked bars of share_pct in the latest period;
// - ai-growth: paired bars of AI and other postings' growth per industry or country;
// - ai-premium: paired bars of the AI and other median per level;
// interval columns (<column>_ci_low/_ci_high) are drawn when the table has them.
// Returns nothing for summary (its rows are sentences) and for a table without rows, and for a
// table without the columns its report is expected to have.
std::optional<Chart> report_chart(const std::string& report, const Table& table, int min_n);

// The most points of a line labelled with their n; with more, the note gives the range of n.
inline constexpr std::size_t kMaxPointLabels = 16;

// The most bars a chart draws (pay-by-skill can have hundreds of rows); the note says so.
inline constexpr std::size_t kMaxBars = 40;

}  // namespace jobsight::charts
