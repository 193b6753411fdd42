-- status: the overview of `jobsight status`, one (item, value) row per fact in display order.
-- :database is the database file name, :binary_schema_version and :jobsight_version describe the
-- running binary. Counts are integers; dates are YYYY-MM-DD text, NULL when there is nothing to
-- date (observations are dated January 1 of their work_year, SPEC 4).
WITH items (position, item, value) AS (
  VALUES
    (1, 'database', :database),
    (2, 'schema_version', (SELECT user_version FROM pragma_user_version)),
    (3, 'binary_schema_version', :binary_schema_version),
    (4, 'jobsight_version', :jobsight_version),
    (5, 'postings', (SELECT count(*) FROM postings)),
    (6, 'postings_first_date', (SELECT min(posted_date) FROM postings)),
    (7, 'postings_last_date', (SELECT max(posted_date) FROM postings)),
    (8, 'salary_observations', (SELECT count(*) FROM salary_observations)),
    (9, 'observations_first_date', (SELECT min(observed_date) FROM salary_observations)),
    (10, 'observations_last_date', (SELECT max(observed_date) FROM salary_observations)),
    (11, 'skills', (SELECT count(*) FROM skills)),
    (12, 'skills_in_taxonomy', (SELECT count(*) FROM skills WHERE from_taxonomy = 1)),
    (13, 'skills_found_in_imports', (SELECT count(*) FROM skills WHERE from_taxonomy = 0)),
    (14, 'companies', (SELECT count(*) FROM companies)),
    (15, 'import_runs', (SELECT count(*) FROM import_runs)),
    (16, 'rejected_rows', (SELECT count(*) FROM import_rejects)),
    -- Pay kept but left out of pay reports (SPEC 2.2), postings and observations together.
    (17, 'pay_outliers', (SELECT count(*) FROM postings WHERE pay_outlier = 1)
                         + (SELECT count(*) FROM salary_observations WHERE pay_outlier = 1))
)
SELECT item, value FROM items ORDER BY position;
