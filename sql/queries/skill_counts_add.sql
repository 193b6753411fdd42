-- Adds the skill links of import :import_id's postings to skill_counts
-- (migrations/0012_skill_counts.sql, 0015), in the import's transaction; skill_counts_remove.sql
-- takes them away again.
INSERT INTO skill_counts
SELECT p.month_key, p.quarter_key, p.year_key, ps.skill_id, p.seniority, p.is_ai, count(*)
FROM postings AS p
JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
WHERE p.import_id = :import_id
GROUP BY p.month_key, ps.skill_id, p.seniority, p.is_ai
ON CONFLICT (month_key, skill_id, seniority, is_ai)
DO UPDATE SET postings = postings + excluded.postings
