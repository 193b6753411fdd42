-- Adds :postings postings of one posting_counts key (migrations/0010_posting_counts.sql), counted
-- by the import's writer as it stored them (storage/kept_counts.cpp), in the import's
-- transaction. The key's values are as counts_take_out.sql computes them from the rows.
INSERT INTO posting_counts
  (month_key, quarter_key, year_key, country_code, country_text, region, industry, seniority,
   is_ai, postings)
VALUES
  (:month_key, :quarter_key, :year_key, :country_code, :country_text, :region, :industry,
   :seniority, :is_ai, :postings)
ON CONFLICT (month_key, country_code, country_text, region, industry, seniority, is_ai)
DO UPDATE SET postings = postings + excluded.postings
