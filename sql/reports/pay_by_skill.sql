-- pay-by-skill: annual USD pay of the paid, non-outlier postings that ask for each skill:
-- n, p25, median, p75 (linear interpolation, SPEC 3), mean, and premium_pct = how far the skill's
-- median lies above the median of all paid postings in the same filter. Skills with fewer than
-- :min_n paid postings (default 10) are left out. Sorted by median, highest first.
WITH paid AS (
  SELECT posting_id, pay_usd_annual AS pay
  FROM scoped_postings
  WHERE pay_usd_annual IS NOT NULL AND pay_outlier = 0
),
overall_ranked AS (
  SELECT pay, row_number() OVER (ORDER BY pay) - 1 AS i, count(*) OVER () AS n
  FROM paid
),
overall AS (
  SELECT
    max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) THEN pay END)
      + (0.5 * (n - 1) - CAST(0.5 * (n - 1) AS INTEGER))
      * (coalesce(max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) + 1 THEN pay END),
                  max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) THEN pay END))
         - max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) THEN pay END)) AS median
  FROM overall_ranked
),
ranked AS (
  SELECT
    ps.skill_id,
    paid.pay,
    row_number() OVER (PARTITION BY ps.skill_id ORDER BY paid.pay) - 1 AS i,
    count(*) OVER (PARTITION BY ps.skill_id) AS n
  FROM paid
  JOIN posting_skills AS ps ON ps.posting_id = paid.posting_id
),
-- For each percentile p: h = p * (n - 1); lo_p / hi_p are the values at ranks floor(h), floor(h)+1.
bounds AS (
  SELECT
    skill_id,
    n,
    avg(pay) AS mean,
    0.25 * (n - 1) AS h25,
    max(CASE WHEN i = CAST(0.25 * (n - 1) AS INTEGER) THEN pay END) AS lo25,
    max(CASE WHEN i = CAST(0.25 * (n - 1) AS INTEGER) + 1 THEN pay END) AS hi25,
    0.5 * (n - 1) AS h50,
    max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) THEN pay END) AS lo50,
    max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) + 1 THEN pay END) AS hi50,
    0.75 * (n - 1) AS h75,
    max(CASE WHEN i = CAST(0.75 * (n - 1) AS INTEGER) THEN pay END) AS lo75,
    max(CASE WHEN i = CAST(0.75 * (n - 1) AS INTEGER) + 1 THEN pay END) AS hi75
  FROM ranked
  GROUP BY skill_id, n
  HAVING n >= coalesce(:min_n, 10)
),
stats AS (
  SELECT
    skill_id,
    n,
    lo25 + (h25 - CAST(h25 AS INTEGER)) * (coalesce(hi25, lo25) - lo25) AS p25,
    lo50 + (h50 - CAST(h50 AS INTEGER)) * (coalesce(hi50, lo50) - lo50) AS median,
    lo75 + (h75 - CAST(h75 AS INTEGER)) * (coalesce(hi75, lo75) - lo75) AS p75,
    mean
  FROM bounds
)
SELECT
  s.name AS skill,
  s.category,
  stats.n,
  stats.p25,
  stats.median,
  stats.p75,
  stats.mean,
  100.0 * (stats.median / overall.median - 1) AS premium_pct
FROM stats
JOIN skills AS s ON s.skill_id = stats.skill_id
CROSS JOIN overall
ORDER BY stats.median DESC, s.name
