-- pay-by-skill: quartiles and mean of annual USD pay per skill (string_split + unnest at
-- prepare time, unnest here), premium of the skill's median over all paid postings' median.
WITH paid AS (
  SELECT skills, pay FROM postings WHERE {{filter}} AND pay IS NOT NULL AND NOT pay_outlier
),
overall AS (SELECT median(pay) AS median FROM paid),
per_skill AS (
  SELECT skill, count(*) AS n, quantile_cont(pay, 0.25) AS p25, median(pay) AS median,
         quantile_cont(pay, 0.75) AS p75, avg(pay) AS mean
  FROM (SELECT unnest(skills) AS skill, pay FROM paid)
  GROUP BY skill HAVING count(*) >= 10
)
SELECT s.*, 100.0 * (s.median / o.median - 1) AS premium_pct
FROM per_skill AS s CROSS JOIN overall AS o
ORDER BY s.median DESC, s.skill
