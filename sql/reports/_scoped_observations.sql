-- Shared: the salary observations inside the report's filters (an observation is dated January 1
-- of its work_year), with the period key chosen by :period. Observations carry no industry, so an
-- industry filter leaves them all out. Parameters are NULL-safe as in _scoped_postings.sql.
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
  AND (:region IS NULL OR o.region = :region COLLATE NOCASE)
  AND :industry IS NULL
