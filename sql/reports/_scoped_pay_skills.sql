-- The variant of _scoped_pay.sql that report_pay_values_by_skill_query composes a pay report with
-- (src/storage/report_sql.cpp), run with :skill_id NULL: each figure of a posting once for each
-- skill it asks for, with that skill's id in skill_id. The rows of one skill are those
-- _scoped_pay.sql gives with :skill_id bound to it (the paid postings asking for it; salary
-- observations name no skill, so none). kept_pay_stats.cpp keeps a report's statistics for each
-- skill from one read of them when its groups need more than a figure's level and AI flag
-- (pay-by-region's places: _kept_pay_segment.sql).
SELECT 'postings' AS pay_source, p.seniority, p.is_ai, p.country_code, p.region, p.pay,
  ps.skill_id
FROM paid_postings AS p
JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
WHERE coalesce(:source, 'both') IN ('postings', 'both')
