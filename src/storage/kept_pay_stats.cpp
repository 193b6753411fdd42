#include "storage/kept_pay_stats.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <future>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <variant>
#include <vector>

#include "normalise/seniority.hpp"
#include "storage/database_failure.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/given_pay_stats.hpp"
#include "storage/pay_figure_rows.hpp"
#include "storage/pragma_for_now.hpp"
#include "storage/query.hpp"
#include "storage/report_sql.hpp"
#include "storage/sqlite_connection.hpp"
#include "storage/statement_helpers.hpp"
#include "storage/write_transaction.hpp"
#include "util/freed_memory.hpp"
#include "util/pay_statistics.hpp"

namespace jobsight {
namespace {

// The version of how kept_pay_stats is computed beyond the SQL: raise it when
// src/util/pay_statistics.cpp or this file changes what a kept row holds.
constexpr const char* kRuleVersion =
    "kept pay statistics 6, C = 0.95, exact sums, segments: ai 0, ai 1, each level, each skill "
    "from pay-by-skill's cells or a read of every skill's figures; each country and year";

// One grouping kept: a pay report and the :by it is run with (NULL: its default).
struct Grouping {
  std::string report;
  std::optional<std::string> by;
};

// Every pay report with its default; pay-by-region also by country (--by takes region, the
// default, or country: src/reports/report_catalogue.cpp).
std::vector<Grouping> kept_groupings() {
  std::vector<Grouping> groupings;
  for (const std::string& name : embedded_report_names()) {
    if (!report_has_pay_stats(name)) continue;
    groupings.push_back({name, std::nullopt});
    std::vector<std::string> parameters = report_parameters(name);
    if (std::find(parameters.begin(), parameters.end(), "by") != parameters.end()) {
      groupings.push_back({name, "country"});
    }
  }
  return groupings;
}

// The rule kept_pay_stats_state records: what the kept rows were computed by.
const std::string& wanted_rule() {
  static const std::string rule = [] {
    std::string text = kRuleVersion;
    for (const Grouping& grouping : kept_groupings()) {
      text += "\n-- " + grouping.report + " by " + grouping.by.value_or("default") + "\n";
      text += report_pay_grouping_query(grouping.report) + "\n";
      text += report_pay_values_by_segment_query(grouping.report) + "\n";
      text += report_pay_values_query(grouping.report) + "\n";
      // As text: for a report whose pay_groups gives no skill_id (all but pay-by-region) this
      // query is never run, and its text changes only with the SQL it is made from.
      text += report_pay_cell_groups_query(grouping.report) + "\n";
      text += report_pay_values_by_skill_query(grouping.report);
    }
    text += "\n-- country and year\n" + std::string(embedded_query("kept_pay_country_years"));
    return text;
  }();
  return rule;
}

QueryParameters parameters_of(const Grouping& grouping) {
  QueryParameters parameters;
  if (grouping.by) parameters.emplace_back(":by", Cell{*grouping.by});
  return parameters;
}

// The segments kept besides the whole (sql/reports/_kept_pay_segment.sql): index 0 none, 1 and
// 2 --no-ai and --ai, then each level alone, as the command line binds them (:levels
// ',senior,', see _scoped_postings.sql).
constexpr std::size_t kSegments = 3 + std::size(kAllSeniorities);

QueryParameters segment_parameters(std::size_t segment) {
  if (segment == 1 || segment == 2) {
    return {{":ai", Cell{static_cast<std::int64_t>(segment - 1)}}};
  }
  if (segment >= 3) {
    std::string levels = ",";
    levels += to_string(kAllSeniorities[segment - 3]);
    levels += ',';
    return {{":levels", Cell{std::move(levels)}}};
  }
  return {};
}

// Whether segment `segment` holds the figures of level kAllSeniorities[level] with AI flag
// `is_ai`: the whole all, --no-ai and --ai their flag's, a level its own.
bool segment_holds(std::size_t segment, std::size_t level, std::size_t is_ai) {
  return segment == 0 || segment == 1 + is_ai || segment == 3 + level;
}

// A group's cells: one per level and AI flag, numbered 2·level + is_ai.
constexpr std::size_t kCells = 2 * std::size(kAllSeniorities);
constexpr std::size_t cell_index(std::size_t level, std::size_t is_ai) {
  return 2 * level + is_ai;
}

// The cell of a figure of level `level` (a seniority's text) and AI flag `flag` (0 or 1).
// Throws std::logic_error for anything else.
std::size_t cell_of(std::optional<std::string_view> level, std::optional<std::int64_t> flag) {
  std::size_t found = std::size(kAllSeniorities);
  for (std::size_t i = 0; level && i < std::size(kAllSeniorities); ++i) {
    if (*level == to_string(kAllSeniorities[i])) found = i;
  }
  if (found == std::size(kAllSeniorities) || !flag || (*flag != 0 && *flag != 1)) {
    throw std::logic_error("kept pay statistics: a figure without a level or AI flag");
  }
  return cell_index(found, static_cast<std::size_t>(*flag));
}

// The same for the seniority in column `seniority` and the is_ai in column `is_ai` of the row
// `row` is on, read as SQLite holds them.
std::size_t cell_of(sqlite3_stmt* row, int seniority, int is_ai) {
  return cell_of(sqlite3_column_type(row, seniority) == SQLITE_TEXT
                     ? std::optional<std::string_view>(text_at(row, seniority))
                     : std::nullopt,
                 sqlite3_column_type(row, is_ai) == SQLITE_INTEGER
                     ? std::optional<std::int64_t>(sqlite3_column_int64(row, is_ai))
                     : std::nullopt);
}

// The figures of each group in cells by level and AI flag, each figure held once in one
// PayFigures (one memory budget); each segment's statistics are those of a union of the group's
// cells (PayFigures::add_union), so one read computes them all. The union of segment s of the
// i-th group met is keyed i·kSegments + s.
class SegmentedGroups {
 public:
  explicit SegmentedGroups(PayFigures& figures) : figures_(figures) {}

  // Adds the figure of the values row `row` is on (grp, pay_source, pay, seniority, is_ai) to
  // its cell; with `again`, to the second pass. The columns are read from SQLite as they are: a
  // group met before is found by its text or integer, without a Cell.
  void add(sqlite3_stmt* row, bool again) {
    const std::optional<double> pay = figure_at(row, 2);
    if (!pay) return;
    const std::size_t group = numbers_.number_at(row, 0, [&](const Cell& key) {
      Cells cells{};
      for (std::size_t cell = 0; cell < kCells; ++cell) {
        cells[cell] =
            figures_.group_of(Cell{static_cast<std::int64_t>(kCells * groups_.size() + cell)});
      }
      groups_.emplace_back(key, cells);
    });
    const std::size_t cell = groups_[group].second[cell_of(row, 3, 4)];
    if (again) {
      figures_.add_again(cell, *pay);
      return;
    }
    figures_.add(cell, source_at(row, 1), *pay);
  }

  // Declares each segment of each group met as a union of its cells: the whole all of them,
  // an AI flag's its cells of that flag, a level's its cells of that level. After the first
  // pass, before the second.
  void declare_segments() {
    for (std::size_t group = 0; group < groups_.size(); ++group) {
      const Cells& cells = groups_[group].second;
      for (std::size_t segment = 0; segment < kSegments; ++segment) {
        std::vector<std::size_t> members;
        for (std::size_t level = 0; level < std::size(kAllSeniorities); ++level) {
          for (std::size_t is_ai = 0; is_ai < 2; ++is_ai) {
            if (segment_holds(segment, level, is_ai)) {
              members.push_back(cells[cell_index(level, is_ai)]);
            }
          }
        }
        figures_.add_union(Cell{static_cast<std::int64_t>(group * kSegments + segment)},
                           std::move(members));
      }
    }
  }

  // How many groups were met, and the i-th one's value (its grp).
  std::size_t size() const { return groups_.size(); }
  const Cell& group(std::size_t i) const { return groups_.at(i).first; }

  // Declares a union of the cells `cells` (cell_index numbers) of the i-th group met, kept as
  // group `grp` under `kept_key`. After declare_segments, before the second pass.
  void declare_union_of_cells(std::size_t i, const std::vector<std::size_t>& cells, Cell kept_key,
                              Cell grp) {
    std::vector<std::size_t> members;
    for (std::size_t cell : cells) members.push_back(groups_.at(i).second.at(cell));
    const std::size_t number = groups_.size() * kSegments + unions_of_cells_.size();
    figures_.add_union(Cell{static_cast<std::int64_t>(number)}, std::move(members));
    unions_of_cells_.emplace_back(std::move(kept_key), std::move(grp));
  }

  // The kept key and group a statistics row's key stands for: a segment's (keys[segment]) or a
  // declared union of cells'.
  std::pair<const Cell&, const Cell&> meaning(const Cell& key,
                                              const std::array<Cell, kSegments>& keys) const {
    const auto number = static_cast<std::size_t>(std::get<std::int64_t>(key));
    if (number >= groups_.size() * kSegments) {
      const auto& [kept_key, grp] = unions_of_cells_.at(number - groups_.size() * kSegments);
      return {kept_key, grp};
    }
    return {keys.at(number % kSegments), groups_.at(number / kSegments).first};
  }

 private:
  using Cells = std::array<std::size_t, kCells>;

  PayFigures& figures_;
  std::vector<std::pair<Cell, Cells>> groups_;  // every group met, with its cells
  RowGroups numbers_;                           // each group's index in groups_
  // The key and group of each union declare_union_of_cells declared, numbered from
  // groups_.size() · kSegments on.
  std::vector<std::pair<Cell, Cell>> unions_of_cells_;
};

// A row of kept_pay_stats: its report_grouping key and its statistics (the columns of
// given_pay_stats_columns()).
struct KeptRow {
  Cell key;
  std::vector<Cell> statistics;
};

// The report whose groups are the skills' ids (and 0, its yardstick of every paid posting): the
// cells of its group of one skill hold that skill's figures by level and AI flag. Every report
// whose pay_grouping gives a key for that skill alone (sql/reports/_kept_pay_segment.sql) keeps
// its statistics for the skill from them, computed with pay-by-skill's.
constexpr std::string_view kSkillCellsReport = "pay-by-skill";

// A report's groups, each with the cells (cell_index numbers) whose figures it takes.
using CellGroups = std::vector<std::pair<Cell, std::vector<std::size_t>>>;

// The groups of `grouping`'s report as unions of cells: its pay_groups over one figure of each
// level and AI flag (report_pay_cell_groups_query). nullopt when a cell falls in no group or in
// a NULL one: the report's groups read more than the level and AI flag (the place, NULL there),
// so pay-by-skill's cells of a skill cannot give them.
std::optional<CellGroups> cell_groups_of(Database& db, const Grouping& grouping) {
  CellGroups groups;
  std::vector<bool> placed(kCells, false);
  const Table rows =
      query_table(db, report_pay_cell_groups_query(grouping.report), parameters_of(grouping));
  for (const std::vector<Cell>& row : rows.rows) {  // grp, seniority, is_ai
    const auto* level = std::get_if<std::string>(&row.at(1));
    const auto* flag = std::get_if<std::int64_t>(&row.at(2));
    const std::size_t cell = cell_of(level ? std::optional<std::string_view>(*level) : std::nullopt,
                                     flag ? std::optional<std::int64_t>(*flag) : std::nullopt);
    auto found = std::find_if(groups.begin(), groups.end(),
                              [&](const auto& known) { return known.first == row[0]; });
    if (found == groups.end()) found = groups.insert(groups.end(), {row[0], {}});
    found->second.push_back(cell);
    placed.at(cell) = true;
  }
  const bool in_a_null_group = std::any_of(groups.begin(), groups.end(), [](const auto& group) {
    return std::holds_alternative<std::monostate>(group.first);
  });
  if (in_a_null_group || std::find(placed.begin(), placed.end(), false) != placed.end()) {
    return std::nullopt;
  }
  return groups;
}

// The key `key_query` (a report_pay_grouping_query) gives with `parameters`; NULL when none is
// kept.
Cell key_of(PreparedQuery& key_query, const QueryParameters& parameters) {
  Cell key;
  key_query.for_each_row(parameters, [&](sqlite3_stmt* row) {
    if (sqlite3_column_type(row, 0) == SQLITE_TEXT) key = Cell{std::string(text_at(row, 0))};
  });
  return key;
}

// The key for `grouping` with :skill_id bound to `skill`.
Cell skill_key(PreparedQuery& key_query, const Grouping& grouping, const Cell& skill) {
  QueryParameters parameters = parameters_of(grouping);
  parameters.emplace_back(":skill_id", skill);
  return key_of(key_query, parameters);
}

// How each grouping keeps its statistics for one skill alone (when its pay_grouping gives a key
// for a skill's id alone, sql/reports/_kept_pay_segment.sql): as unions of pay-by-skill's cells
// of the skill (its groups by a figure's level and AI flag: cell_groups_of), or, when its groups
// need more, from a read of its own of every skill's figures (compute_skill_groups).
struct SkillKeeping {
  std::vector<std::pair<const Grouping*, CellGroups>> from_cells;
  std::vector<const Grouping*> own_read;
};

SkillKeeping skill_keeping_of(Database& db, const std::vector<Grouping>& groupings) {
  SkillKeeping keeping;
  const Table some_skill = query_table(db, "SELECT min(skill_id) FROM skills");
  const Cell skill = some_skill.rows.at(0).at(0);
  if (std::holds_alternative<std::monostate>(skill)) return keeping;  // no skill to keep
  for (const Grouping& grouping : groupings) {
    PreparedQuery key_query(db, report_pay_grouping_query(grouping.report));
    if (!std::holds_alternative<std::string>(skill_key(key_query, grouping, skill))) continue;
    if (std::optional<CellGroups> cell_groups = cell_groups_of(db, grouping)) {
      keeping.from_cells.emplace_back(&grouping, std::move(*cell_groups));
    } else {
      keeping.own_read.push_back(&grouping);
    }
  }
  return keeping;
}

// Declares, for each grouping of `from_cells` and each group of `groups` (pay-by-skill's, read)
// for which the grouping's pay_grouping gives a key with that :skill_id alone, a union of the
// group's cells for each of the grouping's groups.
void declare_skill_segments(Database& db,
                            const std::vector<std::pair<const Grouping*, CellGroups>>& from_cells,
                            SegmentedGroups& groups) {
  for (const auto& [grouping, cell_groups] : from_cells) {
    PreparedQuery key_query(db, report_pay_grouping_query(grouping->report));
    for (std::size_t i = 0; i < groups.size(); ++i) {
      const Cell key = skill_key(key_query, *grouping, groups.group(i));
      if (!std::holds_alternative<std::string>(key)) continue;
      for (const auto& [grp, cells] : cell_groups) {
        groups.declare_union_of_cells(i, cells, key, grp);
      }
    }
  }
}

// The kept rows of `grouping` for each skill alone, from one read of every skill's figures
// (report_pay_values_by_skill_query: skill_id, grp, pay_source, pay), each (skill, group) a group
// of its own, under the key its pay_grouping gives for that :skill_id.
std::vector<KeptRow> compute_skill_groups(Database& db, const Grouping& grouping,
                                          FigureBudget& budget) {
  return with_database_errors(db, [&] {
    const QueryParameters parameters = parameters_of(grouping);
    PayFigures figures(budget);
    // Each skill met, with its groups numbered as met and their handles; and for each handle
    // (numbered as made, so that a statistics row's key is its handle), its skill and group.
    struct SkillGroups {
      Cell skill;
      RowGroups numbers;
      std::vector<std::size_t> handles;
      std::vector<Cell> groups;
    };
    std::vector<SkillGroups> skills;
    RowGroups skill_numbers;
    std::vector<std::pair<std::size_t, std::size_t>> meaning;
    auto add = [&](sqlite3_stmt* row, bool again) {
      const std::optional<double> pay = figure_at(row, 3);
      if (!pay) return;
      const std::size_t s = skill_numbers.number_at(row, 0, [&](const Cell& skill) {
        skills.push_back({skill, {}, {}, {}});
      });
      SkillGroups& skill = skills[s];
      const std::size_t g = skill.numbers.number_at(row, 1, [&](const Cell& grp) {
        skill.handles.push_back(figures.group_of(Cell{static_cast<std::int64_t>(meaning.size())}));
        meaning.emplace_back(s, skill.groups.size());
        skill.groups.push_back(grp);
      });
      if (again) {
        figures.add_again(skill.handles[g], *pay);
      } else {
        figures.add(skill.handles[g], source_at(row, 2), *pay);
      }
    };
    const std::string values = report_pay_values_by_skill_query(grouping.report);
    for_each_statement_row(db, values, parameters, [&](sqlite3_stmt* row) { add(row, false); });
    if (figures.needs_second_pass()) {
      figures.prepare_second_pass(kKeptPayStatsConfidence);
      for_each_statement_row(db, values, parameters, [&](sqlite3_stmt* row) { add(row, true); });
    }
    PreparedQuery key_query(db, report_pay_grouping_query(grouping.report));
    std::vector<Cell> keys;
    for (const SkillGroups& skill : skills)
      keys.push_back(skill_key(key_query, grouping, skill.skill));
    std::vector<KeptRow> rows;
    for (std::vector<Cell>& row : figures.statistics(1, kKeptPayStatsConfidence)) {
      const auto [s, g] = meaning.at(static_cast<std::size_t>(std::get<std::int64_t>(row.at(0))));
      if (!std::holds_alternative<std::string>(keys[s])) continue;
      row[0] = skills[s].groups[g];
      rows.push_back({keys[s], std::move(row)});
    }
    return rows;
  });
}

// The kept rows of one grouping, read through `db` (any connection to the database), holding
// figures within `budget`; for pay-by-skill's, those of every grouping of `from_cells` for each
// skill alone too (declare_skill_segments).
std::vector<KeptRow> compute_grouping(
    Database& db, const Grouping& grouping,
    const std::vector<std::pair<const Grouping*, CellGroups>>& from_cells, FigureBudget& budget) {
  return with_database_errors(db, [&] {
    const QueryParameters parameters = parameters_of(grouping);
    // Each segment's key in kept_pay_stats, as the report's SQL names it with that segment's
    // parameters bound (the one home of the key: _kept_pay_segment.sql).
    const std::string key_query = report_pay_grouping_query(grouping.report);
    std::array<Cell, kSegments> keys;
    for (std::size_t segment = 0; segment < kSegments; ++segment) {
      QueryParameters bound = parameters;
      for (auto& parameter : segment_parameters(segment)) bound.push_back(parameter);
      keys[segment] = query_table(db, key_query, bound).rows.at(0).at(0);
    }
    // One read of the figures, each held once in its group's cell of its level and AI flag;
    // a segment's groups are unions of cells: the rows the report's pay_groups gives with
    // that segment's filter.
    PayFigures figures(budget);
    SegmentedGroups groups(figures);
    const std::string values = report_pay_values_by_segment_query(grouping.report);
    // Each row's columns read as they are (for_each_statement_row): a group met before is found
    // by its text or integer, without a Cell for every value.
    for_each_statement_row(db, values, parameters,
                           [&](sqlite3_stmt* row) { groups.add(row, false); });
    groups.declare_segments();
    if (grouping.report == kSkillCellsReport && !grouping.by) {
      declare_skill_segments(db, from_cells, groups);
    }
    if (figures.needs_second_pass()) {
      figures.prepare_second_pass(kKeptPayStatsConfidence);
      for_each_statement_row(db, values, parameters,
                             [&](sqlite3_stmt* row) { groups.add(row, true); });
    }
    std::vector<KeptRow> rows;
    for (std::vector<Cell>& row : figures.statistics(1, kKeptPayStatsConfidence)) {
      const auto& [key, group] = groups.meaning(row.at(0), keys);
      row[0] = group;
      rows.push_back({key, std::move(row)});
    }
    return rows;
  });
}

// One country and year whose statistics are kept (sql/queries/kept_pay_country_years.sql).
struct CountryYear {
  std::string country;  // ISO alpha-2
  std::string year;     // "2025"
};

std::vector<CountryYear> kept_country_years(Database& db) {
  std::vector<CountryYear> pairs;
  for (const std::vector<Cell>& row : query_named(db, "kept_pay_country_years").rows) {
    pairs.push_back({std::get<std::string>(row.at(0)), std::get<std::string>(row.at(1))});
  }
  return pairs;
}

// The parameters of `grouping` in one country and year: :country, and :from and :to the year's
// first and last day, as --year binds them.
QueryParameters country_year_parameters(const Grouping& grouping, const CountryYear& pair) {
  QueryParameters parameters = {{":country", Cell{pair.country}},
                                {":from", Cell{pair.year + "-01-01"}},
                                {":to", Cell{pair.year + "-12-31"}}};
  for (auto& parameter : parameters_of(grouping)) parameters.push_back(std::move(parameter));
  return parameters;
}

// The kept rows of one grouping for each country and year of `pairs`: the report's own
// pay_groups run with that :country and the year's :from and :to bound, as the command line runs
// it, under the key its pay_grouping gives with them (sql/reports/_kept_pay_segment.sql); none
// for a pair whose key is NULL (_kept_pay_stats_answer.sql then computes). Each
// query is prepared once for every pair (preparing a composed report query takes longer than
// running it for most countries); the figures of one pair are given back before the next.
std::vector<KeptRow> compute_country_years(Database& db, const Grouping& grouping,
                                           const std::vector<CountryYear>& pairs,
                                           FigureBudget& budget) {
  return with_database_errors(db, [&] {
    PreparedQuery key_query(db, report_pay_grouping_query(grouping.report));
    PreparedQuery values(db, report_pay_values_query(grouping.report));
    std::vector<KeptRow> rows;
    for (const CountryYear& pair : pairs) {
      const QueryParameters parameters = country_year_parameters(grouping, pair);
      const Cell key = key_of(key_query, parameters);
      if (!std::holds_alternative<std::string>(key)) continue;
      for (std::vector<Cell>& row :
           compute_pay_statistics(values, parameters, 1, kKeptPayStatsConfidence, &budget)) {
        rows.push_back({key, std::move(row)});
      }
    }
    return rows;
  });
}

// A second, read-only connection to the file of `db` for a thread of its own, with a page cache
// of the same size; nullopt when `db` holds no write transaction (then other writers could
// commit between the two connections' reads), for a database in memory, or when it cannot be
// opened: the computation then reads on `db` alone.
std::optional<Database> second_reader(Database& db) {
  if (sqlite3_txn_state(sqlite_of(db).getHandle(), "main") != SQLITE_TXN_WRITE) {
    return std::nullopt;
  }
  std::optional<Database> reader = open_reader_beside(db);
  if (!reader) return std::nullopt;
  try {
    const int cache_size = sqlite_of(db).execAndGet("PRAGMA cache_size").getInt();
    sqlite_of(*reader).exec("PRAGMA cache_size = " + std::to_string(cache_size));
  } catch (const SQLite::Exception&) {
    return std::nullopt;
  }
  return reader;
}

}  // namespace

void mark_kept_pay_stats_stale(Database& db) {
  with_database_errors(db,
                       [&] { sqlite_of(db).exec("UPDATE kept_pay_stats_state SET current = 0"); });
}

bool kept_pay_stats_are_current(Database& db) {
  return with_database_errors(db, [&] {
    SQLite::Statement state(sqlite_of(db), "SELECT rule, current FROM kept_pay_stats_state");
    return state.executeStep() && state.getColumn(1).getInt() == 1 &&
           state.getColumn(0).getString() == wanted_rule();
  });
}

std::size_t compute_kept_pay_stats(Database& db, std::size_t figures_held) {
  // Pay-by-skill first: a figure for each skill a posting names, so the other thread reads the
  // other segments meanwhile, then the skills reads (pay-by-region's, more figures still: it
  // holds the US ones twice). Longest first gains nothing measurable here: at 1M the two
  // threads end within a second of each other either way, and the two largest reads at once
  // would hold more at 10M. Only the order of the work.
  std::vector<Grouping> groupings = kept_groupings();
  std::stable_partition(groupings.begin(), groupings.end(),
                        [](const Grouping& grouping) { return grouping.report == "pay-by-skill"; });
  // The work: each grouping's segments in one read, the skills of those that read their own,
  // then each grouping in every country and year.
  const SkillKeeping skill_keeping = skill_keeping_of(db, groupings);
  enum class Work { segments, skills, country_years };
  struct Task {
    const Grouping* grouping;
    Work work;
  };
  std::vector<Task> tasks;
  for (const Grouping& grouping : groupings) tasks.push_back({&grouping, Work::segments});
  for (const Grouping* grouping : skill_keeping.own_read) tasks.push_back({grouping, Work::skills});
  for (const Grouping& grouping : groupings) tasks.push_back({&grouping, Work::country_years});
  const std::vector<CountryYear> pairs = kept_country_years(db);
  // Every task's rows are read first, on this connection and, on a thread of its own, on a
  // second one reading the same committed data (the caller's write transaction has written
  // nothing yet, and holds off every other writer); then written.
  std::vector<std::vector<KeptRow>> rows(tasks.size());
  FigureBudget budget(figures_held);
  std::atomic<std::size_t> next{0};
  auto compute_some = [&](Database& reader) {
    for (std::size_t i = next++; i < tasks.size(); i = next++) {
      const Task& task = tasks[i];
      switch (task.work) {
        case Work::segments:
          rows[i] = compute_grouping(reader, *task.grouping, skill_keeping.from_cells, budget);
          break;
        case Work::skills:
          rows[i] = compute_skill_groups(reader, *task.grouping, budget);
          break;
        case Work::country_years:
          rows[i] = compute_country_years(reader, *task.grouping, pairs, budget);
          break;
      }
    }
  };
  std::optional<Database> second = second_reader(db);
  std::future<void> helper;
  if (second) {
    try {
      helper = std::async(std::launch::async, [&] {
        try {
          compute_some(*second);
        } catch (...) {
          next = tasks.size();  // this thread takes no more either
          throw;
        }
      });
    } catch (const std::system_error&) {
      // No thread to be had: this one computes every grouping.
    }
  }
  const std::size_t readers = helper.valid() ? 2 : 1;
  try {
    compute_some(db);
  } catch (...) {
    next = tasks.size();  // the helper takes no more
    if (helper.valid()) helper.wait();
    throw;
  }
  if (helper.valid()) helper.get();  // its failure, if any, is this one's
  second.reset();
  with_database_errors(db, [&] {
    SQLite::Database& sql = sqlite_of(db);
    sql.exec("DELETE FROM kept_pay_stats");
    SQLite::Statement insert(sql, "INSERT INTO kept_pay_stats (report_grouping, " +
                                      given_pay_stats_column_list() + ") VALUES (" +
                                      placeholders(1 + given_pay_stats_columns().size()) + ")");
    for (const std::vector<KeptRow>& grouping_rows : rows) {
      for (const KeptRow& row : grouping_rows) {
        bind_cell(insert, 1, row.key);
        for (std::size_t c = 0; c < row.statistics.size(); ++c) {
          bind_cell(insert, static_cast<int>(c + 2), row.statistics[c]);
        }
        insert.exec();
        insert.reset();
      }
    }
    SQLite::Statement state(sql, "UPDATE kept_pay_stats_state SET rule = ?, current = 1");
    state.bind(1, wanted_rule());
    state.exec();
  });
  return readers;
}

void give_kept_pay_stats(Database& db, const Cell& grouping) {
  store_given_pay_stats(db, {});  // the temporary table, made and emptied
  with_database_errors(db, [&] {
    SQLite::Statement copy(sqlite_of(db), "INSERT INTO temp.given_pay_stats SELECT " +
                                              given_pay_stats_column_list() +
                                              " FROM kept_pay_stats WHERE report_grouping = ?");
    bind_cell(copy, 1, grouping);
    copy.exec();
  });
}

void update_kept_pay_statistics(Database& db) {
  if (kept_pay_stats_are_current(db)) return;
  const bool marked_current = with_database_errors(db, [&] {
    return sqlite_of(db).execAndGet("SELECT max(current) FROM kept_pay_stats_state").getInt() == 1;
  });
  if (marked_current) {
    // Rows another rule computed (another jobsight) are marked stale first, on their own, so
    // that the views stop reading them even if computing them again fails. Stale ones (after
    // an import) need no such write.
    WriteTransaction transaction(db);
    mark_kept_pay_stats_stale(db);
    transaction.commit();
  }
  // What an import freed goes back to the system before the figures take theirs, and the
  // reads, each a single pass, use a small page cache, 2 MiB on each of the two connections: at
  // 10M postings 8 MiB cost 20 MB more of peak memory for no gain in time (BENCHMARKS.md).
  return_freed_memory();
  std::optional<PragmaForNow> small_cache;
  with_database_errors(db, [&] { small_cache.emplace(sqlite_of(db), "cache_size", -2048); });
  WriteTransaction transaction(db);
  // Another command may have computed them while this one waited for the lock.
  if (!kept_pay_stats_are_current(db)) compute_kept_pay_stats(db);
  transaction.commit();
}

}  // namespace jobsight
