-- Adds :postings skill links of one skill_country_counts key (migrations/0018), counted by the
-- import's writer as it stored them (storage/kept_counts.cpp), in the import's transaction.
INSERT INTO skill_country_counts
  (month_key, quarter_key, year_key, skill_id, country_code, country_text, region, is_ai, postings)
VALUES
  (:month_key, :quarter_key, :year_key, :skill_id, :country_code, :country_text, :region, :is_ai,
   :postings)
ON CONFLICT (month_key, skill_id, country_code, country_text, region, is_ai)
DO UPDATE SET postings = postings + excluded.postings
