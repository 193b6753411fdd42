-- rejects: rejected rows for `jobsight rejects`: the newest import's first, each import's in file
-- order. :import_id NULL means every import; :limit NULL means no limit.
SELECT r.import_id, i.file_name, r.line, r.column_name AS "column", r.reason, r.raw_record
FROM import_rejects AS r
JOIN import_runs AS i ON i.import_id = r.import_id
WHERE :import_id IS NULL OR r.import_id = :import_id
ORDER BY r.import_id DESC, r.line, r.reject_id
LIMIT coalesce(:limit, -1);
