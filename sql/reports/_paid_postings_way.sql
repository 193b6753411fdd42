-- Shared by the pay reports: one row, `way`, how _paid_postings.sql reads the paid postings
-- inside the filters (and _scoped_pay.sql the salary observations: through their country index
-- for 'country', otherwise every one), chosen from the bound parameters alone (each way's rows
-- are the same):
-- - 'scan': a filter that postings_pay_by_segment (migrations/0019) does not hold is set
--   (--industry, --title, --remote, --employment-type), or --country names something other
--   than an ISO alpha-2 code jobsight knows (a country as written), or no filter is set at all:
--   every paid posting is read, in posting order (through postings_pay, migrations/0013), in
--   which pay-by-skill meets posting_skills in its own order (kept_pay_stats.cpp reads every
--   figure so; through postings_pay_by_segment each posting's skills are a random read);
-- - 'skill': a skill is named: the postings asking for it, through posting_skills_by_skill;
-- - 'country': an ISO alpha-2 code is named: that country's paid postings of the levels and AI
--   flags asked for, from the date asked for, through postings_pay_by_segment;
-- - 'segment': otherwise, the paid postings of the levels and AI flags asked for, through
--   postings_pay_by_segment.
-- Each arm of _paid_postings.sql joins this row first (CROSS JOIN keeps it the outer loop), so
-- SQLite tests the way once and skips the arms not taken before they read a row.
SELECT CASE
    WHEN :industry IS NOT NULL OR :title IS NOT NULL OR :remote IS NOT NULL
      OR :employment_types IS NOT NULL
      OR (:country IS NOT NULL AND :country NOT IN (SELECT alpha2 FROM countries))
      OR (:from IS NULL AND :to IS NULL AND :country IS NULL AND :region IS NULL
          AND :ai IS NULL AND :levels IS NULL AND :skill_id IS NULL)
      THEN 'scan'
    WHEN :skill_id IS NOT NULL THEN 'skill'
    WHEN :country IS NOT NULL THEN 'country'
    ELSE 'segment'
  END AS way
