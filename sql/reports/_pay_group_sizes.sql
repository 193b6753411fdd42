-- Shared by the pay reports: how many figures each group of `pay_groups` has, small groups
-- included (pay_stats leaves out those under :min_n): kept_pay_stats' counts when they answer
-- (_kept_pay_stats_answer.sql), else counted from pay_groups. _pay_group_sizes_given.sql stands
-- in for it beside _pay_stats_given.sql.
SELECT k.grp, k.n
FROM kept_pay_stats_answer AS a
CROSS JOIN kept_pay_stats AS k
WHERE a.answers = 1
  AND k.report_grouping = (SELECT report_grouping FROM pay_grouping)
UNION ALL
SELECT grp, count(*)
FROM (
  SELECT grp
  FROM pay_groups
  LIMIT (SELECT figures_limit FROM kept_pay_stats_answer)
) AS figures
GROUP BY grp
