#include "storage/report_sql.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <utility>

#include "jobsight/error.hpp"
#include "normalise/seniority.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/view_arms.hpp"

namespace jobsight {
namespace {

std::string file_stem(std::string_view report_name) {
  std::string stem(report_name);
  for (char& c : stem) {
    if (c == '-') c = '_';
  }
  return stem;
}

const EmbeddedSql* find_embedded(std::string_view stem) {
  for (const EmbeddedSql& entry : embedded_report_queries()) {
    if (entry.name == stem) return &entry;
  }
  return nullptr;
}

// The lines of `sql` for one variant: a line ending in the marker `-- ci` is part of the query
// only with intervals (SPEC 3.1, --ci), and is dropped otherwise; all other lines are kept.
std::string lines_for(std::string_view sql, bool with_intervals) {
  constexpr std::string_view kMarker = "-- ci";
  std::string out;
  out.reserve(sql.size());
  while (!sql.empty()) {
    std::size_t end = sql.find('\n');
    std::string_view line = sql.substr(0, end);
    sql.remove_prefix(end == std::string_view::npos ? sql.size() : end + 1);
    std::string_view content = line;
    while (!content.empty() && (content.back() == ' ' || content.back() == '\r')) {
      content.remove_suffix(1);
    }
    if (content.ends_with(kMarker)) {
      if (!with_intervals) continue;
      line = content.substr(0, content.size() - kMarker.size());
    }
    out.append(line);
    out.push_back('\n');
  }
  return out;
}

// Drops `--` comments outside string literals and trims the result.
std::string strip_comments(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  bool in_string = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (!in_string && c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      while (i < sql.size() && sql[i] != '\n') ++i;
      out.push_back('\n');
      continue;
    }
    if (c == '\'') in_string = !in_string;
    out.push_back(c);
  }
  std::size_t begin = out.find_first_not_of(" \t\r\n");
  std::size_t end = out.find_last_not_of(" \t\r\n;");
  if (begin == std::string::npos) return {};
  return out.substr(begin, end - begin + 1);
}

// strip_comments(lines_for(text, with_intervals)) of an embedded file (static text), made once
// per process: every composition reads every fragment, and a pay report composes a dozen.
const std::string& cleaned(std::string_view text, bool with_intervals) {
  static std::mutex guard;
  static std::map<std::pair<const char*, bool>, std::string> made;
  const std::lock_guard<std::mutex> lock(guard);
  const auto key = std::make_pair(text.data(), with_intervals);
  auto found = made.find(key);
  if (found == made.end()) {
    found = made.emplace(key, strip_comments(lines_for(text, with_intervals))).first;
  }
  return found->second;
}

bool starts_with_keyword(std::string_view sql, std::string_view keyword) {
  if (sql.size() <= keyword.size()) return false;
  for (std::size_t i = 0; i < keyword.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(sql[i])) != keyword[i]) return false;
  }
  return std::isspace(static_cast<unsigned char>(sql[keyword.size()])) != 0;
}

// True when `word` occurs in `sql` as a whole identifier (not as the parameter `:word`).
bool mentions_word(std::string_view sql, std::string_view word) {
  auto is_identifier = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  };
  for (std::size_t at = sql.find(word); at != std::string_view::npos; at = sql.find(word, at + 1)) {
    bool starts = at == 0 || (!is_identifier(sql[at - 1]) && sql[at - 1] != ':');
    std::size_t end = at + word.size();
    bool ends = end == sql.size() || !is_identifier(sql[end]);
    if (starts && ends) return true;
  }
  return false;
}

// `sql` with each `:name` parameter outside string literals replaced by `replacement(name)`.
template <typename Replacement>
std::string rewrite_parameters(std::string_view sql, const Replacement& replacement) {
  std::string out;
  out.reserve(sql.size());
  bool in_string = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'') in_string = !in_string;
    if (!in_string && c == ':' && i + 1 < sql.size() &&
        (std::isalpha(static_cast<unsigned char>(sql[i + 1])) || sql[i + 1] == '_')) {
      std::size_t end = i + 1;
      while (end < sql.size() &&
             (std::isalnum(static_cast<unsigned char>(sql[end])) || sql[end] == '_')) {
        ++end;
      }
      out += replacement(sql.substr(i + 1, end - i - 1));
      i = end - 1;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// Replaces each `:name` parameter outside string literals with NULL.
std::string parameters_to_null(std::string_view sql) {
  return rewrite_parameters(sql, [](std::string_view) { return std::string("NULL"); });
}

// The parameters the reports compare as integers (a client that binds text gives '5').
bool is_integer_parameter(std::string_view name) {
  for (std::string_view integer : {"min_n", "year", "top", "ai", "skill_id"}) {
    if (name == integer) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> embedded_report_names() {
  std::vector<std::string> names;
  for (const EmbeddedSql& entry : embedded_report_queries()) {
    if (entry.name.starts_with('_')) continue;
    std::string name(entry.name);
    for (char& c : name) {
      if (c == '_') c = '-';
    }
    names.push_back(name);
  }
  return names;
}

namespace {

enum class Composition {
  report,           // the report as written (views, canned queries)
  given_pay_stats,  // pay_stats read from temp.given_pay_stats (the fragments' _given variants)
  pay_values,       // the report's pay_groups rows instead of its final SELECT
  pay_values_by_segment,  // the same with each figure's seniority and is_ai
  pay_cell_groups,        // each level and AI flag's groups (the _cells variants)
  pay_values_by_skill,    // the figures once per skill of their posting (the _skills variants)
  pay_grouping,           // the report's pay_grouping row instead of its final SELECT
  kept_answer,            // kept_pay_stats_answer's `answers` instead of its final SELECT
  view,  // the report as written, without the arms no row reaches with every parameter NULL
};

// The compositions that read fragment variants, each with the suffix of its variants
// (`_pay_stats_given.sql` in place of `_pay_stats.sql`).
constexpr std::pair<Composition, std::string_view> kVariants[] = {
    {Composition::given_pay_stats, "_given"},
    {Composition::pay_cell_groups, "_cells"},
    {Composition::pay_values_by_skill, "_skills"},
};

// The suffix of the fragment variants a composition reads in place of `_name.sql`, "" for none.
std::string_view variant_suffix(Composition how) {
  for (const auto& [composition, suffix] : kVariants) {
    if (composition == how) return suffix;
  }
  return "";
}

// Whether `fragment` (an embedded file's name) is a variant: its name with a variant's suffix
// taken off names another fragment, so that `_posting_skills.sql` alone is no variant.
bool is_variant(std::string_view fragment) {
  for (const auto& [composition, suffix] : kVariants) {
    if (fragment.ends_with(suffix) &&
        find_embedded(fragment.substr(0, fragment.size() - suffix.size())) != nullptr) {
      return true;
    }
  }
  return false;
}

// Where the report's last top-level SELECT starts (outside brackets and string literals).
std::size_t final_select(std::string_view body) {
  std::size_t found = std::string_view::npos;
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\'') in_string = !in_string;
    if (in_string) continue;
    if (c == '(') ++depth;
    if (c == ')') --depth;
    bool starts_word = i == 0 || std::isspace(static_cast<unsigned char>(body[i - 1])) != 0;
    if (depth == 0 && starts_word && starts_with_keyword(body.substr(i), "SELECT")) found = i;
  }
  return found;
}

// A common table expression: its name and the query inside its brackets.
struct NamedQuery {
  std::string name;
  std::string text;
  bool not_materialized = false;  // written `name AS NOT MATERIALIZED (...)` (see compose)
};

// A query split into the CTEs of its leading WITH (none when it has no WITH) and the statement
// after them.
struct SplitQuery {
  std::vector<NamedQuery> ctes;
  std::string final_statement;
};

std::size_t skip_space(std::string_view sql, std::size_t at) {
  while (at < sql.size() && std::isspace(static_cast<unsigned char>(sql[at])) != 0) ++at;
  return at;
}

// Splits `WITH a AS (...), b AS (...) SELECT ...` into its CTEs and the final SELECT. The report
// files are our own, written in that one form; anything else is returned whole as the statement.
SplitQuery split_with(const std::string& sql) {
  SplitQuery split{{}, sql};
  if (!starts_with_keyword(sql, "WITH")) return split;
  std::vector<NamedQuery> ctes;
  std::size_t at = 4;
  for (;;) {
    at = skip_space(sql, at);
    std::size_t name_end = at;
    while (name_end < sql.size() &&
           (std::isalnum(static_cast<unsigned char>(sql[name_end])) || sql[name_end] == '_')) {
      ++name_end;
    }
    std::size_t as = skip_space(sql, name_end);
    if (name_end == at || !starts_with_keyword(std::string_view(sql).substr(as), "AS")) {
      return split;
    }
    std::size_t open = skip_space(sql, as + 2);
    if (open >= sql.size() || sql[open] != '(') return split;
    int depth = 0;
    bool in_string = false;
    std::size_t close = open;
    for (; close < sql.size(); ++close) {
      char c = sql[close];
      if (c == '\'') in_string = !in_string;
      if (in_string) continue;
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) break;
    }
    if (close >= sql.size()) return split;
    std::string_view inside = std::string_view(sql).substr(open + 1, close - open - 1);
    std::size_t first = inside.find_first_not_of(" \t\r\n");
    std::size_t last = inside.find_last_not_of(" \t\r\n");
    ctes.push_back(
        {sql.substr(at, name_end - at), first == std::string_view::npos
                                            ? std::string()
                                            : std::string(inside.substr(first, last - first + 1))});
    at = skip_space(sql, close + 1);
    if (at < sql.size() && sql[at] == ',') {
      ++at;
      continue;
    }
    return {std::move(ctes), sql.substr(at)};
  }
}

// The CTEs ordered so that each comes after every CTE it reads, otherwise in the given order:
// SQLite resolves CTE names in any order, but DuckDB and the SQL standard read them in order.
std::vector<NamedQuery> in_dependency_order(const std::vector<NamedQuery>& ctes) {
  std::vector<NamedQuery> ordered;
  std::vector<int> state(ctes.size(), 0);  // 0 not seen, 1 being placed, 2 placed
  auto place = [&](auto& self, std::size_t c) -> void {
    if (state[c] != 0) return;  // placed, or a cycle (which no report has): keep the order
    state[c] = 1;
    for (std::size_t d = 0; d < ctes.size(); ++d) {
      if (d != c && mentions_word(ctes[c].text, ctes[d].name)) self(self, d);
    }
    state[c] = 2;
    ordered.push_back(ctes[c]);
  };
  for (std::size_t c = 0; c < ctes.size(); ++c) place(place, c);
  return ordered;
}

// The SELECT a composition puts in place of the report's final one; nullptr for the report as
// written.
const char* final_select_of(Composition how) {
  switch (how) {
    case Composition::pay_values:
      return "SELECT grp, pay_source, pay FROM pay_groups";
    case Composition::pay_values_by_segment:
      return "SELECT grp, pay_source, pay, seniority, is_ai FROM pay_groups";
    case Composition::pay_cell_groups:
      return "SELECT DISTINCT grp, seniority, is_ai FROM pay_groups";
    case Composition::pay_values_by_skill:
      return "SELECT skill_id, grp, pay_source, pay FROM pay_groups";
    case Composition::pay_grouping:
      return "SELECT report_grouping FROM pay_grouping";
    case Composition::kept_answer:
      return "SELECT answers FROM kept_pay_stats_answer";
    case Composition::report:
    case Composition::given_pay_stats:
    case Composition::view:
      break;
  }
  return nullptr;
}

// A default a report's file declares for a parameter, on a line of its own:
// `-- default :by = 'industry'` (name "by", SQL "'industry'").
struct ParameterDefault {
  std::string name;
  std::string sql;
};

std::vector<ParameterDefault> declared_defaults(std::string_view text) {
  constexpr std::string_view kPrefix = "-- default :";
  std::vector<ParameterDefault> defaults;
  while (!text.empty()) {  // line by line, as lines_for reads them
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.starts_with(kPrefix)) continue;
    std::size_t equals = line.find(" = ");
    if (equals == std::string_view::npos) continue;
    defaults.push_back({std::string(line.substr(kPrefix.size(), equals - kPrefix.size())),
                        std::string(line.substr(equals + 3))});
  }
  return defaults;
}

// `query` with each :name that has a declared default read as coalesce(:name, SQL): the report's
// view and canned query, which leave it NULL, then answer as the command line does, and the
// shared fragments see the value the report uses (_counted_postings.sql picks its counts by :by).
std::string with_defaults(const std::string& query, const std::vector<ParameterDefault>& defaults) {
  if (defaults.empty()) return query;
  return rewrite_parameters(query, [&defaults](std::string_view parameter) {
    std::string written(1, ':');  // appended, not ":" + ...: GCC 12 at -O3 warns (-Wrestrict)
    written += parameter;
    for (const ParameterDefault& d : defaults) {
      if (d.name == parameter) return "coalesce(" + written + ", " + d.sql + ")";
    }
    return written;
  });
}

// The names of the parameters `defaults` declares.
std::vector<std::string> names_of(const std::vector<ParameterDefault>& defaults) {
  std::vector<std::string> names;
  for (const ParameterDefault& d : defaults) names.push_back(d.name);
  return names;
}

// The CTEs of `ctes` that `sql` reads, directly or through another, in their order: the
// fragments a report uses, or the CTEs a view's final statement still reads.
std::vector<NamedQuery> read_by(std::vector<NamedQuery> ctes, std::string_view sql) {
  std::vector<bool> read(ctes.size(), false);
  std::string searched(sql);
  for (bool grew = true; grew;) {
    grew = false;
    for (std::size_t c = 0; c < ctes.size(); ++c) {
      if (!read[c] && mentions_word(searched, ctes[c].name)) {
        read[c] = true;
        searched += "\n" + ctes[c].text;
        grew = true;
      }
    }
  }
  std::vector<NamedQuery> kept;
  for (std::size_t c = 0; c < ctes.size(); ++c) {
    if (read[c]) kept.push_back(std::move(ctes[c]));
  }
  return kept;
}

std::string compose(std::string_view name, bool with_intervals, Composition how) {
  const EmbeddedSql* report = name.starts_with('_') ? nullptr : find_embedded(file_stem(name));
  if (report == nullptr) throw Error("unknown report '" + std::string(name) + "'");
  const std::vector<ParameterDefault> defaults = declared_defaults(report->text);
  // A file's text for this composition: for a view, without the arms that read rows only with
  // a filter its view leaves NULL (src/storage/view_arms.hpp); made afresh, not kept.
  const std::vector<std::string> set_in_view = names_of(defaults);
  auto text_of = [&](std::string_view text) -> std::string {
    if (how != Composition::view) return cleaned(text, with_intervals);
    return strip_comments(lines_for(without_unset_arms(text, set_in_view), with_intervals));
  };
  std::string body = text_of(report->text);
  if (final_select_of(how) != nullptr) {
    std::size_t at = final_select(body);
    if (at == std::string::npos) throw Error("report '" + std::string(name) + "' has no SELECT");
    body = body.substr(0, at) + final_select_of(how);
  }

  // The shared fragments (`_name.sql` becomes CTE `name`) the report uses, directly or through
  // another fragment; they and the report's own CTEs are then put in dependency order.
  std::vector<NamedQuery> fragments;
  for (const EmbeddedSql& entry : embedded_report_queries()) {
    if (!entry.name.starts_with('_') || is_variant(entry.name)) continue;
    std::string_view text = entry.text;
    if (std::string_view suffix = variant_suffix(how); !suffix.empty()) {
      const EmbeddedSql* variant = find_embedded(std::string(entry.name) + std::string(suffix));
      if (variant != nullptr) text = variant->text;
    }
    fragments.push_back({std::string(entry.name.substr(1)), text_of(text)});
  }
  std::vector<NamedQuery> ctes = read_by(std::move(fragments), body);
  // A fragment that only picks rows (every one but pay_stats) is NOT MATERIALIZED: SQLite would
  // otherwise copy it, when it is read inside another fragment read twice (scoped_postings inside
  // scoped_pay, with every column of every posting), into a temporary table first; inlined, it
  // reads only the columns the report uses and can take the covering index postings_pay
  // (migration 0013). pay-by-region at 1M postings: 5.1 s -> 2.0 s in sqlite3. A fragment that
  // aggregates (GROUP BY: the window sort of _pay_stats.sql) and the report's own CTEs are left
  // to SQLite, which computes one read twice only once. DuckDB reads the hint as well.
  for (NamedQuery& fragment : ctes) {
    fragment.not_materialized = !mentions_word(fragment.text, "GROUP");
  }
  SplitQuery own = split_with(body);
  if (starts_with_keyword(body, "WITH") && own.ctes.empty()) {
    throw Error("report '" + std::string(name) + "': its WITH list cannot be read");
  }
  if (ctes.empty()) return with_defaults(body, defaults);
  for (NamedQuery& cte : own.ctes) {
    // A pay report's pay_groups is read only when the kept statistics do not answer
    // (_pay_stats.sql): inlined, it is skipped with the branch that reads it; materialized,
    // SQLite would fill it first, reading every paid posting (0.56 s -> 0.18 s for the
    // pay-by-region view at 1M postings).
    if (cte.name == "pay_groups") cte.not_materialized = true;
    ctes.push_back(std::move(cte));
  }
  // A view leaves out the CTEs that only the arms it left out read.
  if (how == Composition::view) ctes = read_by(std::move(ctes), own.final_statement);

  std::string query;
  for (const NamedQuery& cte : in_dependency_order(ctes)) {
    query += query.empty() ? "WITH " : ",\n";
    query += cte.name + (cte.not_materialized ? " AS NOT MATERIALIZED (\n" : " AS (\n") + cte.text +
             "\n)";
  }
  query += '\n';
  query += own.final_statement;
  return with_defaults(query, defaults);
}

}  // namespace

std::string report_query(std::string_view name, bool with_intervals) {
  return compose(name, with_intervals, Composition::report);
}

bool report_has_pay_stats(std::string_view name) {
  return mentions_word(compose(name, false, Composition::report), "pay_stats");
}

std::string report_query_with_given_pay_stats(std::string_view name, bool with_intervals) {
  return compose(name, with_intervals, Composition::given_pay_stats);
}

std::string report_pay_values_query(std::string_view name) {
  return compose(name, false, Composition::pay_values);
}

std::string report_pay_values_by_segment_query(std::string_view name) {
  return compose(name, false, Composition::pay_values_by_segment);
}

std::string report_pay_cell_groups_query(std::string_view name) {
  return compose(name, false, Composition::pay_cell_groups);
}

std::string report_pay_values_by_skill_query(std::string_view name) {
  return compose(name, false, Composition::pay_values_by_skill);
}

std::string report_pay_grouping_query(std::string_view name) {
  return compose(name, false, Composition::pay_grouping);
}

std::string report_kept_answer_query(std::string_view name) {
  return compose(name, false, Composition::kept_answer);
}

std::string report_view_name(std::string_view name) {
  return "report_" + file_stem(name);
}

std::vector<std::string> report_parameters(std::string_view name) {
  std::vector<std::string> names;
  rewrite_parameters(report_query(name), [&names](std::string_view parameter) {
    if (std::find(names.begin(), names.end(), parameter) == names.end()) {
      names.emplace_back(parameter);
    }
    return std::string();
  });
  return names;
}

namespace {

// The levels a typed list ("senior, lead") names, as the ",senior,lead," the SQL reads, holding
// only exact level names: the SQL matches instr(:levels, seniority), so "mid-senior" or
// "internship" must name no level rather than mid and senior, or intern. NULL when nothing was
// typed.
std::string exact_level_list(const std::string& given) {
  const std::string typed = "(',' || replace(lower(" + given + "), ' ', '') || ',')";
  std::string list = "','";
  for (Seniority level : kAllSeniorities) {
    const std::string level_name(to_string(level));
    list += " || CASE WHEN instr(" + typed + ", '," + level_name + ",') > 0 THEN '" + level_name +
            ",' ELSE '' END";
  }
  return "(CASE WHEN " + given + " IS NULL THEN NULL ELSE " + list + " END)";
}

}  // namespace

std::string report_canned_query(std::string_view name, const std::vector<std::string>& offered) {
  return rewrite_parameters(report_query(name), [&offered](std::string_view parameter) {
    // The program sets :scan when a filter needs the postings themselves; a client may give any
    // filter, so the canned query always reads them (the sums are the same either way).
    if (parameter == "scan") return std::string("1");
    if (std::find(offered.begin(), offered.end(), parameter) == offered.end()) {
      return std::string("NULL");
    }
    std::string given = "nullif(:" + std::string(parameter) + ", '')";
    if (is_integer_parameter(parameter)) return "CAST(" + given + " AS INTEGER)";
    // Lists are given as "senior,lead"; the SQL reads them as ",senior,lead,".
    if (parameter == "levels") return exact_level_list(given);
    if (parameter == "employment_types") return "(',' || lower(" + given + ") || ',')";
    // Title words are matched in lower case, as the command line lowers --title.
    if (parameter == "title") return "lower(" + given + ")";
    return given;
  });
}

std::string report_view_sql(std::string_view name) {
  return "CREATE VIEW " + report_view_name(name) + " AS\n" +
         parameters_to_null(compose(name, false, Composition::view));
}

}  // namespace jobsight
