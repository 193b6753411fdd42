-- Deletes the posting_counts and skill counts rows an `imports delete` brought to zero.
DELETE FROM posting_counts WHERE postings = 0;
DELETE FROM skill_counts WHERE postings = 0;
DELETE FROM skill_country_counts WHERE postings = 0;
DELETE FROM skill_industry_counts WHERE postings = 0;
DELETE FROM skill_pair_counts WHERE postings = 0
