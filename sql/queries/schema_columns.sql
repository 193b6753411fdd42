-- The database's own tables and views with their columns, in order (datasette-metadata): one row
-- per column, (kind, object, column).
SELECT m.type AS kind, m.name AS object, c.name AS column_name
FROM sqlite_master AS m
JOIN pragma_table_info(m.name) AS c
WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.type, m.name, c.cid
