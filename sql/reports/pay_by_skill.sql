-- pay-by-skill: annual USD pay of the paid, non-outlier postings that ask for each skill: n, p25,
-- median, p75, mean (statistics as in _pay_stats.sql), and premium_pct = how far the skill's
-- median lies above the median of all paid postings in the same filter. Skills with fewer than
-- :min_n paid postings (default 10) are left out. Sorted by median, highest first.
WITH pay_grouping AS (
  -- The key of the statistics kept_pay_stats holds for this report (_pay_stats.sql); none for
  -- one skill, whose groups are the other skills its postings ask for (_kept_pay_segment.sql).
  SELECT CASE WHEN :skill_id IS NULL THEN 'pay-by-skill' || segment END AS report_grouping
  FROM kept_pay_segment
),
-- The paid postings inside the filters, read the way _paid_postings_way.sql picks (through an
-- index for a country, a skill or a segment) rather than by reading every paid posting.
paid AS (
  SELECT posting_id, pay, seniority, is_ai
  FROM paid_postings
),
pay_groups AS (
  SELECT ps.skill_id AS grp, 'postings' AS pay_source, paid.pay, paid.seniority, paid.is_ai
  FROM paid
  JOIN posting_skills AS ps ON ps.posting_id = paid.posting_id
  UNION ALL
  -- The yardstick: every paid posting, under a key no skill id can take.
  SELECT 0, 'postings', pay, seniority, is_ai
  FROM paid
)
SELECT
  k.name AS skill,
  k.category,
  s.n,
  s.p25,
  s.p25_ci_low, s.p25_ci_high, -- ci
  s.median,
  s.median_ci_low, s.median_ci_high, -- ci
  s.p75,
  s.p75_ci_low, s.p75_ci_high, -- ci
  s.mean,
  s.mean_sq AS _mean_sq, -- ci
  100.0 * (s.median_pc_low / overall.median_pc_high - 1) AS premium_pct_ci_low, -- ci
  100.0 * (s.median_pc_high / overall.median_pc_low - 1) AS premium_pct_ci_high, -- ci
  overall.n AS _overall_n, -- ci
  100.0 * (s.median / overall.median - 1) AS premium_pct
FROM pay_stats AS s
-- kept_pay_stats holds the skill's id as text.
JOIN skills AS k ON k.skill_id = CAST(s.grp AS INTEGER)
CROSS JOIN (
  SELECT
    median_pc_low, median_pc_high, -- ci
    n,
    median
  FROM pay_stats
  WHERE CAST(grp AS INTEGER) = 0
) AS overall
-- lower(): skills.name is COLLATE NOCASE, which SQLite orders by and DuckDB does not know.
ORDER BY s.median DESC, lower(k.name)
