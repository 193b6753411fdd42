-- Deletes the posting_counts rows an `imports delete` brought to zero.
DELETE FROM posting_counts WHERE postings = 0
