-- pay-by-level: n, p25, median, p75, p90, mean of annual USD pay per seniority level.
SELECT seniority AS level, count(*) AS n, quantile_cont(pay, 0.25) AS p25, median(pay) AS median,
       quantile_cont(pay, 0.75) AS p75, quantile_cont(pay, 0.9) AS p90, avg(pay) AS mean
FROM postings WHERE {{filter}} AND pay IS NOT NULL AND NOT pay_outlier
GROUP BY seniority HAVING count(*) >= 10
ORDER BY CASE seniority WHEN 'intern' THEN 1 WHEN 'entry' THEN 2 WHEN 'mid' THEN 3
  WHEN 'senior' THEN 4 WHEN 'lead' THEN 5 ELSE 6 END
