-- Shared by the pay reports: which segment of those kept_pay_stats keeps (migrations/0017,
-- src/storage/kept_pay_stats.cpp) the query asks for, as the suffix of its pay_grouping key:
-- - with no country and no dates: '' for no segment, ' ai 1' or ' ai 0' for --ai or --no-ai
--   alone, ' level senior' for one level alone (:levels ',senior,', as the command line binds
--   it);
-- - ' country US year 2025' for one ISO alpha-2 :country and the dates of one whole calendar
--   year (:from 'YYYY-01-01', :to 'YYYY-12-31', as --year binds them), with no segment;
-- - NULL for anything else (both an AI flag and a level, two levels, :ai bound as text, a
--   country or dates alone, a country with a segment), for which no statistics are kept.
-- Exact: the kept rows of a segment are the report's pay_groups split by each figure's level and
-- AI flag, which are the rows the scoped fragments give with these parameters bound (no pay
-- report reads :ai or :levels but through them); those of a country and year are the report's
-- pay_groups run with that :country, :from and :to bound, for every pair
-- sql/queries/kept_pay_country_years.sql lists (a pair it does not list holds no figure, so no
-- row is its answer). Each is kept under the key this gives with them bound. ai-premium keeps
-- its AI segments too, though the command line refuses --ai for it.
SELECT CASE
    WHEN :from IS NULL AND :to IS NULL AND :country IS NULL THEN
      CASE
        WHEN :ai IS NULL AND :levels IS NULL THEN ''
        WHEN :levels IS NULL AND typeof(:ai) = 'integer' AND :ai IN (0, 1) THEN ' ai ' || :ai
        WHEN :ai IS NULL AND :levels IN (SELECT ',' || level || ',' FROM asked_levels)
          THEN ' level ' || substr(:levels, 2, length(:levels) - 2)
      END
    WHEN :ai IS NULL AND :levels IS NULL
      AND :country IN (SELECT alpha2 FROM countries)
      AND :from = substr(:from, 1, 4) || '-01-01'
      AND :to = substr(:from, 1, 4) || '-12-31'
      THEN ' country ' || :country || ' year ' || substr(:from, 1, 4)
  END AS segment
