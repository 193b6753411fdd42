-- ai-share: per period, how many postings there were and what share were AI roles (SPEC 2.4).
SELECT
  period,
  sum(postings) AS postings,
  sum(is_ai * postings) AS ai_postings,
  100.0 * sum(is_ai * postings) / sum(postings) AS ai_share_pct
FROM counted_postings
GROUP BY period
ORDER BY period
