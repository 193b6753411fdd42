-- The variant of _scoped_pay.sql that report_pay_cell_groups_query composes a pay report with
-- (src/storage/report_sql.cpp): one figure of each level and AI flag, from postings, with no
-- place and no pay, so that the report's pay_groups says which of its groups a figure of that
-- level and AI flag falls in. kept_pay_stats.cpp keeps a report's statistics for one skill as
-- unions of pay-by-skill's cells of that skill by these groups (_kept_pay_segment.sql).
SELECT 'postings' AS pay_source, l.level AS seniority, f.is_ai, NULL AS country_code,
  NULL AS region, NULL AS pay, NULL AS skill_id
FROM asked_levels AS l
CROSS JOIN asked_ai_flags AS f
