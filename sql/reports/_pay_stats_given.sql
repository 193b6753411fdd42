-- Stands in for pay_stats when the program has computed the statistics itself (the command line's
-- pay reports, src/reports/pay_statistics.cpp): the rows it stored in temp.given_pay_stats, with
-- the columns of _pay_stats.sql and, under --ci, each percentile's order-statistic interval,
-- median_pc_* (the median's interval at √C, for premiums) and mean_sq (for the mean's interval).
-- The report_* views never read it: they run _pay_stats.sql.
SELECT
  grp, n,
  p25, p25_ci_low, p25_ci_high,
  median, median_ci_low, median_ci_high, median_pc_low, median_pc_high,
  p75, p75_ci_low, p75_ci_high,
  p90, p90_ci_low, p90_ci_high,
  mean, mean_sq, postings_n, observations_n
FROM temp.given_pay_stats
