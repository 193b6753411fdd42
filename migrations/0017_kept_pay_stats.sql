-- 0017: the pay reports' statistics with their default filters, kept (issue 10). pay-by-level,
-- pay-by-region (by region and by country), pay-by-skill and ai-premium sort every pay figure of
-- every posting to answer; their report_* views took 2.7-15 s at 1M postings. kept_pay_stats
-- holds, per report grouping (each pay report's `pay_grouping`), every group's statistics over
-- all stored postings and observations as the command line computes them
-- (src/util/pay_statistics.cpp: n, the percentiles with their 95% intervals, mean, mean of the
-- squares, figures from each source), with no group left out for being small: the reports apply
-- :min_n when they read it (sql/reports/_pay_stats.sql). The views and the command line
-- without filters read it; any filter computes from the figures as before.
--
-- src/storage/kept_pay_stats.cpp fills it: after the imports and deletes of a command, and
-- whenever a database is opened for writing while it is stale or was computed by another rule
-- (the pay reports' SQL and the statistics' version), which is how this migration's empty table
-- is filled on the upgrade.
CREATE TABLE kept_pay_stats (
  report_grouping TEXT NOT NULL, -- the report's pay_grouping: 'pay-by-level', 'pay-by-region by country', ...
  grp            TEXT,           -- the group, as text (a skill's id for pay-by-skill)
  n              INTEGER NOT NULL,
  p25            REAL,
  p25_ci_low     REAL,
  p25_ci_high    REAL,
  median         REAL,
  median_ci_low  REAL,
  median_ci_high REAL,
  median_pc_low  REAL,           -- the median's interval at √0.95, for premiums (SPEC 3.1)
  median_pc_high REAL,
  p75            REAL,
  p75_ci_low     REAL,
  p75_ci_high    REAL,
  p90            REAL,
  p90_ci_low     REAL,
  p90_ci_high    REAL,
  mean           REAL,
  mean_sq        REAL,
  postings_n     INTEGER NOT NULL,
  observations_n INTEGER NOT NULL
);
CREATE INDEX kept_pay_stats_by_grouping ON kept_pay_stats (report_grouping);

-- One row: whether kept_pay_stats is the statistics of the data as stored (current = 1), and
-- the rule it was computed by ('' until it is first filled). An import or delete sets current to
-- 0 in its own transaction; the command then computes kept_pay_stats again in another one, so a
-- command stopped in between leaves it marked stale, never wrong. While it is stale, the reports
-- compute their statistics from the figures (sql/reports/_kept_pay_stats_answer.sql).
CREATE TABLE kept_pay_stats_state (
  id      INTEGER PRIMARY KEY CONSTRAINT kept_pay_stats_state_is_one_row CHECK (id = 1),
  rule    TEXT NOT NULL,
  current INTEGER NOT NULL CONSTRAINT kept_pay_stats_current_is_boolean
            CHECK (current = 0 OR current = 1)
);
INSERT INTO kept_pay_stats_state (id, rule, current) VALUES (1, '', 0);
