-- Shared by the pay reports: the levels --level asks for (:levels, as _scoped_postings.sql reads
-- it), one row each, or all six when it is NULL. These are the levels a posting may have (the
-- schema's CHECK; kAllSeniorities in src/normalise/seniority.hpp, which a test compares), so
-- `seniority IN (SELECT level FROM asked_levels)` holds exactly when
-- `(:levels IS NULL OR instr(:levels, seniority) > 0)` does; SQLite reads an index once per level.
SELECT level
FROM (
  SELECT 'intern' AS level
  UNION ALL SELECT 'entry'
  UNION ALL SELECT 'mid'
  UNION ALL SELECT 'senior'
  UNION ALL SELECT 'lead'
  UNION ALL SELECT 'executive'
) AS six_levels
WHERE :levels IS NULL OR instr(:levels, level) > 0
