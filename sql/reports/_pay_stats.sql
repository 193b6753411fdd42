-- Shared by the pay reports: the statistics of `pay_groups (grp, pay_source, pay)`, a CTE each pay
-- report defines. Per group: n, p25, median, p75, p90, mean, and how many figures came from
-- postings and from salary observations. Groups with fewer than :min_n figures (default 10) are
-- left out.
--
-- When the kept statistics answer (_kept_pay_stats_answer.sql: current, and every filter its
-- default, as in every report_* view, or one kept segment alone, or one ISO country with one
-- whole calendar year), they are read from kept_pay_stats for the report's `pay_grouping`, with the 95% intervals of --ci (median_pc_* the median's at √0.95, mean_sq for
-- the mean's; `-- ci` lines, as in the reports). Otherwise they are computed here, without
-- intervals: SQLite evaluates the condition once and runs only the branch it picks (see
-- _kept_pay_stats_answer.sql).
--
-- Computed: percentiles are linear-interpolated (SPEC 3): with
-- h = p * (n - 1) and x sorted from rank 0, x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] -
-- x[floor(h)]).
-- floor(h) is computed in integers, (k - k % 4) / 4 for k = n - 1 at p = 0.25 (9k for 0.9), which
-- SQLite and DuckDB read alike: CAST(h AS INTEGER) truncates in SQLite but rounds in DuckDB, and
-- DuckDB's / on integers divides exactly (here it lands on a whole number either way).
-- The command line computes the same statistics in C++ (src/util/pay_statistics.cpp, which
-- also fills kept_pay_stats) and reads them through _pay_stats_given.sql whenever a filter is
-- set, which is faster than SQLite's window sort.
SELECT
  grp, n,
  p25,
  p25_ci_low, p25_ci_high, -- ci
  median,
  median_ci_low, median_ci_high, median_pc_low, median_pc_high, -- ci
  p75,
  p75_ci_low, p75_ci_high, -- ci
  p90,
  p90_ci_low, p90_ci_high, -- ci
  mean,
  mean_sq, -- ci
  postings_n, observations_n
FROM kept_pay_stats_answer AS a
CROSS JOIN kept_pay_stats AS k
WHERE a.answers = 1
  AND k.report_grouping = (SELECT report_grouping FROM pay_grouping)
  AND k.n >= coalesce(:min_n, 10)
UNION ALL
SELECT
  grp,
  n,
  lo25 + (h25 - f25) * (coalesce(hi25, lo25) - lo25),
  NULL, NULL, -- ci
  lo50 + (h50 - f50) * (coalesce(hi50, lo50) - lo50),
  NULL, NULL, NULL, NULL, -- ci
  lo75 + (h75 - f75) * (coalesce(hi75, lo75) - lo75),
  NULL, NULL, -- ci
  lo90 + (h90 - f90) * (coalesce(hi90, lo90) - lo90),
  NULL, NULL, -- ci
  mean,
  NULL, -- ci
  postings_n,
  observations_n
FROM (
  SELECT
    ranked.grp AS grp,
    ranked.n AS n,
    avg(pay) AS mean,
    sum(pay_source = 'postings') AS postings_n,
    sum(pay_source = 'observations') AS observations_n,
    0.25 * (ranked.n - 1) AS h25,
    ((ranked.n - 1) - (ranked.n - 1) % 4) / 4 AS f25,
    max(CASE WHEN i = ((ranked.n - 1) - (ranked.n - 1) % 4) / 4 THEN pay END) AS lo25,
    max(CASE WHEN i = ((ranked.n - 1) - (ranked.n - 1) % 4) / 4 + 1 THEN pay END) AS hi25,
    0.5 * (ranked.n - 1) AS h50,
    ((ranked.n - 1) - (ranked.n - 1) % 2) / 2 AS f50,
    max(CASE WHEN i = ((ranked.n - 1) - (ranked.n - 1) % 2) / 2 THEN pay END) AS lo50,
    max(CASE WHEN i = ((ranked.n - 1) - (ranked.n - 1) % 2) / 2 + 1 THEN pay END) AS hi50,
    0.75 * (ranked.n - 1) AS h75,
    (3 * (ranked.n - 1) - 3 * (ranked.n - 1) % 4) / 4 AS f75,
    max(CASE WHEN i = (3 * (ranked.n - 1) - 3 * (ranked.n - 1) % 4) / 4 THEN pay END) AS lo75,
    max(CASE WHEN i = (3 * (ranked.n - 1) - 3 * (ranked.n - 1) % 4) / 4 + 1 THEN pay END) AS hi75,
    0.9 * (ranked.n - 1) AS h90,
    (9 * (ranked.n - 1) - 9 * (ranked.n - 1) % 10) / 10 AS f90,
    max(CASE WHEN i = (9 * (ranked.n - 1) - 9 * (ranked.n - 1) % 10) / 10 THEN pay END) AS lo90,
    max(CASE WHEN i = (9 * (ranked.n - 1) - 9 * (ranked.n - 1) % 10) / 10 + 1 THEN pay END) AS hi90
  FROM (
    SELECT
      grp,
      pay_source,
      pay,
      row_number() OVER sorted - 1 AS i,
      count(*) OVER (sorted ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
    FROM (
      SELECT grp, pay_source, pay
      FROM pay_groups
      LIMIT (SELECT figures_limit FROM kept_pay_stats_answer)
    ) AS figures
    -- One window for both, so the rows are sorted once.
    WINDOW sorted AS (PARTITION BY grp ORDER BY pay)
  ) AS ranked
  GROUP BY ranked.grp, ranked.n
  HAVING ranked.n >= coalesce(:min_n, 10)
)
