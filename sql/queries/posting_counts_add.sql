-- Adds the postings of import :import_id to posting_counts (migrations/0010_posting_counts.sql),
-- in the import's transaction; posting_counts_remove.sql takes them away again.
INSERT INTO posting_counts
SELECT
  month_key, quarter_key, year_key,
  coalesce(country_code, ''),
  CASE WHEN country_code IS NULL THEN coalesce(country_text, '') ELSE '' END,
  coalesce(region, ''), coalesce(industry, ''), seniority, is_ai, count(*)
FROM postings
WHERE import_id = :import_id
GROUP BY 1, 4, 5, 6, 7, 8, 9
ON CONFLICT (month_key, country_code, country_text, region, industry, seniority, is_ai)
DO UPDATE SET postings = postings + excluded.postings
