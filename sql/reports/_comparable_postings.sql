-- Shared: the postings inside the report's country, region and industry filters but whatever
-- their date, for reports that compare a period with the one before it even when --from/--to
-- (or --year) leave that earlier period out. Parameters are NULL-safe as in _scoped_postings.sql.
SELECT p.*
FROM postings AS p
WHERE (:country IS NULL OR p.country_code = :country OR p.country_text = :country)
  AND (:region IS NULL OR p.region = :region COLLATE NOCASE)
  AND (:industry IS NULL OR p.industry = :industry COLLATE NOCASE)
