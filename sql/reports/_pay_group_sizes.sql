-- Shared by the pay reports: how many figures each group of `pay_groups` has, small groups
-- included (pay_stats leaves out those under :min_n): kept_pay_stats' counts when they answer
-- (_kept_pay_stats_answer.sql), else counted from pay_groups. _pay_group_sizes_given.sql stands
-- in for it beside _pay_stats_given.sql.
SELECT grp, n
FROM kept_pay_stats
WHERE report_grouping = (SELECT report_grouping FROM pay_grouping)
  AND EXISTS (SELECT 1 FROM kept_pay_stats_answer)
UNION ALL
SELECT grp, count(*)
FROM pay_groups
WHERE NOT EXISTS (SELECT 1 FROM kept_pay_stats_answer)
GROUP BY grp
