-- Makes industry_counts (migrations/0016_industry_counts.sql) again from posting_counts, and
-- month_counts (0020) from it, and skill_month_counts (0024) from skill_counts, after an import
-- or `imports delete` has brought posting_counts and skill_counts up to date, in the same
-- transaction.
DELETE FROM industry_counts;
INSERT INTO industry_counts
SELECT month_key, quarter_key, year_key, industry, seniority, is_ai, sum(postings)
FROM posting_counts
GROUP BY month_key, industry, seniority, is_ai
HAVING sum(postings) > 0;
DELETE FROM month_counts;
INSERT INTO month_counts
SELECT month_key, quarter_key, year_key, seniority, is_ai, sum(postings)
FROM industry_counts
GROUP BY month_key, seniority, is_ai;
DELETE FROM skill_month_counts;
INSERT INTO skill_month_counts
SELECT month_key, max(quarter_key), max(year_key), skill_id, sum(postings)
FROM skill_counts
GROUP BY month_key, skill_id
HAVING sum(postings) > 0
