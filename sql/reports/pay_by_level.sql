-- pay-by-level: annual USD pay per seniority level from postings, observations or both
-- (:source): n, p25, median, p75, p90, mean, and how many figures came from each source
-- (statistics as in _pay_stats.sql; levels with fewer than :min_n figures left out).
WITH pay_groups AS (
  SELECT seniority AS grp, pay_source, pay
  FROM scoped_pay
)
SELECT
  grp AS level,
  n,
  p25,
  median,
  p75,
  p90,
  mean,
  postings_n,
  observations_n
FROM pay_stats
ORDER BY CASE grp
  WHEN 'intern' THEN 1 WHEN 'entry' THEN 2 WHEN 'mid' THEN 3
  WHEN 'senior' THEN 4 WHEN 'lead' THEN 5 ELSE 6
END
