-- skills: the skills for `jobsight skills`, most asked-for first, then by name.
-- :category NULL or a category (any case). :search NULL or text that must occur in the name or
-- an alias, any ASCII case; `\`, `%` and `_` in it are escaped so they match only themselves.
-- :limit NULL means no limit. aliases holds the other spellings (not the name itself) separated
-- by char(31), in no particular order: the caller sorts them (group_concat has no ORDER BY in
-- SQLite before 3.44).
WITH
  pattern (text) AS (
    SELECT '%' || replace(replace(replace(:search, '\', '\\'), '%', '\%'), '_', '\_') || '%'
  ),
  demand (skill_id, postings) AS (
    SELECT skill_id, count(*) FROM posting_skills GROUP BY skill_id
  )
SELECT s.name AS skill,
       s.category,
       CASE s.from_taxonomy WHEN 1 THEN 'taxonomy' ELSE 'import' END AS origin,
       (SELECT group_concat(a.alias, char(31))
          FROM skill_aliases AS a
         WHERE a.skill_id = s.skill_id AND a.alias <> s.name COLLATE NOCASE) AS aliases,
       coalesce(d.postings, 0) AS postings
FROM skills AS s
LEFT JOIN demand AS d ON d.skill_id = s.skill_id
WHERE (:category IS NULL OR s.category = :category COLLATE NOCASE)
  AND (:search IS NULL
       OR s.name LIKE (SELECT text FROM pattern) ESCAPE '\'
       OR EXISTS (SELECT 1
                    FROM skill_aliases AS a
                   WHERE a.skill_id = s.skill_id
                     AND a.alias LIKE (SELECT text FROM pattern) ESCAPE '\'))
ORDER BY postings DESC, s.name COLLATE NOCASE
LIMIT coalesce(:limit, -1);
