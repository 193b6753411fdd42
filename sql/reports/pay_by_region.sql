-- pay-by-region: annual USD pay per UN M49 sub-region, or per country (ISO alpha-2) with
-- :by = 'country', from postings, observations or both (:source): n, p25, median, p75, mean,
-- vs_us_pct (the group's median against the median of United States pay in the same filter),
-- and how many figures came from each source. Pay without a known country is left out, and so
-- are groups with fewer than :min_n figures (default 10). Sorted by median, highest first.
WITH grouped AS (
  SELECT
    CASE coalesce(:by, 'region') WHEN 'country' THEN country_code ELSE region END AS grp,
    pay_source,
    pay
  FROM scoped_pay
),
ranked AS (
  SELECT
    grp,
    pay_source,
    pay,
    row_number() OVER (PARTITION BY grp ORDER BY pay) - 1 AS i,
    count(*) OVER (PARTITION BY grp) AS n
  FROM grouped
  WHERE grp IS NOT NULL
),
us_ranked AS (
  SELECT pay, row_number() OVER (ORDER BY pay) - 1 AS i, count(*) OVER () AS n
  FROM scoped_pay
  WHERE country_code = 'US'
),
us AS (
  SELECT
    max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) THEN pay END)
      + (0.5 * (n - 1) - CAST(0.5 * (n - 1) AS INTEGER))
      * (coalesce(max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) + 1 THEN pay END),
                  max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) THEN pay END))
         - max(CASE WHEN i = CAST(0.5 * (n - 1) AS INTEGER) THEN pay END)) AS median
  FROM us_ranked
),
bounds AS (
  SELECT
    grp,
    n,
    avg(pay) AS mean,
    sum(pay_source = 'postings') AS postings_n,
    sum(pay_source = 'observations') AS observations_n,
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
  GROUP BY grp, n
  HAVING n >= coalesce(:min_n, 10)
),
stats AS (
  SELECT
    grp,
    n,
    lo25 + (h25 - CAST(h25 AS INTEGER)) * (coalesce(hi25, lo25) - lo25) AS p25,
    lo50 + (h50 - CAST(h50 AS INTEGER)) * (coalesce(hi50, lo50) - lo50) AS median,
    lo75 + (h75 - CAST(h75 AS INTEGER)) * (coalesce(hi75, lo75) - lo75) AS p75,
    mean,
    postings_n,
    observations_n
  FROM bounds
)
SELECT
  stats.grp AS region,
  stats.n,
  stats.p25,
  stats.median,
  stats.p75,
  stats.mean,
  100.0 * (stats.median / us.median - 1) AS vs_us_pct,
  stats.postings_n,
  stats.observations_n
FROM stats
CROSS JOIN us
ORDER BY stats.median DESC, stats.grp
