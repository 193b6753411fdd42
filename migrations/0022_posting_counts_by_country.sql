-- 0022: posting_counts by country (issue 10). A counting report for one country and a year
-- (ai-share --country US --year 2025) read every row of posting_counts in the year's months
-- (17,615 at 1M generated postings) to find the country's (1,437); for the whole range
-- (--country US alone), all 82,005. sql/reports/_counted_postings.sql reads one ISO alpha-2
-- country's rows through this index, from the first month asked for. It holds every column that
-- read uses (the table's key columns come with it), so the table itself is not read.
CREATE INDEX posting_counts_by_country
  ON posting_counts (country_code, month_key, quarter_key, year_key, postings);
