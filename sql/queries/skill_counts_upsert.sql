-- Adds :postings skill links of one skill_counts key (migrations/0012, 0015), counted by the
-- import's writer as it stored them (storage/kept_counts.cpp), in the import's transaction.
INSERT INTO skill_counts (month_key, quarter_key, year_key, skill_id, seniority, is_ai, postings)
VALUES (:month_key, :quarter_key, :year_key, :skill_id, :seniority, :is_ai, :postings)
ON CONFLICT (month_key, skill_id, seniority, is_ai)
DO UPDATE SET postings = postings + excluded.postings
