-- pay-by-region: annual USD pay per UN M49 sub-region, or per country (ISO alpha-2) with
-- :by = 'country', from postings, observations or both (:source): n, p25, median, p75, mean,
-- vs_us_pct (the group's median against the median of all United States pay in the same filter;
-- NULL when the US has fewer than :min_n figures there), and how many figures came from each
-- source. Pay without a known country is left out, and so are groups with fewer than :min_n
-- figures (default 10). Sorted by median, highest first.
WITH pay_groups AS (
  SELECT
    CASE coalesce(:by, 'region') WHEN 'country' THEN country_code ELSE region END AS grp,
    pay_source,
    pay
  FROM scoped_pay
  WHERE (CASE coalesce(:by, 'region') WHEN 'country' THEN country_code ELSE region END) IS NOT NULL
  UNION ALL
  -- The yardstick: all US pay, under a key no region or country code can take.
  SELECT '(US)', pay_source, pay
  FROM scoped_pay
  WHERE country_code = 'US'
)
SELECT
  s.grp AS region,
  s.n,
  s.p25,
  s.median,
  s.p75,
  s.mean,
  100.0 * (s.median / (SELECT median FROM pay_stats WHERE grp = '(US)') - 1) AS vs_us_pct,
  s.postings_n,
  s.observations_n
FROM pay_stats AS s
WHERE s.grp <> '(US)'
ORDER BY s.median DESC, s.grp
