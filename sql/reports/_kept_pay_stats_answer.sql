-- Shared by the pay reports: one row, answers = 1 when the statistics kept in kept_pay_stats
-- (migrations/0017_kept_pay_stats.sql) answer this query and 0 when they do not, and
-- figures_limit, how many pay figures the branch that computes may read: none when they answer,
-- else all. The computing branch reads `pay_groups LIMIT (SELECT figures_limit FROM
-- kept_pay_stats_answer)`: a LIMIT of 0 ends the loop before it starts, whereas a condition in a
-- WHERE clause or a join is tested on every figure once SQLite has moved it into the UNION ALL
-- arms of pay_groups (pay-by-region's view at 10M postings: 5.4 s that way, 0.01 s this way). They answer
-- when they are current (made from the data as stored; an import marks them stale until its
-- command has computed them again) and every filter is its default: each parameter that
-- _scoped_postings.sql and _scoped_observations.sql read is NULL, but for what
-- _kept_pay_segment.sql names (--ai, --no-ai, one level or one skill alone; one country with one
-- calendar year, which it reads from :country, :from and :to) and the report keeps (its
-- pay_grouping key is not NULL: one whose key were NULL for them would compute), and :source is
-- both (a test
-- checks this list against those fragments). The report_* views, where every parameter is NULL,
-- thus read kept statistics; :min_n and :by pick among them (_pay_stats.sql, pay_grouping).
SELECT
  answers,
  CASE answers WHEN 1 THEN 0 ELSE 1000000000000000 END AS figures_limit
FROM (
  SELECT
    CASE WHEN coalesce(current, 0) = 1
          AND :region IS NULL AND :industry IS NULL
          AND (SELECT segment FROM kept_pay_segment) IS NOT NULL
          AND (SELECT report_grouping FROM pay_grouping) IS NOT NULL
          AND :title IS NULL
          AND :remote IS NULL AND :employment_types IS NULL
          AND coalesce(:source, 'both') = 'both'
      THEN 1 ELSE 0
    END AS answers
  -- One row whatever the table holds (an aggregate): stale when it holds none.
  FROM (SELECT max(current) AS current FROM kept_pay_stats_state) AS state_row
) AS state
