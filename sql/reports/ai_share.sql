-- ai-share: per period, how many postings there were and what share were AI roles (SPEC 2.4).
SELECT
  period,
  count(*) AS postings,
  sum(is_ai) AS ai_postings,
  100.0 * sum(is_ai) / count(*) AS ai_share_pct
FROM scoped_postings
GROUP BY period
ORDER BY period
