-- ai-share: postings and AI share per month.
SELECT month, count(*) AS postings, sum(is_ai::INT) AS ai_postings,
       100.0 * sum(is_ai::INT) / count(*) AS ai_share_pct
FROM postings WHERE {{filter}}
GROUP BY month ORDER BY month
