-- Shared by the pay reports: one row per annual USD pay figure inside the filters, from postings,
-- salary observations or both (:source, default both). Outliers (SPEC 2.2) are left out.
SELECT 'postings' AS pay_source, seniority, is_ai, country_code, region, pay
FROM paid_postings
WHERE coalesce(:source, 'both') IN ('postings', 'both')
UNION ALL
SELECT 'observations', seniority, is_ai, country_code, region, pay_usd_annual
FROM scoped_observations
WHERE pay_usd_annual IS NOT NULL AND pay_outlier = 0
  AND coalesce(:source, 'both') IN ('observations', 'both')
