-- The skill_id of the skill that :text names: its name or one of its aliases, in any ASCII case
-- (both columns are COLLATE NOCASE). A skill's own name comes before an alias.
SELECT skill_id
FROM (
  SELECT skill_id, 0 AS rank
  FROM skills
  WHERE name = :text
  UNION ALL
  SELECT skill_id, 1
  FROM skill_aliases
  WHERE alias = :text
)
ORDER BY rank
LIMIT 1
