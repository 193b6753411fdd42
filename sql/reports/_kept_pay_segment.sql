-- Shared by the pay reports: which segment of those kept_pay_stats keeps (migrations/0017,
-- src/storage/kept_pay_stats.cpp) the query asks for, as the suffix of its pay_grouping key:
-- - with no country, no dates and no skill: '' for no segment, ' ai 1' or ' ai 0' for --ai or
--   --no-ai alone, ' level senior' for one level alone (:levels ',senior,', as the command line
--   binds it);
-- - ' skill 12' for one :skill_id alone, an integer that is a skill's id (as --skill binds it);
-- - ' country US year 2025' for one ISO alpha-2 :country and the dates of one whole calendar
--   year (:from 'YYYY-01-01', :to 'YYYY-12-31', as --year binds them), with no segment;
-- - NULL for anything else (both an AI flag and a level, two levels, :ai bound as text, a skill
--   with another filter, a country or dates alone, a country with a segment), for which no
--   statistics are kept.
-- Exact: the kept rows of a segment are the report's pay_groups split by each figure's level and
-- AI flag, which are the rows the scoped fragments give with these parameters bound (no pay
-- report reads :ai or :levels but through them); those of a skill are pay-by-skill's figures of
-- that skill (its group) split the same way, put in the report's groups as its pay_groups puts a
-- figure of that level and AI flag (report_pay_cell_groups_query); for a report whose groups
-- need more than the level and AI flag (pay-by-region's places) they are its pay_groups over
-- every figure once for each skill of its posting (report_pay_values_by_skill_query), grouped
-- by skill and group; pay-by-skill (its groups are the other skills) and pay-by-region by
-- country give no key for a skill in their pay_grouping, and compute; those of a country and
-- year are the report's pay_groups run with that :country, :from and :to bound, for every pair
-- sql/queries/kept_pay_country_years.sql lists (a pair it does not list holds no figure, so no
-- row is its answer). Each is kept under the key this gives with them bound. ai-premium keeps
-- its AI segments too, though the command line refuses --ai for it.
SELECT CASE
    WHEN :from IS NULL AND :to IS NULL AND :country IS NULL AND :skill_id IS NULL THEN
      CASE
        WHEN :ai IS NULL AND :levels IS NULL THEN ''
        WHEN :levels IS NULL AND typeof(:ai) = 'integer' AND :ai IN (0, 1) THEN ' ai ' || :ai
        WHEN :ai IS NULL AND :levels IN (SELECT ',' || level || ',' FROM asked_levels)
          THEN ' level ' || substr(:levels, 2, length(:levels) - 2)
      END
    WHEN :from IS NULL AND :to IS NULL AND :country IS NULL AND :ai IS NULL AND :levels IS NULL
      AND typeof(:skill_id) = 'integer' AND :skill_id IN (SELECT skill_id FROM skills)
      THEN ' skill ' || :skill_id
    WHEN :ai IS NULL AND :levels IS NULL AND :skill_id IS NULL
      AND :country IN (SELECT alpha2 FROM countries)
      AND :from = substr(:from, 1, 4) || '-01-01'
      AND :to = substr(:from, 1, 4) || '-12-31'
      THEN ' country ' || :country || ' year ' || substr(:from, 1, 4)
  END AS segment
