-- ai-premium: per seniority level and for all levels, median and mean annual USD pay of AI and
-- other roles, and the AI median's premium over the other roles' median in percent.
WITH paid AS (
  SELECT seniority, is_ai, pay FROM postings WHERE {{filter}} AND pay IS NOT NULL AND NOT pay_outlier
),
stats AS (
  SELECT coalesce(seniority, 'all') AS level, GROUPING(seniority) AS total,
         count(*) FILTER (is_ai) AS ai_n, median(pay) FILTER (is_ai) AS ai_median,
         avg(pay) FILTER (is_ai) AS ai_mean,
         count(*) FILTER (NOT is_ai) AS other_n, median(pay) FILTER (NOT is_ai) AS other_median,
         avg(pay) FILTER (NOT is_ai) AS other_mean
  FROM paid GROUP BY ROLLUP (seniority)
)
SELECT level, ai_n, CASE WHEN ai_n >= 10 THEN ai_median END AS ai_median, ai_mean,
       other_n, CASE WHEN other_n >= 10 THEN other_median END AS other_median, other_mean,
       CASE WHEN ai_n >= 10 AND other_n >= 10 THEN 100.0 * (ai_median / other_median - 1) END
         AS premium_pct
FROM stats
ORDER BY total, CASE level WHEN 'intern' THEN 1 WHEN 'entry' THEN 2 WHEN 'mid' THEN 3
  WHEN 'senior' THEN 4 WHEN 'lead' THEN 5 ELSE 6 END
