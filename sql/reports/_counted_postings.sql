-- Shared by the counting reports (ai-share, seniority-mix, ai-growth): the postings inside the
-- report's filters as rows of (keys, postings) to be summed, with the period key chosen by
-- :period. They come from the exact counts kept at import whenever those keep the filters (the
-- tables but the last one only without a :title):
-- - month_counts (migrations/0020), per month, level and AI flag: the default of ai-share and
--   seniority-mix, what their report_* views read, and any --year, --ai or --level without a
--   place, an industry or a grouping (:by NULL; ai-growth's file gives :by a default, so its
--   view and canned query group by industry too: see report_sql.cpp's declared defaults);
-- - industry_counts (0016), per month, industry, level and AI flag: the same with an industry or
--   grouped by industry (ai-growth), without a place (a country or region filter, or ai-growth by
--   country);
-- - posting_counts (0010), per month, place, industry, level and AI flag: the same with a place
--   (one ISO alpha-2 country through its index by country, 0022);
-- - for the postings that ask for one skill (:skill_id):
--   - skill_counts (0012, 0015), per month, skill, level and AI flag, without a place, an
--     industry or a grouping (ai-share, seniority-mix);
--   - skill_industry_counts (0018), per month, skill, industry and AI flag, for a report grouped
--     by industry (:by 'industry', ai-growth) without a place or level;
--   - skill_country_counts (0018), per month, skill, place and AI flag, for a report grouped by
--     country (:by 'country', ai-growth) without an industry or level.
--   Rows from the last two have no level (seniority NULL): only ai-growth, which does not read
--   it, passes :by.
-- - for the postings whose title holds one word (:title without a space): title_word_counts
--   (0023), per word, month, industry, level and AI flag, without a place, a skill or a
--   grouping by country. Every other table answers only without a :title.
-- With :scan = 1 (the program sets it when --from or --to cuts a month, or when --remote or
-- --employment-type is given), a :title of more than one word, or a title or skill with filters
-- no count keeps, they come from the postings themselves, one row each, through
-- scoped_postings. Either way the sums are the same.
-- Parameters are NULL-safe as in _scoped_postings.sql; every branch's choice is a condition on
-- parameters alone, which SQLite decides once, before reading a row. A branch that reads rows
-- only when one of some parameters is set says so (`-- only with :skill_id`), and the report_*
-- views, where every parameter is NULL, leave it out (src/storage/view_arms.hpp). The months
-- are bounded as month_key >= coalesce(...) rather than (:from IS NULL OR ...), so that SQLite
-- reads only the months asked for through the tables' keys, which lead with month_key (--year
-- 2025 at 1M postings: 3 ms instead of 7-11 ms). A branch that answers only for a skill says
-- :skill_id IS NOT NULL as well: skill_id = :skill_id alone is a test on each row, not on the
-- parameters, so without it SQLite read all of skill_counts' months (33,000 rows at 1M postings,
-- 2-4 ms) when no skill was asked for.
SELECT
  month_key,
  quarter_key,
  year_key,
  NULL AS country_code,
  NULL AS region,
  NULL AS industry,
  seniority,
  is_ai,
  postings,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN quarter_key
    WHEN 'year' THEN year_key
    ELSE month_key
  END AS period
FROM month_counts
WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
  AND :country IS NULL AND :region IS NULL AND :industry IS NULL AND :by IS NULL
  AND month_key >= coalesce(substr(:from, 1, 7), '')
  AND month_key <= coalesce(substr(:to, 1, 7), '9999-99')
  AND (:ai IS NULL OR is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, seniority) > 0)
UNION ALL
-- only with :industry or :by
SELECT
  month_key,
  quarter_key,
  year_key,
  NULL,
  NULL,
  nullif(industry, ''),
  seniority,
  is_ai,
  postings,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN quarter_key
    WHEN 'year' THEN year_key
    ELSE month_key
  END
FROM industry_counts
WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
  AND :country IS NULL AND :region IS NULL AND (:industry IS NOT NULL OR :by = 'industry')
  AND month_key >= coalesce(substr(:from, 1, 7), '')
  AND month_key <= coalesce(substr(:to, 1, 7), '9999-99')
  AND (:industry IS NULL OR industry COLLATE NOCASE = :industry)
  AND (:ai IS NULL OR is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, seniority) > 0)
UNION ALL
-- only with :country, :region or :by
SELECT
  month_key,
  quarter_key,
  year_key,
  nullif(country_code, '') AS country_code,
  nullif(region, '') AS region,
  nullif(industry, '') AS industry,
  seniority,
  is_ai,
  postings,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN quarter_key
    WHEN 'year' THEN year_key
    ELSE month_key
  END AS period
FROM (SELECT CASE WHEN :country IN (SELECT alpha2 FROM countries) THEN 1 ELSE 0 END AS is_code)
  AS asked
CROSS JOIN posting_counts
WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
  AND (:country IS NOT NULL OR :region IS NOT NULL OR :by = 'country')
  AND asked.is_code = 0
  AND month_key >= coalesce(substr(:from, 1, 7), '')
  AND month_key <= coalesce(substr(:to, 1, 7), '9999-99')
  AND (:country IS NULL OR country_code = :country OR country_text = :country)
  AND (:region IS NULL OR region COLLATE NOCASE = :region)
  AND (:industry IS NULL OR industry COLLATE NOCASE = :industry)
  AND (:ai IS NULL OR is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, seniority) > 0)
UNION ALL
-- only with :country
-- The same for an ISO alpha-2 :country, read through posting_counts_by_country (migrations/0022)
-- from its first month asked for: a posting whose country is written as an alpha-2 code has that
-- code (as for postings: _paid_postings.sql), so country_code = :country is the whole test.
-- Whether :country is a code is asked once, in a one-row outer loop (`asked`): as a condition
-- beside the columns' (`:country NOT IN (SELECT ...)` inside an OR) SQLite tested it on every
-- row, and --country US read all 82,005 rows of the arm above at 1M postings (33 ms, 8 ms so).
SELECT
  month_key,
  quarter_key,
  year_key,
  nullif(country_code, ''),
  nullif(region, ''),
  nullif(industry, ''),
  seniority,
  is_ai,
  postings,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN quarter_key
    WHEN 'year' THEN year_key
    ELSE month_key
  END
FROM (SELECT CASE WHEN :country IN (SELECT alpha2 FROM countries) THEN 1 ELSE 0 END AS is_code)
  AS asked
CROSS JOIN posting_counts
WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
  AND asked.is_code = 1
  AND country_code = :country
  AND month_key >= coalesce(substr(:from, 1, 7), '')
  AND month_key <= coalesce(substr(:to, 1, 7), '9999-99')
  AND (:region IS NULL OR region COLLATE NOCASE = :region)
  AND (:industry IS NULL OR industry COLLATE NOCASE = :industry)
  AND (:ai IS NULL OR is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, seniority) > 0)
UNION ALL
-- only with :skill_id
SELECT
  month_key,
  quarter_key,
  year_key,
  NULL,
  NULL,
  NULL,
  seniority,
  is_ai,
  postings,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN quarter_key
    WHEN 'year' THEN year_key
    ELSE month_key
  END
FROM skill_counts
WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NOT NULL AND skill_id = :skill_id
  AND :country IS NULL AND :region IS NULL AND :industry IS NULL AND :by IS NULL
  AND month_key >= coalesce(substr(:from, 1, 7), '')
  AND month_key <= coalesce(substr(:to, 1, 7), '9999-99')
  AND (:ai IS NULL OR is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, seniority) > 0)
UNION ALL
-- only with :skill_id
SELECT
  month_key,
  quarter_key,
  year_key,
  NULL,
  NULL,
  nullif(industry, ''),
  NULL,
  is_ai,
  postings,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN quarter_key
    WHEN 'year' THEN year_key
    ELSE month_key
  END
FROM skill_industry_counts
WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NOT NULL AND skill_id = :skill_id
  AND :by = 'industry'
  AND :country IS NULL AND :region IS NULL AND :levels IS NULL
  AND month_key >= coalesce(substr(:from, 1, 7), '')
  AND month_key <= coalesce(substr(:to, 1, 7), '9999-99')
  AND (:industry IS NULL OR industry COLLATE NOCASE = :industry)
  AND (:ai IS NULL OR is_ai = :ai)
UNION ALL
-- only with :skill_id
SELECT
  month_key,
  quarter_key,
  year_key,
  nullif(country_code, ''),
  nullif(region, ''),
  NULL,
  NULL,
  is_ai,
  postings,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN quarter_key
    WHEN 'year' THEN year_key
    ELSE month_key
  END
FROM skill_country_counts
WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NOT NULL AND skill_id = :skill_id
  AND :by = 'country'
  AND :industry IS NULL AND :levels IS NULL
  AND month_key >= coalesce(substr(:from, 1, 7), '')
  AND month_key <= coalesce(substr(:to, 1, 7), '9999-99')
  AND (:country IS NULL OR country_code = :country OR country_text = :country)
  AND (:region IS NULL OR region COLLATE NOCASE = :region)
  AND (:ai IS NULL OR is_ai = :ai)
UNION ALL
-- only with :title
-- A one-word :title (no space: a phrase reads the postings) from title_word_counts (0023), per
-- word, month, industry, level and AI flag, without a place, a skill or a grouping by country:
-- a posting counts once under each distinct word of its title_words, which is what the phrase
-- test of _scoped_postings.sql finds for one word. A phrase equals no word kept, so this arm
-- gives it no row and the last arm reads the postings.
SELECT
  month_key,
  quarter_key,
  year_key,
  NULL,
  NULL,
  nullif(industry, ''),
  seniority,
  is_ai,
  postings,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN quarter_key
    WHEN 'year' THEN year_key
    ELSE month_key
  END
FROM title_word_counts
WHERE :scan IS NULL AND :title IS NOT NULL AND word = :title
  AND :skill_id IS NULL AND :country IS NULL AND :region IS NULL
  AND (:by IS NULL OR :by = 'industry')
  AND month_key >= coalesce(substr(:from, 1, 7), '')
  AND month_key <= coalesce(substr(:to, 1, 7), '9999-99')
  AND (:industry IS NULL OR industry COLLATE NOCASE = :industry)
  AND (:ai IS NULL OR is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, seniority) > 0)
UNION ALL
-- only with :scan, :title or :skill_id
SELECT
  month_key,
  quarter_key,
  year_key,
  country_code,
  region,
  industry,
  seniority,
  is_ai,
  1,
  period
FROM scoped_postings
WHERE :scan IS NOT NULL
  OR (:title IS NOT NULL
      AND NOT (instr(:title, ' ') = 0 AND :skill_id IS NULL AND :country IS NULL
               AND :region IS NULL AND (:by IS NULL OR :by = 'industry')))
  OR (:title IS NULL AND :skill_id IS NOT NULL
      AND NOT ((:country IS NULL AND :region IS NULL AND :industry IS NULL AND :by IS NULL)
               OR (coalesce(:by, '') = 'industry' AND :country IS NULL AND :region IS NULL
                   AND :levels IS NULL)
               OR (coalesce(:by, '') = 'country' AND :industry IS NULL AND :levels IS NULL)))
