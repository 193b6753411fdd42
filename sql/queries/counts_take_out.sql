-- Takes the postings listed in temp.postings_out out of posting_counts, skill_counts, the skill
-- counts by place, by industry and by pair (migrations/0018) and the counts by title word
-- (0023), before they are deleted
-- (storage/posting_store.cpp, take_out_postings: an `imports delete`, or the later duplicates a
-- large import found); posting_counts_prune.sql then drops the rows left at zero. The one home
-- of the rule that undoes what KeptCountsBatch::add (storage/kept_counts.cpp) counted.
UPDATE posting_counts
SET postings = posting_counts.postings - removed.postings
FROM (
  SELECT
    month_key,
    coalesce(country_code, '') AS country_code,
    CASE WHEN country_code IS NULL THEN coalesce(country_text, '') ELSE '' END AS country_text,
    coalesce(region, '') AS region,
    coalesce(industry, '') AS industry,
    seniority,
    is_ai,
    count(*) AS postings
  FROM postings
  WHERE posting_id IN (SELECT posting_id FROM temp.postings_out)
  GROUP BY 1, 2, 3, 4, 5, 6, 7
) AS removed
WHERE posting_counts.month_key = removed.month_key
  AND posting_counts.country_code = removed.country_code
  AND posting_counts.country_text = removed.country_text
  AND posting_counts.region = removed.region
  AND posting_counts.industry = removed.industry
  AND posting_counts.seniority = removed.seniority
  AND posting_counts.is_ai = removed.is_ai;
UPDATE skill_counts
SET postings = skill_counts.postings - removed.postings
FROM (
  SELECT p.month_key, ps.skill_id, p.seniority, p.is_ai, count(*) AS postings
  FROM postings AS p
  JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
  WHERE p.posting_id IN (SELECT posting_id FROM temp.postings_out)
  GROUP BY p.month_key, ps.skill_id, p.seniority, p.is_ai
) AS removed
WHERE skill_counts.month_key = removed.month_key AND skill_counts.skill_id = removed.skill_id
  AND skill_counts.seniority = removed.seniority AND skill_counts.is_ai = removed.is_ai;
UPDATE skill_country_counts
SET postings = skill_country_counts.postings - removed.postings
FROM (
  SELECT
    p.month_key,
    ps.skill_id,
    coalesce(p.country_code, '') AS country_code,
    CASE WHEN p.country_code IS NULL THEN coalesce(p.country_text, '') ELSE '' END AS country_text,
    coalesce(p.region, '') AS region,
    p.is_ai,
    count(*) AS postings
  FROM postings AS p
  JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
  WHERE p.posting_id IN (SELECT posting_id FROM temp.postings_out)
  GROUP BY 1, 2, 3, 4, 5, 6
) AS removed
WHERE skill_country_counts.month_key = removed.month_key
  AND skill_country_counts.skill_id = removed.skill_id
  AND skill_country_counts.country_code = removed.country_code
  AND skill_country_counts.country_text = removed.country_text
  AND skill_country_counts.region = removed.region
  AND skill_country_counts.is_ai = removed.is_ai;
UPDATE skill_industry_counts
SET postings = skill_industry_counts.postings - removed.postings
FROM (
  SELECT p.month_key, ps.skill_id, coalesce(p.industry, '') AS industry, p.is_ai,
    count(*) AS postings
  FROM postings AS p
  JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
  WHERE p.posting_id IN (SELECT posting_id FROM temp.postings_out)
  GROUP BY 1, 2, 3, 4
) AS removed
WHERE skill_industry_counts.month_key = removed.month_key
  AND skill_industry_counts.skill_id = removed.skill_id
  AND skill_industry_counts.industry = removed.industry
  AND skill_industry_counts.is_ai = removed.is_ai;
UPDATE skill_pair_counts
SET postings = skill_pair_counts.postings - removed.postings
FROM (
  SELECT p.month_key, a.skill_id, b.skill_id AS with_skill_id, count(*) AS postings
  FROM postings AS p
  JOIN posting_skills AS a ON a.posting_id = p.posting_id
  JOIN posting_skills AS b ON b.posting_id = p.posting_id
  WHERE p.posting_id IN (SELECT posting_id FROM temp.postings_out)
  GROUP BY 1, 2, 3
) AS removed
WHERE skill_pair_counts.month_key = removed.month_key
  AND skill_pair_counts.skill_id = removed.skill_id
  AND skill_pair_counts.with_skill_id = removed.with_skill_id;
-- The postings' title words, each distinct word of a title once, split as bytes (as
-- migrations/0023 splits title_words and KeptCountsBatch::add counts them).
CREATE TEMP TABLE title_words_out AS
WITH RECURSIVE split (posting_id, word, rest) AS (
  SELECT posting_id, NULL, CAST(title_words || ' ' AS BLOB)
  FROM postings
  WHERE posting_id IN (SELECT posting_id FROM temp.postings_out) AND title_words <> ''
  UNION ALL
  SELECT posting_id, CAST(substr(rest, 1, instr(rest, X'20') - 1) AS TEXT),
    substr(rest, instr(rest, X'20') + 1)
  FROM split
  WHERE length(rest) > 0
)
SELECT DISTINCT posting_id, word FROM split WHERE word <> '';
UPDATE title_word_counts
SET postings = title_word_counts.postings - removed.postings
FROM (
  SELECT w.word, p.month_key, coalesce(p.industry, '') AS industry, p.seniority, p.is_ai,
    count(*) AS postings
  FROM temp.title_words_out AS w
  JOIN postings AS p ON p.posting_id = w.posting_id
  GROUP BY 1, 2, 3, 4, 5
) AS removed
WHERE title_word_counts.word = removed.word
  AND title_word_counts.month_key = removed.month_key
  AND title_word_counts.industry = removed.industry
  AND title_word_counts.seniority = removed.seniority
  AND title_word_counts.is_ai = removed.is_ai;
UPDATE title_word_skill_counts
SET postings = title_word_skill_counts.postings - removed.postings
FROM (
  SELECT w.word, p.month_key, ps.skill_id, count(*) AS postings
  FROM temp.title_words_out AS w
  JOIN postings AS p ON p.posting_id = w.posting_id
  JOIN posting_skills AS ps ON ps.posting_id = w.posting_id
  GROUP BY 1, 2, 3
) AS removed
WHERE title_word_skill_counts.word = removed.word
  AND title_word_skill_counts.month_key = removed.month_key
  AND title_word_skill_counts.skill_id = removed.skill_id;
DROP TABLE temp.title_words_out
