-- The industries postings have (for suggesting one when `--industry` names none), each once.
SELECT DISTINCT industry FROM postings WHERE industry IS NOT NULL
