-- Shared by the pay reports: the AI flags --ai or --no-ai asks for (:ai), one row each, or both
-- when it is NULL; :ai is read as an integer here, and the rows are tested against
-- `(:ai IS NULL OR is_ai = :ai)` as well, so a flag bound as text reads as everywhere else.
SELECT is_ai
FROM (SELECT 0 AS is_ai UNION ALL SELECT 1) AS both_flags
WHERE :ai IS NULL OR is_ai = CAST(:ai AS INTEGER)
