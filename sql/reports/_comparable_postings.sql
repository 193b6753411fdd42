-- Shared: the postings inside the report's country, region and industry filters but whatever
-- their date, for reports that compare a period with the one before it even when --from/--to
-- (or --year) leave that earlier period out, and inside the segments. Parameters are NULL-safe
-- and the segments read as in _scoped_postings.sql.
SELECT p.*
FROM postings AS p
WHERE (:country IS NULL OR p.country_code = :country OR p.country_text = :country)
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
