-- Adds :postings postings asking for both :skill_id and :with_skill_id to skill_pair_counts
-- (migrations/0018), counted by the import's writer as it stored their skill links
-- (storage/kept_counts.cpp), in the import's transaction.
INSERT INTO skill_pair_counts
  (month_key, quarter_key, year_key, skill_id, with_skill_id, postings)
VALUES (:month_key, :quarter_key, :year_key, :skill_id, :with_skill_id, :postings)
ON CONFLICT (month_key, skill_id, with_skill_id)
DO UPDATE SET postings = postings + excluded.postings
