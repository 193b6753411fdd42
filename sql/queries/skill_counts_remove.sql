-- Takes the skill links of import :import_id's postings out of skill_counts, before `imports
-- delete` deletes them (in the same transaction); posting_counts_prune.sql then drops the rows
-- left at zero.
UPDATE skill_counts
SET postings = skill_counts.postings - removed.postings
FROM (
  SELECT p.month_key, ps.skill_id, p.seniority, p.is_ai, count(*) AS postings
  FROM postings AS p
  JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
  WHERE p.import_id = :import_id
  GROUP BY p.month_key, ps.skill_id, p.seniority, p.is_ai
) AS removed
WHERE skill_counts.month_key = removed.month_key AND skill_counts.skill_id = removed.skill_id
  AND skill_counts.seniority = removed.seniority AND skill_counts.is_ai = removed.is_ai
