-- Shared by every report: the postings inside the report's filters, with the period key chosen
-- by :period. Every parameter is NULL-safe: NULL means "no filter" (or the default, month), which
-- is how the report_* views, made from these files with every parameter replaced by NULL, see all
-- data. :country is an ISO alpha-2 code or, for countries outside the ISO list, the text as given.
SELECT
  p.*,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN p.quarter_key
    WHEN 'year' THEN p.year_key
    ELSE p.month_key
  END AS period
FROM postings AS p
WHERE (:from IS NULL OR p.posted_date >= :from)
  AND (:to IS NULL OR p.posted_date <= :to)
  AND (:country IS NULL OR p.country_code = :country OR p.country_text = :country)
  AND (:region IS NULL OR p.region = :region COLLATE NOCASE)
  AND (:industry IS NULL OR p.industry = :industry COLLATE NOCASE)
