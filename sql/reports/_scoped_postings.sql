-- Shared by every report: the postings inside the report's filters, with the period key chosen
-- by :period. Every parameter is NULL-safe: NULL means "no filter" (or the default, month), which
-- is how the report_* views, made from these files with every parameter replaced by NULL, see all
-- data. :country is an ISO alpha-2 code or, for countries outside the ISO list, the text as given.
-- The segments (SPEC 3.2), NULL-safe as well:
-- - :ai 1 or 0;
-- - :levels the chosen levels as ',intern,entry,', matched as instr(:levels, seniority)
--   everywhere: no level's name is part of another's (tests/segment_filters_test.cpp checks), so
--   that is exact, and it builds no string per posting (',' || seniority || ',' cost 0.09 s a
--   million);
-- - :skill_id a skill the posting asks for, matched IN a list SQLite makes once (20% faster than
--   a lookup in posting_skills for every posting);
-- - :title the words the title must hold, lower case, separated by single spaces, nothing but
--   letters and digits (so no LIKE wildcard), matched as a phrase of whole words against
--   title_words, the title read by the same rule (src/util/text_words.hpp, stored at import);
-- - :remote onsite, hybrid or remote;
-- - :employment_types every folded spelling of one type as ',fulltime,ft,permanent,' (folded:
--   lower case without spaces, - and _), see src/normalise/employment_type.hpp.
SELECT
  p.*,
  CASE coalesce(:period, 'month')
    WHEN 'quarter' THEN p.quarter_key
    WHEN 'year' THEN p.year_key
    ELSE p.month_key
  END AS period
FROM postings AS p
WHERE (:from IS NULL OR p.posted_date >= :from)
  AND (:to IS NULL OR p.posted_date <= :to)
  AND (:country IS NULL OR p.country_code = :country OR p.country_text = :country)
  AND (:region IS NULL OR p.region COLLATE NOCASE = :region)
  AND (:industry IS NULL OR p.industry COLLATE NOCASE = :industry)
  AND (:ai IS NULL OR p.is_ai = :ai)
  AND (:levels IS NULL OR instr(:levels, p.seniority) > 0)
  AND (:skill_id IS NULL
       OR p.posting_id IN (SELECT posting_id FROM posting_skills WHERE skill_id = :skill_id))
  AND (:title IS NULL OR ' ' || p.title_words || ' ' LIKE '% ' || :title || ' %')
  AND (:remote IS NULL OR p.remote = :remote)
  AND (:employment_types IS NULL
       OR instr(:employment_types,
          ',' || replace(replace(replace(lower(p.employment_type), ' ', ''), '-', ''), '_', '')
              || ',') > 0)
