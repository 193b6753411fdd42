-- Shared: the salary observations inside the report's filters (an observation is dated January 1
-- of its work_year), with the period key chosen by :period. Observations carry no industry, so an
-- industry filter leaves them all out. Parameters are NULL-safe and the segments read as in
-- _scoped_postings.sql, with two differences: observations carry no skills, so a skill filter
-- leaves them all out, and their remote mode comes from remote_ratio (0 onsite, 1-99 hybrid,
-- 100 remote, NULL none, so a remote filter leaves those out).
SELECT
  o.*,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN o.quarter_key
    WHEN 'year' THEN o.year_key
    ELSE o.month_key
  END AS period
FROM salary_observations AS o
WHERE (:from IS NULL OR o.observed_date >= :from)
  AND (:to IS NULL OR o.observed_date <= :to)
  AND (:country IS NULL OR o.country_code = :country OR o.country_text = :country)
  AND (:region IS NULL OR o.region COLLATE NOCASE = :region)
  AND :industry IS NULL
  AND (:ai IS NULL OR o.is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, o.seniority) > 0)
  AND :skill_id IS NULL
  AND (:title IS NULL OR ' ' || o.title_words || ' ' LIKE '% ' || :title || ' %')
  AND (:remote IS NULL
       OR CASE WHEN o.remote_ratio = 0 THEN 'onsite'
               WHEN o.remote_ratio = 100 THEN 'remote'
               WHEN o.remote_ratio > 0 AND o.remote_ratio < 100 THEN 'hybrid'
          END = :remote)
  AND (:employment_types IS NULL
       OR instr(:employment_types,
          ',' || replace(replace(replace(lower(o.employment_type), ' ', ''), '-', ''), '_', '')
              || ',') > 0)
