-- The (country, year) pairs whose pay statistics kept_pay_stats keeps (src/storage/
-- kept_pay_stats.cpp, sql/reports/_kept_pay_segment.sql): every ISO alpha-2 code a stored
-- posting or salary observation has, or has as its country as written, with every calendar year
-- it has one in. A superset of the pairs that hold a pay figure, so a country + year not listed
-- holds none, and its kept statistics (no row) are right. Postings are read from posting_counts
-- (migrations/0010), which keeps every stored posting's month and place in a few thousand rows
-- but its country as written only when it has no code; the reports also match :country against
-- the country as written (_scoped_postings.sql), which adds nothing because a country written as
-- an alpha-2 code is given that code (src/normalise/reference_data.cpp looks codes up first;
-- tests check both that and this list against the figures).
SELECT c.alpha2 AS country, pc.year_key AS year
FROM posting_counts AS pc
JOIN countries AS c ON c.alpha2 = pc.country_code OR c.alpha2 = pc.country_text
UNION
SELECT c.alpha2, substr(o.observed_date, 1, 4)
FROM salary_observations AS o
JOIN countries AS c ON c.alpha2 = o.country_code OR c.alpha2 = o.country_text
ORDER BY 1, 2
