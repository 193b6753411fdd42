-- The UN M49 sub-regions `--region` can name, each once.
SELECT DISTINCT region FROM countries WHERE region IS NOT NULL
