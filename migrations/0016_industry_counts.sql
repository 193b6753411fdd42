-- 0016: posting_counts summed over places (issue 10). posting_counts (0010) keeps a row per
-- month, country, region, industry, level and AI flag: 82,000 rows at 1M generated postings,
-- which the counting reports sum on every run. Without a place filter they need fewer:
-- industry_counts keeps month, industry, level and AI flag (6,900 rows there), and
-- ai-share, seniority-mix and ai-growth by industry read it whenever no country or region is
-- asked for (sql/reports/_counted_postings.sql). It is made again from posting_counts after
-- every import and `imports delete` (sql/queries/industry_counts_refresh.sql, a few
-- milliseconds), and a test checks it equals the same sums over the postings.
CREATE TABLE industry_counts (
  month_key   TEXT NOT NULL,
  quarter_key TEXT NOT NULL,
  year_key    TEXT NOT NULL,
  industry    TEXT NOT NULL,  -- '' for postings without one, as in posting_counts
  seniority   TEXT NOT NULL,
  is_ai       INTEGER NOT NULL,
  postings    INTEGER NOT NULL CONSTRAINT industry_counts_positive CHECK (postings > 0),
  PRIMARY KEY (month_key, industry, seniority, is_ai)
) WITHOUT ROWID;

INSERT INTO industry_counts
SELECT month_key, quarter_key, year_key, industry, seniority, is_ai, sum(postings)
FROM posting_counts
GROUP BY month_key, industry, seniority, is_ai
HAVING sum(postings) > 0;
