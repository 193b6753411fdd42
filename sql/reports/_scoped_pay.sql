-- Shared by the pay reports: one row per annual USD pay figure inside the filters, from postings,
-- salary observations or both (:source, default both). Outliers (SPEC 2.2) are left out.
-- skill_id is NULL here; the variant _scoped_pay_skills.sql gives each figure once per skill.
--
-- The observations are those of scoped_observations, read two ways as _paid_postings_way.sql
-- picks: for its 'country' way (one ISO alpha-2 :country, and no industry, title, remote mode,
-- employment type or skill) that country's through salary_observations_by_country (migrations/
-- 0021), testing the filters that way leaves open (the dates as scoped_observations writes
-- them); otherwise by scoped_observations, testing every observation. The index read is exact
-- because an observation whose country is written as an alpha-2 code has that code (as for
-- postings: _paid_postings.sql); a test checks both ways give the same rows.
SELECT 'postings' AS pay_source, seniority, is_ai, country_code, region, pay, NULL AS skill_id
FROM paid_postings
WHERE coalesce(:source, 'both') IN ('postings', 'both')
UNION ALL
SELECT 'observations', o.seniority, o.is_ai, o.country_code, o.region, o.pay_usd_annual, NULL
FROM paid_postings_way AS w
CROSS JOIN scoped_observations AS o
WHERE w.way <> 'country' AND o.pay_usd_annual IS NOT NULL AND o.pay_outlier = 0
  AND coalesce(:source, 'both') IN ('observations', 'both')
UNION ALL
-- only with :country
SELECT 'observations', o.seniority, o.is_ai, o.country_code, o.region, o.pay_usd_annual, NULL
FROM paid_postings_way AS w
CROSS JOIN salary_observations AS o
WHERE w.way = 'country' AND o.country_code = :country
  AND (:from IS NULL OR o.observed_date >= :from)
  AND (:to IS NULL OR o.observed_date <= :to)
  AND o.pay_usd_annual IS NOT NULL AND o.pay_outlier = 0
  AND coalesce(:source, 'both') IN ('observations', 'both')
  AND (:region IS NULL OR o.region COLLATE NOCASE = :region)
  AND (:ai IS NULL OR o.is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, o.seniority) > 0)
