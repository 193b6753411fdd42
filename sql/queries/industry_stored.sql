-- 1 when some posting has :text as its industry, in any ASCII case, else 0. Read from
-- industry_counts (migrations/0016), which keeps every stored posting's industry: a name no
-- posting has would otherwise read every posting.
SELECT EXISTS (SELECT 1 FROM industry_counts WHERE industry = :text COLLATE NOCASE)
