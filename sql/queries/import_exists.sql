-- import_exists: one row when import run :import_id exists, none otherwise.
SELECT 1 FROM import_runs WHERE import_id = :import_id;
