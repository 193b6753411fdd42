-- 1 when a posting or salary observation of a country jobsight does not know has :text as its
-- country, as written (so `--country` can name it), else 0. The postings' come from
-- posting_counts (migrations/0010), which keeps that text for them.
SELECT EXISTS (SELECT 1 FROM posting_counts WHERE country_code = '' AND country_text = :text)
    OR EXISTS (SELECT 1 FROM salary_observations WHERE country_code IS NULL AND country_text = :text)
