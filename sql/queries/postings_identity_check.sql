-- The plain index on postings' identity that remove_later_duplicates
-- (storage/posting_store.hpp) makes when a large import's rows repeat an identity, so that
-- postings_later_duplicates.sql can find the repeats before postings_by_identity (UNIQUE) is
-- built; dropped again once they are taken out.
CREATE INDEX postings_identity_check ON postings (identity);
