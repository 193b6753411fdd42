-- Shared by the pay reports: which segment of those kept_pay_stats keeps (migrations/0017,
-- src/storage/kept_pay_stats.cpp) the query asks for, as the suffix of its pay_grouping key:
-- '' for none, ' ai 1' or ' ai 0' for --ai or --no-ai alone, ' level senior' for one level
-- alone (:levels ',senior,', as the command line binds it); NULL for anything else (both, two
-- levels, :ai bound as text), for which no statistics are kept. Exact: the kept rows of a
-- segment are the report's pay_groups split by each figure's level and AI flag, which are the
-- rows the scoped fragments give with these parameters bound (no pay report reads :ai or
-- :levels but through them), and kept under the key this gives with them bound. ai-premium
-- keeps its AI segments too, though the command line refuses --ai for it.
SELECT CASE
    WHEN :ai IS NULL AND :levels IS NULL THEN ''
    WHEN :levels IS NULL AND typeof(:ai) = 'integer' AND :ai IN (0, 1) THEN ' ai ' || :ai
    WHEN :ai IS NULL AND :levels IN (SELECT ',' || level || ',' FROM asked_levels)
      THEN ' level ' || substr(:levels, 2, length(:levels) - 2)
  END AS segment
