-- Deletes the posting_counts, skill counts and title word counts rows an `imports delete`
-- brought to zero.
DELETE FROM posting_counts WHERE postings = 0;
DELETE FROM skill_counts WHERE postings = 0;
DELETE FROM skill_country_counts WHERE postings = 0;
DELETE FROM skill_industry_counts WHERE postings = 0;
DELETE FROM skill_pair_counts WHERE postings = 0;
DELETE FROM title_word_counts WHERE postings = 0;
DELETE FROM title_word_skill_counts WHERE postings = 0
