-- Stands in for pay_stats when the program has computed the statistics itself (the command line's
-- pay reports, src/util/pay_statistics.cpp): the rows it stored in temp.given_pay_stats, with
-- the columns of _pay_stats.sql and, under --ci, each percentile's order-statistic interval,
-- median_pc_* (the median's interval at √C, for premiums) and mean_sq (for the mean's interval).
-- It holds every group, however small; those under :min_n (default 10) are left out here.
SELECT
  grp, n,
  p25, p25_ci_low, p25_ci_high,
  median, median_ci_low, median_ci_high, median_pc_low, median_pc_high,
  p75, p75_ci_low, p75_ci_high,
  p90, p90_ci_low, p90_ci_high,
  mean, mean_sq, postings_n, observations_n
FROM temp.given_pay_stats
WHERE n >= coalesce(:min_n, 10)
