#pragma once
// The pay reports' statistics with their default filters, one segment alone (and one skill alone,
// but for pay-by-skill and pay-by-region by country), and one country in one calendar year,
// kept in kept_pay_stats (migrations/0017_kept_pay_stats.sql) so the report_* views and the
// command line read them instead of sorting every pay figure (storage layer).

#include <cstddef>

#include "jobsight/database.hpp"
#include "jobsight/table.hpp"

namespace jobsight {

// The confidence of the intervals kept (SPEC 3.1's default C); --ci at another C computes.
inline constexpr double kKeptPayStatsConfidence = 0.95;

// Marks the kept statistics stale, inside the caller's write transaction (an import or a delete
// that changed the data): until they are computed again the reports compute their own
// (sql/reports/_kept_pay_stats_answer.sql). Throws DatabaseError.
void mark_kept_pay_stats_stale(Database& db);

// True when kept_pay_stats is current and was computed by this binary's rule: each pay report's
// pay_groups and pay_grouping SQL and the statistics of src/util/pay_statistics.cpp at
// kKeptPayStatsConfidence. Throws DatabaseError.
bool kept_pay_stats_are_current(Database& db);

// Room for pay figures held in memory at once while computing kept_pay_stats (8 bytes each,
// 24 MB), shared by the two reports read at once (a FigureBudget); a report that finds no more
// room is read twice (PayFigures' second pass), holding then a histogram per large cell and the
// figures near the wanted ranks, which count against the budget too. Each figure is held once,
// in the cell of its group, level and AI flag; the segments are unions of cells. Past the budget
// a cell holds its figures until, from 1,024, a histogram of the buckets they span takes at most
// half their room (about 2-8 KB when made, at most 20 KB once widened), so memory also grows
// with the number of groups: twelve cells per skill, and pay-by-region's (skill, region) groups. A
// country and year is read on its own, its figures given back before the next one's are read. The
// rows computed are held until all are written, about 1 KB each, outside the budget (9,964 at 1M
// generated postings). 3M keeps the recomputation at 10M postings, where every report is read
// twice, at 90 MB, under the 100 MB the import is held to; each million figures more costs about 7
// MB (BENCHMARKS.md, 2026-12-01 afternoon and late night).
inline constexpr std::size_t kKeptPayFiguresHeld = 3'000'000;

// Computes kept_pay_stats from the stored postings and observations: for every pay report (and
// pay-by-region by country), its pay_groups with every parameter NULL, and with each segment of
// sql/reports/_kept_pay_segment.sql alone (--no-ai, --ai, each level), in one read of
// report_pay_values_by_segment_query through PayFigures (each figure once, in its group's cell
// of its level and AI flag; a segment's group is a union of cells), every group kept however
// small, under the key the report's pay_grouping gives with that segment's parameters; with
// pay-by-skill's, for every skill (its group) and every report whose pay_grouping gives a key for
// that :skill_id alone, the report's groups as unions of the skill's cells, each cell in the
// groups report_pay_cell_groups_query puts its level and AI flag in, or, for such a report whose
// groups need more than a figure's level and AI flag (pay-by-region by region), its groups of
// every skill from one read of report_pay_values_by_skill_query, each (skill, group) a group;
// and for every country and year sql/queries/kept_pay_country_years.sql lists, the report's own
// pay_groups with that :country and the year's :from and :to bound (report_pay_values_query, as
// the command line runs it), under the key pay_grouping gives with them. The groupings and
// countries are read on two threads, the second through a read-only connection of its own to the
// same file (none for a database in memory), holding at most `figures_held` figures between
// them; the rows are written when both are done, on `db`. Called inside a write transaction
// that has not changed the postings or observations: the second connection reads the last
// commit, and the transaction keeps other writers from changing it meanwhile; outside a write
// transaction everything is read on `db`. Returns how many connections read: 2, or 1 without
// a second. Throws DatabaseError.
std::size_t compute_kept_pay_stats(Database& db, std::size_t figures_held = kKeptPayFiguresHeld);

// Fills temp.given_pay_stats (store_given_pay_stats) with the kept rows of `grouping` (a pay
// report's report_pay_grouping_query row), so the command line reads them through
// _pay_stats_given.sql like the statistics it computes. Throws DatabaseError.
void give_kept_pay_stats(Database& db, const Cell& grouping);

}  // namespace jobsight
