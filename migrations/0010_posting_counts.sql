-- Exact counts of postings per month and per value of every filter the counting reports take
-- without reading postings one by one (issue 10): ai-share, seniority-mix and ai-growth sum these
-- rows instead of scanning every posting, and so do their report_* views. A posting adds 1 to
-- its row when its import finishes (storage/import_store.cpp, in the import's transaction) and
-- `imports delete` takes it away again, so the table always equals
--   SELECT <key columns>, count(*) FROM postings GROUP BY <key columns>
-- (a test checks that after imports, duplicates, rejects and a delete). Text keys a posting may
-- lack are stored as '' (not NULL) so that each combination has exactly one row; the report SQL
-- turns '' back into NULL. country_text is kept only for countries jobsight does not know.
CREATE TABLE posting_counts (
  month_key    TEXT NOT NULL,
  quarter_key  TEXT NOT NULL,
  year_key     TEXT NOT NULL,
  country_code TEXT NOT NULL,
  country_text TEXT NOT NULL,
  region       TEXT NOT NULL,
  industry     TEXT NOT NULL,
  seniority    TEXT NOT NULL,
  is_ai        INTEGER NOT NULL,
  postings     INTEGER NOT NULL CONSTRAINT posting_counts_positive CHECK (postings >= 0),
  PRIMARY KEY (month_key, country_code, country_text, region, industry, seniority, is_ai)
) WITHOUT ROWID;

INSERT INTO posting_counts
SELECT
  month_key, quarter_key, year_key,
  coalesce(country_code, ''),
  CASE WHEN country_code IS NULL THEN coalesce(country_text, '') ELSE '' END,
  coalesce(region, ''), coalesce(industry, ''), seniority, is_ai, count(*)
FROM postings
GROUP BY 1, 4, 5, 6, 7, 8, 9;
