-- Deletes the posting_counts and skill_counts rows an `imports delete` brought to zero.
DELETE FROM posting_counts WHERE postings = 0;
DELETE FROM skill_counts WHERE postings = 0
