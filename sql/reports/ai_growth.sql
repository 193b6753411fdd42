-- ai-growth: per industry (or per country, ISO alpha-2, with :by = 'country'), AI postings in year
-- :year (default: the latest year with postings in the filter) against the year before, with the
-- growth of AI and of all other postings in percent (NULL when the year before had none). Groups
-- with fewer than :min_n AI postings over the two years (default 10) are left out, as are postings
-- without an industry (or country). Sorted by AI growth, highest first. Both years count January
-- to through_month, the last month the database has postings for in :year (12 for a whole year),
-- so that a year still under way is compared with the same months of the year before.
-- By industry unless :by says country; declared here (src/storage/report_sql.cpp reads it) so that
-- the shared fragments, the view and the canned query, which leave :by NULL, group by industry:
-- default :by = 'industry'
WITH chosen AS (
  SELECT coalesce(:year, (SELECT max(CAST(year_key AS INTEGER)) FROM counted_postings)) AS year
),
-- The last month the database has postings for in that year (whatever the filters): a year still
-- under way is compared with the same months of the year before, not with all twelve.
target AS (
  SELECT
    c.year,
    -- The latest month key of the year, found through posting_counts' key (which leads with
    -- month_key) rather than by reading every row.
    coalesce(CAST(substr((SELECT max(month_key) FROM posting_counts
                          WHERE month_key BETWEEN CAST(c.year AS TEXT) || '-01'
                                              AND CAST(c.year AS TEXT) || '-12'), 6, 2)
                  AS INTEGER), 12) AS through_month
  FROM chosen AS c
),
grouped AS (
  SELECT
    CASE :by WHEN 'country' THEN p.country_code ELSE p.industry END AS grp,
    sum(CASE WHEN CAST(p.year_key AS INTEGER) = t.year - 1 AND p.is_ai = 1
      THEN p.postings ELSE 0 END) AS ai_prev,
    sum(CASE WHEN CAST(p.year_key AS INTEGER) = t.year AND p.is_ai = 1
      THEN p.postings ELSE 0 END) AS ai_now,
    sum(CASE WHEN CAST(p.year_key AS INTEGER) = t.year - 1 AND p.is_ai = 0
      THEN p.postings ELSE 0 END) AS other_prev,
    sum(CASE WHEN CAST(p.year_key AS INTEGER) = t.year AND p.is_ai = 0
      THEN p.postings ELSE 0 END) AS other_now
  FROM counted_postings AS p
  CROSS JOIN target AS t
  WHERE CAST(p.year_key AS INTEGER) IN (t.year - 1, t.year)
    AND CAST(substr(p.month_key, 6, 2) AS INTEGER) <= t.through_month
  GROUP BY grp
)
SELECT
  g.grp AS industry,
  t.year,
  t.through_month,
  g.ai_prev AS ai_postings_prev,
  g.ai_now AS ai_postings,
  CASE WHEN g.ai_prev > 0 THEN 100.0 * (g.ai_now - g.ai_prev) / g.ai_prev END AS ai_growth_pct,
  g.other_prev AS other_postings_prev,
  g.other_now AS other_postings,
  CASE WHEN g.other_prev > 0
    THEN 100.0 * (g.other_now - g.other_prev) / g.other_prev
  END AS other_growth_pct
FROM grouped AS g
CROSS JOIN target AS t
WHERE g.grp IS NOT NULL AND g.ai_prev + g.ai_now >= coalesce(:min_n, 10)
ORDER BY ai_growth_pct DESC NULLS LAST, g.grp
