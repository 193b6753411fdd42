-- top-skills: per year, the 10 skills asked for by the most postings, their share of the year's
-- postings and its change in points against the year before.
WITH scoped AS (SELECT year, skills FROM postings WHERE {{filter}} AND year IS NOT NULL),
totals AS (
  SELECT year, count(*) AS postings, lag(year) OVER (ORDER BY year) AS previous
  FROM scoped GROUP BY year
),
counts AS (
  SELECT year, skill, count(*) AS postings
  FROM (SELECT year, unnest(list_distinct(skills)) AS skill FROM scoped)
  GROUP BY year, skill
),
shares AS (
  SELECT c.year, c.skill, c.postings, 100.0 * c.postings / t.postings AS share_pct, t.previous
  FROM counts AS c JOIN totals AS t USING (year)
),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY year ORDER BY postings DESC, skill) AS rank
  FROM shares
)
SELECT r.year, r.rank, r.skill, r.postings, r.share_pct,
       CASE WHEN r.previous IS NOT NULL THEN r.share_pct - coalesce(b.share_pct, 0) END
         AS change_pts
FROM ranked AS r
LEFT JOIN shares AS b ON b.year = r.previous AND b.skill = r.skill
WHERE r.rank <= 10
ORDER BY r.year, r.rank
