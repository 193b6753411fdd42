#include "storage/import_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "csv/text_check.hpp"
#include "storage/statement_helpers.hpp"

namespace jobsight {

std::int64_t begin_import_run(Database& db, const ImportRunRecord& run) {
  SQLite::Statement insert(db.sql(),
                           "INSERT INTO import_runs (kind, file_name, file_size, sha256, source, "
                           "started_at, finished_at, rows_read, rows_imported, rows_duplicate, "
                           "rows_rejected, pay_unconverted, unknown_columns) "
                           "VALUES (?, ?, 0, ?, ?, ?, ?, 0, 0, 0, 0, 0, NULL)");
  insert.bind(1, run.kind);
  insert.bind(2, run.file_name);
  insert.bind(3, std::string(64, '0'));
  bind_text_or_null(insert, 4, run.source);
  insert.bind(5, run.started_at);
  insert.bind(6, run.started_at);
  insert.exec();
  return db.sql().getLastInsertRowid();
}

void finish_import_run(Database& db, std::int64_t import_id, const ImportRunRecord& run) {
  SQLite::Statement update(db.sql(),
                           "UPDATE import_runs SET file_size = ?, sha256 = ?, finished_at = ?, "
                           "rows_read = ?, rows_imported = ?, rows_duplicate = ?, "
                           "rows_rejected = ?, pay_unconverted = ?, unknown_columns = ? "
                           "WHERE import_id = ?");
  update.bind(1, run.file_size);
  update.bind(2, run.sha256);
  update.bind(3, run.finished_at);
  update.bind(4, run.rows_read);
  update.bind(5, run.rows_imported);
  update.bind(6, run.rows_duplicate);
  update.bind(7, run.rows_rejected);
  update.bind(8, run.pay_unconverted);
  bind_text_or_null(update, 9, run.unknown_columns);
  update.bind(10, import_id);
  update.exec();
}

void insert_import_reject(Database& db, std::int64_t import_id, std::size_t line,
                          const std::string& column, const std::string& reason,
                          const std::string& raw_record) {
  SQLite::Statement insert(db.sql(),
                           "INSERT INTO import_rejects (import_id, line, column_name, reason, "
                           "raw_record) VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, import_id);
  insert.bind(2, static_cast<std::int64_t>(line));
  bind_text_or_null(insert, 3, column);
  insert.bind(4, reason);
  if (find_text_problem(raw_record)) {  // records are bounded by the CSV reader's limit
    insert.bind(5, raw_record.data(), static_cast<int>(raw_record.size()));
  } else {
    insert.bind(5, raw_record);
  }
  insert.exec();
}

std::optional<PreviousImport> find_import_by_sha256(Database& db, const std::string& kind,
                                                    const std::string& sha256) {
  SQLite::Statement find(db.sql(),
                         "SELECT import_id, finished_at FROM import_runs "
                         "WHERE sha256 = ? AND kind = ? ORDER BY import_id LIMIT 1");
  find.bind(1, sha256);
  find.bind(2, kind);
  if (!find.executeStep()) return std::nullopt;
  return PreviousImport{find.getColumn(0).getInt64(), find.getColumn(1).getString()};
}

}  // namespace jobsight
