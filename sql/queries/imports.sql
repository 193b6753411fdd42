-- imports: import runs for `jobsight imports`, newest first (ids grow with every import);
-- :limit NULL lists them all. sha256_short is enough to tell files apart at a glance; options
-- are the --map, --set, --as-of, --date-order and --delimiter the import ran with.
SELECT import_id, kind, file_name, source, substr(sha256, 1, 12) AS sha256_short, started_at,
       finished_at, rows_read, rows_imported AS imported, rows_duplicate AS duplicates,
       rows_rejected AS rejected, pay_unconverted, options
FROM import_runs
ORDER BY import_id DESC
LIMIT coalesce(:limit, -1);
