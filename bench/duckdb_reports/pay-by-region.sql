-- pay-by-region: n, p25, median, p75, mean of annual USD pay per sub-region, and the median
-- against the median of all US pay in the same filter.
WITH paid AS (
  SELECT region, country, pay FROM postings
  WHERE {{filter}} AND pay IS NOT NULL AND NOT pay_outlier
),
us AS (SELECT median(pay) AS median, count(*) AS n FROM paid WHERE country = 'US'),
per_region AS (
  SELECT region, count(*) AS n, quantile_cont(pay, 0.25) AS p25, median(pay) AS median,
         quantile_cont(pay, 0.75) AS p75, avg(pay) AS mean
  FROM paid WHERE region IS NOT NULL
  GROUP BY region HAVING count(*) >= 10
)
SELECT r.*, CASE WHEN us.n >= 10 THEN 100.0 * (r.median / us.median - 1) END AS vs_us_pct
FROM per_region AS r CROSS JOIN us
ORDER BY r.median DESC, r.region
