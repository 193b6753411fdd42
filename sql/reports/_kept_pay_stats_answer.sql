-- Shared by the pay reports: one row, answers = 1 when the statistics kept in kept_pay_stats
-- (migrations/0017_kept_pay_stats.sql) answer this query and 0 when they do not. The pay SQL
-- reads it as the outer table of a CROSS JOIN (`FROM kept_pay_stats_answer AS a CROSS JOIN
-- pay_groups WHERE a.answers = 0`), so the branch it rules out never reads a posting; as a
-- subquery in a WHERE clause, SQLite would test it for every posting. They answer
-- when they are current (made from the data as stored; an import marks them stale until its
-- command has computed them again) and every filter is its default: each parameter that
-- _scoped_postings.sql and _scoped_observations.sql read is NULL, and :source is both (a test
-- checks this list against those fragments). The report_* views, where every parameter is NULL,
-- thus read kept statistics; :min_n and :by pick among them (_pay_stats.sql, pay_grouping).
SELECT
  CASE WHEN current = 1
        AND :from IS NULL AND :to IS NULL
        AND :country IS NULL AND :region IS NULL AND :industry IS NULL
        AND :ai IS NULL AND :levels IS NULL AND :skill_id IS NULL AND :title IS NULL
        AND :remote IS NULL AND :employment_types IS NULL
        AND coalesce(:source, 'both') = 'both'
    THEN 1 ELSE 0
  END AS answers
FROM kept_pay_stats_state
