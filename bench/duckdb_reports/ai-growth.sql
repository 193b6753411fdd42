-- ai-growth: per industry, AI and other postings in the latest year of the filter against the
-- year before, with their growth in percent.
WITH scoped AS (SELECT industry, year, is_ai FROM postings WHERE {{filter}}),
target AS (SELECT max(year) AS year FROM scoped),
grouped AS (
  SELECT s.industry,
         count(*) FILTER (s.year = t.year - 1 AND s.is_ai) AS ai_prev,
         count(*) FILTER (s.year = t.year AND s.is_ai) AS ai_now,
         count(*) FILTER (s.year = t.year - 1 AND NOT s.is_ai) AS other_prev,
         count(*) FILTER (s.year = t.year AND NOT s.is_ai) AS other_now
  FROM scoped AS s CROSS JOIN target AS t
  WHERE s.year IN (t.year - 1, t.year)
  GROUP BY s.industry
)
SELECT g.industry, t.year, g.ai_prev, g.ai_now,
       CASE WHEN g.ai_prev > 0 THEN 100.0 * (g.ai_now - g.ai_prev) / g.ai_prev END AS ai_growth_pct,
       g.other_prev, g.other_now,
       CASE WHEN g.other_prev > 0 THEN 100.0 * (g.other_now - g.other_prev) / g.other_prev END
         AS other_growth_pct
FROM grouped AS g CROSS JOIN target AS t
WHERE g.industry IS NOT NULL AND g.ai_prev + g.ai_now >= 10
ORDER BY ai_growth_pct DESC NULLS LAST, g.industry
