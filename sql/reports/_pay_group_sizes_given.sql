-- Stands in for pay_group_sizes beside _pay_stats_given.sql: temp.given_pay_stats holds every
-- group, however small.
SELECT grp, n
FROM temp.given_pay_stats
