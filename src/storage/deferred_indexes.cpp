#include "storage/deferred_indexes.hpp"

#include <SQLiteCpp/Statement.h>

#include "storage/database_failure.hpp"
#include "storage/sqlite_connection.hpp"

namespace jobsight {
namespace {

// The tables whose secondary indexes an import of each kind sets aside. posting_skills keeps its
// index: its rows arrive grouped by posting, and its index by skill takes them at a few hundred
// places, never far from the last, while rebuilding it sorts every skill link there is.
std::vector<std::string_view> tables_of(std::string_view kind) {
  if (kind == "postings") return {"postings"};
  if (kind == "salaries") return {"salary_observations"};
  return {};
}

// Roughly how many rows `table` holds (its largest rowid: cheap, and close enough to decide).
std::int64_t rows_in(SQLite::Database& sql, std::string_view table) {
  // `table` comes from tables_of, never from input.
  SQLite::Statement count(sql,
                          "SELECT coalesce(max(rowid), 0) FROM \"" + std::string(table) + "\"");
  return count.executeStep() ? count.getColumn(0).getInt64() : 0;
}

std::string quoted(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

}  // namespace

bool indexes_worth_setting_aside(std::int64_t existing_rows, std::uintmax_t file_bytes) {
  constexpr std::uintmax_t kBytesPerRow = 400;
  if (file_bytes == 0) return false;
  const auto new_rows = file_bytes / kBytesPerRow;
  return new_rows * 4 >= static_cast<std::uintmax_t>(existing_rows);
}

DeferredIndexes::DeferredIndexes(Database& db, std::string_view kind, std::uintmax_t file_bytes)
    : db_(db) {
  std::vector<std::string_view> tables = tables_of(kind);
  if (tables.empty()) return;
  with_database_errors(db_, [&] {
    SQLite::Database& sql = sqlite_of(db_);
    if (!indexes_worth_setting_aside(rows_in(sql, tables.front()), file_bytes)) return;
    std::vector<std::string> names;
    for (std::string_view table : tables) {
      // Indexes made by CREATE INDEX (autoindexes of UNIQUE and PRIMARY KEY have no sql), and
      // not the UNIQUE ones: the import finds duplicates through them.
      SQLite::Statement found(sql,
                              "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                              "AND tbl_name = :table AND sql IS NOT NULL "
                              "AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name");
      found.bind(":table", std::string(table));
      while (found.executeStep()) {
        names.push_back(found.getColumn(0).getString());
        definitions_.push_back(found.getColumn(1).getString());
      }
    }
    for (const std::string& name : names) sql.exec("DROP INDEX " + quoted(name));
  });
}

void DeferredIndexes::rebuild() {
  if (definitions_.empty()) return;
  with_database_errors(db_, [&] {
    for (const std::string& definition : definitions_) sqlite_of(db_).exec(definition);
  });
  definitions_.clear();
}

}  // namespace jobsight
