-- ai-premium: per seniority level, then a last row `all` for all levels together: how many annual
-- USD pay figures AI roles (SPEC 2.4) and all other roles have (ai_n, other_n), each group's
-- median and mean (statistics as in _pay_stats.sql; a median is left empty when its group has
-- fewer than :min_n figures, default 10), and premium_pct = how far the AI median lies above
-- (or below) the other roles' median at the same level, in percent, in the same filters. Pay
-- comes from postings, observations or both (:source, as in _scoped_pay.sql). Under --ci the
-- premium's interval is SPEC 3.1's [lo_ai/hi_other − 1, hi_ai/lo_other − 1] from each median's
-- interval at √C: the groups are disjoint.
WITH pay_grouping AS (
  -- The key of the statistics kept_pay_stats holds for this report (_pay_stats.sql).
  SELECT 'ai-premium' || segment AS report_grouping
  FROM kept_pay_segment
),
-- Each figure under its level and under 'all': one pass over the pay, each figure met twice
-- (copy 0 and 1; a UNION ALL would read the pay twice).
pay_groups AS (
  SELECT
    CASE WHEN copies.copy = 0 THEN seniority ELSE 'all' END
      || CASE is_ai WHEN 1 THEN ' ai' ELSE ' other' END AS grp,
    pay_source,
    pay,
    seniority,
    is_ai
  FROM scoped_pay
  CROSS JOIN (SELECT 0 AS copy UNION ALL SELECT 1) AS copies
),
-- Each group's figures, however few: 'senior ai' is level senior, AI roles.
group_sizes AS (
  SELECT
    CASE WHEN grp LIKE '% ai' THEN substr(grp, 1, length(grp) - 3)
         ELSE substr(grp, 1, length(grp) - 6) END AS level,
    CASE WHEN grp LIKE '% ai' THEN n ELSE 0 END AS ai_n,
    CASE WHEN grp LIKE '% ai' THEN 0 ELSE n END AS other_n
  FROM pay_group_sizes
),
levels AS (
  SELECT
    level,
    CASE level
      WHEN 'intern' THEN 1 WHEN 'entry' THEN 2 WHEN 'mid' THEN 3
      WHEN 'senior' THEN 4 WHEN 'lead' THEN 5 WHEN 'all' THEN 7 ELSE 6
    END AS position,
    sum(ai_n) AS ai_n,
    sum(other_n) AS other_n
  FROM group_sizes
  GROUP BY level
)
SELECT
  l.level,
  l.ai_n,
  ai.median AS ai_median,
  ai.median_ci_low AS ai_median_ci_low, ai.median_ci_high AS ai_median_ci_high, -- ci
  ai.mean AS ai_mean,
  ai.mean_sq AS _ai_mean_sq, -- ci
  l.other_n,
  other.median AS other_median,
  other.median_ci_low AS other_median_ci_low, other.median_ci_high AS other_median_ci_high, -- ci
  other.mean AS other_mean,
  other.mean_sq AS _other_mean_sq, -- ci
  100.0 * (ai.median_pc_low / other.median_pc_high - 1) AS premium_pct_ci_low, -- ci
  100.0 * (ai.median_pc_high / other.median_pc_low - 1) AS premium_pct_ci_high, -- ci
  100.0 * (ai.median / other.median - 1) AS premium_pct
FROM levels AS l
LEFT JOIN pay_stats AS ai ON ai.grp = l.level || ' ai'
LEFT JOIN pay_stats AS other ON other.grp = l.level || ' other'
WHERE l.ai_n + l.other_n > 0
ORDER BY l.position
