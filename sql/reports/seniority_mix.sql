-- seniority-mix: per period, postings by level, the junior (intern + entry) and senior
-- (senior + lead + executive) shares, and senior postings per junior posting (SPEC 2.1).
WITH counts AS (
  SELECT
    period,
    sum(postings) AS postings,
    sum(CASE WHEN seniority = 'intern' THEN postings ELSE 0 END) AS intern,
    sum(CASE WHEN seniority = 'entry' THEN postings ELSE 0 END) AS entry,
    sum(CASE WHEN seniority = 'mid' THEN postings ELSE 0 END) AS mid,
    sum(CASE WHEN seniority = 'senior' THEN postings ELSE 0 END) AS senior,
    sum(CASE WHEN seniority = 'lead' THEN postings ELSE 0 END) AS lead,
    sum(CASE WHEN seniority = 'executive' THEN postings ELSE 0 END) AS executive
  FROM counted_postings
  GROUP BY period
)
SELECT
  period,
  postings,
  intern,
  entry,
  mid,
  senior,
  lead,
  executive,
  100.0 * (intern + entry) / postings AS junior_share_pct,
  100.0 * (senior + lead + executive) / postings AS senior_share_pct,
  CASE WHEN intern + entry > 0
    THEN 1.0 * (senior + lead + executive) / (intern + entry)
  END AS senior_per_junior
FROM counts
ORDER BY period
