#include "storage/deferred_indexes.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <string>

#include "storage/database_failure.hpp"
#include "storage/pragma_for_now.hpp"
#include "storage/sqlite_connection.hpp"

namespace jobsight {
namespace {

// The UNIQUE index by which postings find their duplicates (migration 0014).
constexpr const char* kIdentityIndex = "postings_by_identity";

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

bool holds_no_rows(Database& db, std::string_view kind) {
  std::vector<std::string_view> tables = tables_of(kind);
  if (tables.empty()) return false;
  return with_database_errors(db, [&] { return rows_in(sqlite_of(db), tables.front()) == 0; });
}

bool is_large_import(Database& db, std::string_view kind, std::uintmax_t file_bytes) {
  std::vector<std::string_view> tables = tables_of(kind);
  if (tables.empty()) return false;
  return with_database_errors(db, [&] {
    return indexes_worth_setting_aside(rows_in(sqlite_of(db), tables.front()), file_bytes);
  });
}

DeferredIndexes::DeferredIndexes(Database& db, std::string_view kind, std::uintmax_t file_bytes)
    : db_(db) {
  std::vector<std::string_view> tables = tables_of(kind);
  if (tables.empty() || !is_large_import(db_, kind, file_bytes)) return;
  with_database_errors(db_, [&] {
    SQLite::Database& sql = sqlite_of(db_);
    std::vector<std::string> names;
    for (std::string_view table : tables) {
      // Indexes made by CREATE INDEX (autoindexes of UNIQUE and PRIMARY KEY have no sql). Of
      // the UNIQUE ones only postings' identity index, whose duplicates rebuild() removes.
      SQLite::Statement found(sql,
                              "SELECT name, sql, sql LIKE 'CREATE UNIQUE %' FROM sqlite_schema "
                              "WHERE type = 'index' AND tbl_name = :table AND sql IS NOT NULL "
                              "AND (sql NOT LIKE 'CREATE UNIQUE %' OR name = :identity_index) "
                              "ORDER BY name");
      found.bind(":table", std::string(table));
      found.bind(":identity_index", kIdentityIndex);
      while (found.executeStep()) {
        names.push_back(found.getColumn(0).getString());
        (found.getColumn(2).getInt() != 0 ? unique_definitions_ : definitions_)
            .push_back(found.getColumn(1).getString());
      }
    }
    for (const std::string& name : names) sql.exec("DROP INDEX " + quoted(name));
  });
}

std::vector<RemovedDuplicate> DeferredIndexes::rebuild(std::int64_t import_id) {
  std::vector<RemovedDuplicate> removed;
  with_database_errors(db_, [&] {
    SQLite::Database& sql = sqlite_of(db_);
    if (definitions_.empty() && unique_definitions_.empty()) return;
    // Each CREATE INDEX sorts every row's key. With one auxiliary thread SQLite's sorter sorts and
    // writes one run of keys, and helps merge them, while this thread (the import's only one
    // still working by then) reads the next. The sorter collects up to the page cache's size of
    // keys in memory of its own, beside the cache, before it sorts them into a run: with half
    // the cache, two runs and the cache take less than one run and the whole cache did. At 10M
    // postings an index was built 14-24% faster, at a 55 MB peak instead of 72 MB in sqlite3
    // (BENCHMARKS.md, 2026-12-02).
    const PragmaForNow sorter_threads(sql, "threads", 1);
    // Halved, but never to 0, which SQLite reads as "not set".
    const PragmaForNow half_cache(sql, "cache_size",
                                  [](int size) { return size / 2 != 0 ? size / 2 : size; });
    for (const std::string& definition : definitions_) sql.exec(definition);
    definitions_.clear();
    // Built in one sort when the rows repeat no identity (the usual case); else the later
    // repeats are taken out first, as an import that had the index would have skipped them.
    for (const std::string& definition : unique_definitions_) {
      try {
        sql.exec(definition);
      } catch (const SQLite::Exception& e) {
        if ((sqlite_result_code(e) & 0xFF) != SQLITE_CONSTRAINT) throw;
        removed = remove_later_duplicates(db_, import_id);
        sql.exec(definition);
      }
    }
    unique_definitions_.clear();
  });
  return removed;
}

}  // namespace jobsight
