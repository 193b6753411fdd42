-- 0019: the paid postings by segment (issue 10). With a country and year, --ai or --level, the
-- pay reports read every paid posting through postings_pay (0013, 0014), 650,000 rows at 1M
-- generated postings, testing each against every filter: SQLite cannot turn `(:x IS NULL OR
-- col = :x)` into a range of an index. This index holds what those filters and the pay reports
-- read, led by the columns a segment names, so that sql/reports/_paid_postings.sql reads only
-- the rows of the levels, AI flags and country asked for (the posting's id, its rowid, comes with
-- every index entry; pay_outlier, always 0 here, is a column so that SQLite 3.40 counts the index
-- as covering). About 40 MB at 1M postings.
CREATE INDEX postings_pay_by_segment ON postings (
  seniority, is_ai, country_code, posted_date, region, pay_usd_annual, pay_outlier
) WHERE pay_usd_annual IS NOT NULL AND pay_outlier = 0;
