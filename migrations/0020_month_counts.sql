-- 0020: industry_counts summed over industries (issue 10). ai-share and seniority-mix with the
-- defaults, --year, --ai or --level read no industry, yet summed industry_counts' 6,900 rows at
-- 1M generated postings on every run. month_counts keeps month, level and AI flag, at most 12
-- rows a month, and sql/reports/_counted_postings.sql reads it whenever no place, industry, skill
-- or grouping is asked for. Like industry_counts it is made again after every import and
-- `imports delete` (sql/queries/industry_counts_refresh.sql), and a test checks it equals the
-- same sums over the postings.
CREATE TABLE month_counts (
  month_key   TEXT NOT NULL,
  quarter_key TEXT NOT NULL,
  year_key    TEXT NOT NULL,
  seniority   TEXT NOT NULL,
  is_ai       INTEGER NOT NULL,
  postings    INTEGER NOT NULL CONSTRAINT month_counts_positive CHECK (postings > 0),
  PRIMARY KEY (month_key, seniority, is_ai)
) WITHOUT ROWID;

INSERT INTO month_counts
SELECT month_key, quarter_key, year_key, seniority, is_ai, sum(postings)
FROM industry_counts
GROUP BY month_key, seniority, is_ai;
