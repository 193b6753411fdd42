-- A covering partial index for the pay reports (issue 10): every column the pay reports read
-- from a paid, non-outlier posting (the filters of _scoped_postings.sql and the pay), so that
-- SQLite reads these ~100-byte entries instead of the whole postings rows with their
-- descriptions (about 450 bytes each). It leads with posting_id, so the entries come in posting
-- order (pay-by-skill then meets posting_skills in its own order, and an import appends to the
-- index's end). Measured at 1M postings: pay-by-level 0.49 -> 0.31 s of CPU, pay-by-region
-- 0.90 -> 0.68 s, ai-premium 2.0 -> 1.2 s, summary 3.8 -> 3.0 s, for 9% more file (BENCHMARKS.md).
-- SQLite keeps it; it changes no result.
CREATE INDEX postings_pay ON postings (
  posting_id, country_code, posted_date, seniority, is_ai, region, industry, pay_usd_annual,
  pay_outlier, country_text, month_key, quarter_key, year_key, remote, employment_type,
  title_words
) WHERE pay_usd_annual IS NOT NULL AND pay_outlier = 0;
