-- 1 when some posting has :text as its industry, in any ASCII case, else 0.
SELECT EXISTS (SELECT 1 FROM postings WHERE industry = :text COLLATE NOCASE)
