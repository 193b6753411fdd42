-- Shared by the pay reports: the paid postings inside the filters whose pay is not an outlier
-- (SPEC 2.2), one row each: posting_id, seniority, is_ai, country_code, region, pay (annual
-- USD). These are the rows of `scoped_postings WHERE pay_usd_annual IS NOT NULL AND pay_outlier
-- = 0` (a test checks it for every way and many filters), read the way _paid_postings_way.sql
-- picks. An arm that does not scan tests only the filters its way leaves open, as
-- _scoped_postings.sql writes them; the way guarantees the others are NULL. Each says which
-- parameters its way needs one of (`-- only with`): the report_* views, where every parameter is
-- NULL and the way is 'scan', leave it out (src/storage/view_arms.hpp). Two rules make its
-- index reads exact:
-- - the levels and AI flags asked for are listed once (_asked_levels.sql, _asked_ai_flags.sql),
--   and SQLite reads the index for each; the row conditions of _scoped_postings.sql are tested
--   too;
-- - an ISO alpha-2 :country matches the postings with that country_code only, not also those
--   whose country as written is that code: a posting whose country is written as an alpha-2
--   code has that code (normalise/reference_data.cpp looks codes up first; a test checks every
--   code).
SELECT p.posting_id, p.seniority, p.is_ai, p.country_code, p.region, p.pay_usd_annual AS pay
FROM paid_postings_way AS w
CROSS JOIN scoped_postings AS p
WHERE w.way = 'scan' AND p.pay_usd_annual IS NOT NULL AND p.pay_outlier = 0
UNION ALL
-- only with :skill_id
SELECT p.posting_id, p.seniority, p.is_ai, p.country_code, p.region, p.pay_usd_annual
FROM paid_postings_way AS w
CROSS JOIN posting_skills AS ps
CROSS JOIN postings AS p
WHERE w.way = 'skill' AND ps.skill_id = :skill_id
  -- The posting as a range of one id, not `=`: SQLite then reads it from the covering
  -- postings_pay (a fifth of the table's size) instead of the table's row, which it prefers for
  -- `=` (BENCHMARKS.md, 2026-12-01).
  AND p.posting_id >= ps.posting_id AND p.posting_id <= ps.posting_id
  AND p.pay_usd_annual IS NOT NULL AND p.pay_outlier = 0
  AND (:from IS NULL OR p.posted_date >= :from)
  AND (:to IS NULL OR p.posted_date <= :to)
  AND (:country IS NULL OR p.country_code = :country)
  AND (:region IS NULL OR p.region COLLATE NOCASE = :region)
  AND (:ai IS NULL OR p.is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, p.seniority) > 0)
UNION ALL
-- only with :from, :to, :region, :ai or :levels
SELECT p.posting_id, p.seniority, p.is_ai, p.country_code, p.region, p.pay_usd_annual
FROM paid_postings_way AS w
CROSS JOIN postings AS p
WHERE w.way = 'segment' AND p.pay_usd_annual IS NOT NULL AND p.pay_outlier = 0
  AND p.seniority IN (SELECT level FROM asked_levels)
  AND p.is_ai IN (SELECT is_ai FROM asked_ai_flags)
  AND (:from IS NULL OR p.posted_date >= :from)
  AND (:to IS NULL OR p.posted_date <= :to)
  AND (:region IS NULL OR p.region COLLATE NOCASE = :region)
  AND (:ai IS NULL OR p.is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, p.seniority) > 0)
UNION ALL
-- only with :country
-- As 'segment', for one country, the dates written as a range of the index: no date the schema
-- allows (posted_date_is_iso_date) sorts before '' or after '9999-99-99'.
SELECT p.posting_id, p.seniority, p.is_ai, p.country_code, p.region, p.pay_usd_annual
FROM paid_postings_way AS w
CROSS JOIN postings AS p
WHERE w.way = 'country' AND p.pay_usd_annual IS NOT NULL AND p.pay_outlier = 0
  AND p.seniority IN (SELECT level FROM asked_levels)
  AND p.is_ai IN (SELECT is_ai FROM asked_ai_flags)
  AND p.country_code = :country
  AND p.posted_date >= coalesce(:from, '') AND p.posted_date <= coalesce(:to, '9999-99-99')
  AND (:region IS NULL OR p.region COLLATE NOCASE = :region)
  AND (:ai IS NULL OR p.is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, p.seniority) > 0)
