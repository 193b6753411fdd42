-- pay-by-region: annual USD pay per UN M49 sub-region, or per country (ISO alpha-2) with
-- :by = 'country', from postings, observations or both (:source): n, p25, median, p75, mean,
-- vs_us_pct (the group's median against the median of all United States pay in the same filter;
-- NULL when the US has fewer than :min_n figures there), and how many figures came from each
-- source. Pay without a known country is left out, and so are groups with fewer than :min_n
-- figures (default 10). Sorted by median, highest first.
WITH pay_grouping AS (
  -- The key of the statistics kept_pay_stats holds for this report (_pay_stats.sql).
  -- As pay_groups reads :by: country, or else region. One skill's are kept by region only,
  -- from a read of every skill's figures (_scoped_pay_skills.sql): its groups are places, which
  -- pay-by-skill's figures of a skill are not split by (_kept_pay_segment.sql). A read by
  -- country too would cost the recomputation as much again (BENCHMARKS.md).
  SELECT CASE WHEN :skill_id IS NULL OR coalesce(:by, 'region') <> 'country' THEN
           'pay-by-region by '
           || CASE coalesce(:by, 'region') WHEN 'country' THEN 'country' ELSE 'region' END
           || segment
         END AS report_grouping
  FROM kept_pay_segment
),
-- Each figure under its region or country, and US pay once more as the yardstick, under a key no
-- region or country code can take: one pass over the pay, each figure met twice (copy 0 and 1).
-- Two passes (a UNION ALL) read the pay twice, and SQLite looked the US figures up through the
-- country index, one table row each: 0.68 s instead of 0.24 s for --level senior at 1M postings.
pay_groups AS (
  SELECT
    CASE WHEN copies.copy = 1 THEN '(US)'
      WHEN coalesce(:by, 'region') = 'country' THEN country_code
      ELSE region
    END AS grp,
    pay_source,
    pay,
    seniority,
    is_ai,
    skill_id
  FROM scoped_pay
  CROSS JOIN (SELECT 0 AS copy UNION ALL SELECT 1) AS copies
  WHERE (copies.copy = 0
         AND (CASE coalesce(:by, 'region') WHEN 'country' THEN country_code ELSE region END)
             IS NOT NULL)
    OR (copies.copy = 1 AND country_code = 'US')
)
SELECT
  s.grp AS region,
  s.n,
  s.p25,
  s.p25_ci_low, s.p25_ci_high, -- ci
  s.median,
  s.median_ci_low, s.median_ci_high, -- ci
  s.p75,
  s.p75_ci_low, s.p75_ci_high, -- ci
  s.mean,
  s.mean_sq AS _mean_sq, -- ci
  100.0 * (s.median / us.median - 1) AS vs_us_pct,
  100.0 * (s.median_pc_low / us.median_pc_high - 1) AS vs_us_pct_ci_low, -- ci
  100.0 * (s.median_pc_high / us.median_pc_low - 1) AS vs_us_pct_ci_high, -- ci
  us.n AS _us_n, -- ci
  s.postings_n,
  s.observations_n
FROM pay_stats AS s
LEFT JOIN pay_stats AS us ON us.grp = '(US)'
WHERE s.grp <> '(US)'
ORDER BY s.median DESC, s.grp
