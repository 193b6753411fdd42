-- Adds :postings postings of one title_word_counts key (migrations/0023), counted by the
-- import's writer as it stored them (storage/kept_counts.cpp), in the import's transaction.
INSERT INTO title_word_counts
  (word, month_key, quarter_key, year_key, industry, seniority, is_ai, postings)
VALUES (:word, :month_key, :quarter_key, :year_key, :industry, :seniority, :is_ai, :postings)
ON CONFLICT (word, month_key, industry, seniority, is_ai)
DO UPDATE SET postings = postings + excluded.postings
