-- The ISO alpha-2 code of the country that :text names: its alpha-2 or alpha-3 code, its name or
-- one of its aliases, in any ASCII case (as ReferenceData::find_country matches them). A
-- country's own code or name comes before an alias.
SELECT alpha2
FROM (
  SELECT alpha2, 0 AS rank
  FROM countries
  WHERE alpha2 = :text COLLATE NOCASE
     OR alpha3 = :text COLLATE NOCASE
     OR name = :text COLLATE NOCASE
  UNION ALL
  SELECT alpha2, 1
  FROM country_aliases
  WHERE alias = :text
)
ORDER BY rank
LIMIT 1
