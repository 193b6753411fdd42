-- Takes the postings of import :import_id out of posting_counts, before `imports delete` deletes
-- them (in the same transaction); posting_counts_prune.sql then drops the rows left at zero.
UPDATE posting_counts
SET postings = posting_counts.postings - removed.postings
FROM (
  SELECT
    month_key,
    coalesce(country_code, '') AS country_code,
    CASE WHEN country_code IS NULL THEN coalesce(country_text, '') ELSE '' END AS country_text,
    coalesce(region, '') AS region,
    coalesce(industry, '') AS industry,
    seniority,
    is_ai,
    count(*) AS postings
  FROM postings
  WHERE import_id = :import_id
  GROUP BY 1, 2, 3, 4, 5, 6, 7
) AS removed
WHERE posting_counts.month_key = removed.month_key
  AND posting_counts.country_code = removed.country_code
  AND posting_counts.country_text = removed.country_text
  AND posting_counts.region = removed.region
  AND posting_counts.industry = removed.industry
  AND posting_counts.seniority = removed.seniority
  AND posting_counts.is_ai = removed.is_ai
