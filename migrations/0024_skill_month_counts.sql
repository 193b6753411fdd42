-- 0024: skill_counts summed over levels and AI flags (issue 10). top-skills with its defaults
-- (and its view, and `summary`) summed skill_counts' 33,000 rows at 1M generated postings, sorting
-- them by period and skill: 26 of its 40 ms in SQL. skill_month_counts keeps month and skill,
-- 3,400 rows there, and sql/reports/top_skills.sql reads it whenever neither an AI flag nor a
-- level is asked for (with no place, industry, skill or title). Like month_counts it is made
-- again after every import and `imports delete` (sql/queries/industry_counts_refresh.sql), and a
-- test checks it equals the same sums over the postings.
CREATE TABLE skill_month_counts (
  month_key   TEXT NOT NULL,
  quarter_key TEXT NOT NULL,
  year_key    TEXT NOT NULL,
  skill_id    INTEGER NOT NULL,
  postings    INTEGER NOT NULL CONSTRAINT skill_month_counts_positive CHECK (postings > 0),
  PRIMARY KEY (month_key, skill_id)
) WITHOUT ROWID;

INSERT INTO skill_month_counts
SELECT month_key, max(quarter_key), max(year_key), skill_id, sum(postings)
FROM skill_counts
GROUP BY month_key, skill_id
HAVING sum(postings) > 0;
