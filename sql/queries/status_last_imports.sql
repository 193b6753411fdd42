-- status_last_imports: the latest :limit import runs for `jobsight status`, newest first.
SELECT import_id, kind, file_name, finished_at, rows_imported AS imported
FROM import_runs
ORDER BY import_id DESC
LIMIT :limit;
