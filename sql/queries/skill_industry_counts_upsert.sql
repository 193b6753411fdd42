-- Adds :postings skill links of one skill_industry_counts key (migrations/0018), counted by the
-- import's writer as it stored them (storage/kept_counts.cpp), in the import's transaction.
INSERT INTO skill_industry_counts
  (month_key, quarter_key, year_key, skill_id, industry, is_ai, postings)
VALUES (:month_key, :quarter_key, :year_key, :skill_id, :industry, :is_ai, :postings)
ON CONFLICT (month_key, skill_id, industry, is_ai)
DO UPDATE SET postings = postings + excluded.postings
