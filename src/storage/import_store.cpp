#include "storage/import_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "csv/text_check.hpp"
#include "storage/database_failure.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/kept_pay_stats.hpp"
#include "storage/posting_store.hpp"
#include "storage/sqlite_connection.hpp"
#include "storage/statement_helpers.hpp"
#include "storage/write_transaction.hpp"

namespace jobsight {

std::int64_t begin_import_run(Database& db, const ImportRunRecord& run) {
  return with_database_errors(db, [&] {
    SQLite::Statement insert(
        sqlite_of(db),
        "INSERT INTO import_runs (kind, file_name, file_size, sha256, source, started_at, "
        "finished_at, rows_read, rows_imported, rows_duplicate, rows_rejected, pay_unconverted, "
        "unknown_columns) "
        "VALUES (:kind, :file_name, 0, :sha256, :source, :started_at, :started_at, 0, 0, 0, 0, 0, "
        "NULL)");
    Parameter(insert, ":kind").bind(run.kind);
    Parameter(insert, ":file_name").bind(run.file_name);
    Parameter(insert, ":sha256").bind(std::string(64, '0'));  // until the whole file is read
    Parameter(insert, ":source").bind_text_or_null(run.source);
    Parameter(insert, ":started_at").bind(run.started_at);
    insert.exec();
    return sqlite_of(db).getLastInsertRowid();
  });
}

void finish_import_run(Database& db, std::int64_t import_id, const ImportRunRecord& run) {
  with_database_errors(db, [&] {
    // posting_counts and skill_counts have the run's postings already (store_counts).
    sqlite_of(db).exec(std::string(embedded_query("industry_counts_refresh")));
    if (run.rows_imported > 0) mark_kept_pay_stats_stale(db);
    SQLite::Statement update(
        sqlite_of(db),
        "UPDATE import_runs SET file_size = :file_size, sha256 = :sha256, "
        "finished_at = :finished_at, rows_read = :rows_read, rows_imported = :rows_imported, "
        "rows_duplicate = :rows_duplicate, rows_rejected = :rows_rejected, "
        "pay_unconverted = :pay_unconverted, unknown_columns = :unknown_columns, "
        "options = :options "
        "WHERE import_id = :import_id");
    Parameter(update, ":file_size").bind(run.file_size);
    Parameter(update, ":sha256").bind(run.sha256);
    Parameter(update, ":finished_at").bind(run.finished_at);
    Parameter(update, ":rows_read").bind(run.rows_read);
    Parameter(update, ":rows_imported").bind(run.rows_imported);
    Parameter(update, ":rows_duplicate").bind(run.rows_duplicate);
    Parameter(update, ":rows_rejected").bind(run.rows_rejected);
    Parameter(update, ":pay_unconverted").bind(run.pay_unconverted);
    Parameter(update, ":unknown_columns").bind_text_or_null(run.unknown_columns);
    Parameter(update, ":options").bind_text_or_null(run.options);
    Parameter(update, ":import_id").bind(import_id);
    update.exec();
  });
}

void insert_import_reject(Database& db, std::int64_t import_id, std::size_t line,
                          const std::string& column, const std::string& reason,
                          const std::string& raw_record) {
  with_database_errors(db, [&] {
    SQLite::Statement insert(sqlite_of(db),
                             "INSERT INTO import_rejects (import_id, line, column_name, reason, "
                             "raw_record) VALUES (:import_id, :line, :column_name, :reason, "
                             ":raw_record)");
    Parameter(insert, ":import_id").bind(import_id);
    Parameter(insert, ":line").bind(line);
    Parameter(insert, ":column_name").bind_text_or_null(column);
    Parameter(insert, ":reason").bind(reason);
    const int raw = insert.getIndex(":raw_record");
    if (find_text_problem(raw_record)) {  // records are bounded by the CSV reader's limit
      insert.bind(raw, raw_record.data(), static_cast<int>(raw_record.size()));
    } else {
      insert.bind(raw, raw_record);
    }
    insert.exec();
  });
}

std::optional<PreviousImport> find_import_by_sha256(Database& db, const std::string& kind,
                                                    const std::string& sha256) {
  return with_database_errors(db, [&]() -> std::optional<PreviousImport> {
    SQLite::Statement find(sqlite_of(db),
                           "SELECT import_id, finished_at FROM import_runs "
                           "WHERE sha256 = :sha256 AND kind = :kind AND rows_imported > 0 "
                           "ORDER BY import_id LIMIT 1");
    Parameter(find, ":sha256").bind(sha256);
    Parameter(find, ":kind").bind(kind);
    if (!find.executeStep()) return std::nullopt;
    return PreviousImport{find.getColumn(0).getInt64(), find.getColumn(1).getString()};
  });
}

std::optional<ImportRemoval> remove_import_run(Database& db, std::int64_t import_id) {
  WriteTransaction transaction(db);
  std::optional<ImportRemoval> removed =
      with_database_errors(db, [&]() -> std::optional<ImportRemoval> {
        SQLite::Database& sql = sqlite_of(db);
        SQLite::Statement run(
            sql, "SELECT kind, file_name FROM import_runs WHERE import_id = :import_id");
        Parameter(run, ":import_id").bind(import_id);
        if (!run.executeStep()) return std::nullopt;
        ImportRemoval removal;
        removal.kind = run.getColumn(0).getString();
        removal.file_name = run.getColumn(1).getString();
        run.reset();
        // Each statement removes one kind of row of the run; its change count is what it removed.
        auto remove = [&](const char* statement) {
          SQLite::Statement step(sql, statement);
          if (step.getIndex(":import_id") != 0) Parameter(step, ":import_id").bind(import_id);
          return static_cast<std::int64_t>(step.exec());
        };
        sql.exec(kCreatePostingsOut);
        remove(
            "INSERT INTO temp.postings_out SELECT posting_id, company_id FROM postings "
            "WHERE import_id = :import_id");
        const PostingsTakenOut out = take_out_postings(sql);
        sql.exec(std::string(embedded_query("industry_counts_refresh")));
        removal.skill_links = out.skill_links;
        removal.postings = out.postings;
        removal.companies = out.companies;
        removal.new_skills = out.new_skills;
        removal.observations =
            remove("DELETE FROM salary_observations WHERE import_id = :import_id");
        removal.rejected_rows = remove("DELETE FROM import_rejects WHERE import_id = :import_id");
        remove("DELETE FROM import_runs WHERE import_id = :import_id");
        mark_kept_pay_stats_stale(db);
        return removal;
      });
  if (removed) transaction.commit();
  return removed;
}

}  // namespace jobsight
