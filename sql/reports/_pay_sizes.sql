-- Stands in for pay_stats in the first run of a pay report under --ci (report_sql.cpp,
-- report_group_sizes_query): every group's n, with every statistic NULL, so that the program
-- learns the group sizes whose order-statistic ranks it binds for the second run without sorting
-- any pay. Never a CTE of its own; the same columns as _pay_stats.sql under --ci.
SELECT
  grp,
  count(*) AS n,
  NULL AS p25, NULL AS p25_ci_low, NULL AS p25_ci_high,
  NULL AS median, NULL AS median_ci_low, NULL AS median_ci_high,
  NULL AS median_pc_low, NULL AS median_pc_high,
  NULL AS p75, NULL AS p75_ci_low, NULL AS p75_ci_high,
  NULL AS p90, NULL AS p90_ci_low, NULL AS p90_ci_high,
  NULL AS mean_sq, NULL AS mean, NULL AS postings_n, NULL AS observations_n
FROM pay_groups
GROUP BY grp
HAVING count(*) >= coalesce(:min_n, 10)
