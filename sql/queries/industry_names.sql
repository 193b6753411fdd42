-- The industries postings have (for suggesting one when `--industry` names none), each once:
-- from industry_counts (migrations/0016), which keeps every stored posting's industry ('' for
-- none) in a few thousand rows.
SELECT DISTINCT industry FROM industry_counts WHERE industry <> ''
