-- seniority-mix: postings per month by level, junior and senior shares, senior per junior.
WITH counts AS (
  SELECT month, count(*) AS postings,
         count(*) FILTER (seniority = 'intern') AS intern,
         count(*) FILTER (seniority = 'entry') AS entry,
         count(*) FILTER (seniority = 'mid') AS mid,
         count(*) FILTER (seniority = 'senior') AS senior,
         count(*) FILTER (seniority = 'lead') AS lead,
         count(*) FILTER (seniority = 'executive') AS executive
  FROM postings WHERE {{filter}}
  GROUP BY month
)
SELECT *, 100.0 * (intern + entry) / postings AS junior_share_pct,
       100.0 * (senior + lead + executive) / postings AS senior_share_pct,
       CASE WHEN intern + entry > 0 THEN (senior + lead + executive) / (intern + entry) END
         AS senior_per_junior
FROM counts ORDER BY month
