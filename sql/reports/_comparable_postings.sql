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
       OR EXISTS (SELECT 1 FROM posting_skills AS ps
                  WHERE ps.posting_id = p.posting_id AND ps.skill_id = :skill_id))
  AND (:title IS NULL
       OR ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(
             replace(replace(replace(replace(replace(replace(replace(replace(lower(p.title),
              '-', ' '), '/', ' '), ',', ' '), '(', ' '), ')', ' '), '.', ' '), '_', ' '),
              '|', ' '), '&', ' '), ':', ' '), '[', ' '), ']', ' '), ';', ' '), '!', ' '),
              '  ', ' '), '  ', ' '), '  ', ' ') || ' ' LIKE '% ' || :title || ' %')
  AND (:remote IS NULL OR p.remote = :remote)
  AND (:employment_types IS NULL
       OR instr(:employment_types,
          ',' || replace(replace(replace(lower(p.employment_type), ' ', ''), '-', ''), '_', '')
              || ',') > 0)
