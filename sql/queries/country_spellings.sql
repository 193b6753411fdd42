-- Every name a country can be asked for by (for suggesting one when `--country` names none): the
-- countries' names and aliases, and the country text of postings and observations whose country
-- jobsight does not know, each once, in no particular order.
SELECT name AS spelling FROM countries
UNION
SELECT alias FROM country_aliases
UNION
SELECT country_text FROM postings WHERE country_code IS NULL AND country_text IS NOT NULL
UNION
SELECT country_text FROM salary_observations WHERE country_code IS NULL AND country_text IS NOT NULL
