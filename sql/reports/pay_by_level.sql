-- pay-by-level: annual USD pay per seniority level from postings, observations or both
-- (:source): n, p25, median, p75, p90, mean, and how many figures came from each source
-- (statistics as in _pay_stats.sql; levels with fewer than :min_n figures left out).
WITH pay_grouping AS (
  -- The key of the statistics kept_pay_stats holds for this report (_pay_stats.sql).
  SELECT 'pay-by-level' || segment AS report_grouping
  FROM kept_pay_segment
),
pay_groups AS (
  SELECT seniority AS grp, pay_source, pay, seniority, is_ai
  FROM scoped_pay
)
SELECT
  grp AS level,
  n,
  p25,
  p25_ci_low, p25_ci_high, -- ci
  median,
  median_ci_low, median_ci_high, -- ci
  p75,
  p75_ci_low, p75_ci_high, -- ci
  p90,
  p90_ci_low, p90_ci_high, -- ci
  mean,
  mean_sq AS _mean_sq, -- ci
  postings_n,
  observations_n
FROM pay_stats
ORDER BY CASE grp
  WHEN 'intern' THEN 1 WHEN 'entry' THEN 2 WHEN 'mid' THEN 3
  WHEN 'senior' THEN 4 WHEN 'lead' THEN 5 ELSE 6
END
