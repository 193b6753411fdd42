-- Shared by the pay reports: the AI flags --ai or --no-ai asks for (:ai), one row each, or both
-- when it is NULL. :ai is read as a number here, as the INTEGER column is_ai reads numeric text
-- ('1', '10e-1'); for anything else this lists a flag too many, never one too few, and the rows
-- are tested against `(:ai IS NULL OR is_ai = :ai)` as well, so they are those of
-- _scoped_postings.sql whatever is bound.
SELECT is_ai
FROM (SELECT 0 AS is_ai UNION ALL SELECT 1) AS both_flags
WHERE :ai IS NULL OR is_ai = CAST(:ai AS NUMERIC)
