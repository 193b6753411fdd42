#include "jobsight/inspect.hpp"

#include <algorithm>
#include <filesystem>

#include "jobsight/error.hpp"
#include "storage/query.hpp"
#include "storage/read_only_sql.hpp"
#include "util/text.hpp"

namespace jobsight {
namespace {

constexpr char kAliasSeparator = '\x1f';  // what skills.sql puts between aliases

// A parameter's value: NULL when unset.
template <typename T>
Cell optional_cell(const std::optional<T>& value) {
  if (!value) return std::monostate{};
  return Cell{*value};
}

void check_limit(const std::optional<std::int64_t>& limit) {
  if (limit && *limit < 0) {
    throw Error("--limit " + std::to_string(*limit) + " is negative; give 0 or more");
  }
}

// The database file as the user would look for it; ":memory:" stays as it is.
std::string display_path(const std::string& path) {
  if (path == ":memory:" || path.empty()) return path;
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  return ec ? path : absolute.lexically_normal().string();
}

// Aliases as skills.sql returns them (separated by kAliasSeparator, in no order) -> "a, b, c",
// sorted case-insensitively (aliases are unique case-insensitively, so the order is total).
std::string sorted_aliases(const std::string& joined) {
  std::vector<std::string> aliases;
  std::size_t start = 0;
  while (start <= joined.size() && !joined.empty()) {
    std::size_t end = joined.find(kAliasSeparator, start);
    if (end == std::string::npos) end = joined.size();
    aliases.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  std::sort(aliases.begin(), aliases.end(), [](const std::string& a, const std::string& b) {
    std::string la = to_lower(a), lb = to_lower(b);
    return la != lb ? la < lb : a < b;
  });
  return join(aliases);
}

// The category as stored for `wanted` (any case); throws naming the categories when unknown.
std::string known_category(Database& db, const std::string& wanted) {
  std::vector<std::string> categories;
  for (const std::vector<Cell>& row : query_named(db, "skill_categories").rows) {
    categories.push_back(std::get<std::string>(row.front()));
  }
  for (const std::string& category : categories) {
    if (to_lower(category) == to_lower(wanted)) return category;
  }
  throw Error("unknown category '" + wanted + "'; the categories are: " + join(categories));
}

}  // namespace

DatabaseStatus database_status(Database& db) {
  DatabaseStatus status;
  status.overview = query_named(db, "status",
                                {{":database", display_path(db.path())},
                                 {":binary_schema_version", std::int64_t{current_schema_version()}},
                                 {":jobsight_version", std::string(JOBSIGHT_VERSION)}});
  status.last_imports =
      query_named(db, "status_last_imports", {{":limit", std::int64_t{kStatusLastImports}}});
  return status;
}

Table status_rows(const DatabaseStatus& status) {
  Table table;
  table.columns = {"item", "value"};
  table.rows = status.overview.rows;
  for (std::size_t r = 0; r < status.last_imports.rows.size(); ++r) {
    const std::vector<Cell>& row = status.last_imports.rows[r];
    for (std::size_t c = 0; c < row.size(); ++c) {
      table.rows.push_back(
          {"last_import." + std::to_string(r + 1) + "." + status.last_imports.columns[c], row[c]});
    }
  }
  return table;
}

Table list_imports(Database& db, std::optional<std::int64_t> limit) {
  check_limit(limit);
  return query_named(db, "imports", {{":limit", optional_cell(limit)}});
}

Table list_rejects(Database& db, std::optional<std::int64_t> import_id,
                   std::optional<std::int64_t> limit) {
  check_limit(limit);
  if (import_id) {
    if (query_named(db, "import_exists", {{":import_id", *import_id}}).rows.empty()) {
      throw Error("there is no import " + std::to_string(*import_id) +
                  "; 'jobsight imports' lists them");
    }
  }
  return query_named(db, "rejects",
                     {{":import_id", optional_cell(import_id)}, {":limit", optional_cell(limit)}});
}

Table list_skills(Database& db, const SkillFilters& filters) {
  check_limit(filters.limit);
  std::optional<std::string> category;
  if (filters.category) category = known_category(db, *filters.category);
  Table table = query_named(db, "skills",
                            {{":category", optional_cell(category)},
                             {":search", optional_cell(filters.search)},
                             {":limit", optional_cell(filters.limit)}});
  auto aliases = std::find(table.columns.begin(), table.columns.end(), "aliases");
  std::size_t column = static_cast<std::size_t>(aliases - table.columns.begin());
  for (std::vector<Cell>& row : table.rows) {
    const auto* joined = std::get_if<std::string>(&row[column]);
    row[column] = joined ? sorted_aliases(*joined) : std::string();
  }
  return table;
}

Table run_read_only_sql(Database& db, const std::string& sql) {
  return run_sql_read_only(db, sql);
}

}  // namespace jobsight
