-- Real exports (SPEC 1.1, 1.3, 2.1, 2.2, 2.5): what an import was told about its file, pay as
-- written and how it was read, where a level came from, states, and the 1,000 USD outlier floor.

-- The options an import ran with (--map, --set, --as-of, --date-order, --delimiter), as typed.
ALTER TABLE import_runs ADD COLUMN options TEXT;

-- Postings: the pay text as written, and flags for a period or currency the row did not state.
ALTER TABLE postings ADD COLUMN pay_text TEXT;
ALTER TABLE postings ADD COLUMN pay_period_inferred INTEGER NOT NULL DEFAULT 0
  CONSTRAINT pay_period_inferred_is_boolean CHECK (pay_period_inferred IN (0, 1));
ALTER TABLE postings ADD COLUMN pay_currency_assumed INTEGER NOT NULL DEFAULT 0
  CONSTRAINT pay_currency_assumed_is_boolean CHECK (pay_currency_assumed IN (0, 1));
-- Why pay that was given was not converted, in more words than pay_status has:
-- 'unparsable', 'currency_conflict' (NULL when there is nothing to say).
ALTER TABLE postings ADD COLUMN pay_problem TEXT;
ALTER TABLE postings ADD COLUMN state TEXT;
ALTER TABLE postings ADD COLUMN experience_given TEXT;
-- How the level was found: 'given', 'title', 'experience' or 'default' (SPEC 2.1).
ALTER TABLE postings ADD COLUMN seniority_method TEXT;

-- Whether a posting's skill was read from its title or description rather than a skills column
-- (SPEC 2.3).
ALTER TABLE posting_skills ADD COLUMN from_text INTEGER NOT NULL DEFAULT 0
  CONSTRAINT skill_from_text_is_boolean CHECK (from_text IN (0, 1));

ALTER TABLE salary_observations ADD COLUMN pay_text TEXT;
ALTER TABLE salary_observations ADD COLUMN pay_period_inferred INTEGER NOT NULL DEFAULT 0
  CONSTRAINT observation_pay_period_inferred_is_boolean CHECK (pay_period_inferred IN (0, 1));
ALTER TABLE salary_observations ADD COLUMN pay_currency_assumed INTEGER NOT NULL DEFAULT 0
  CONSTRAINT observation_pay_currency_assumed_is_boolean CHECK (pay_currency_assumed IN (0, 1));
ALTER TABLE salary_observations ADD COLUMN pay_problem TEXT;
ALTER TABLE salary_observations ADD COLUMN seniority_method TEXT;

-- Levels stored before this migration: given when the source gave one, else found in the title
-- or defaulted (the title rules then had no experience step).
UPDATE postings SET seniority_method = CASE WHEN seniority_inferred = 0 THEN 'given' ELSE 'title' END;
UPDATE salary_observations
   SET seniority_method = CASE WHEN seniority_inferred = 0 THEN 'given' ELSE 'title' END;

-- The outlier floor moves from 5,000 to 1,000 USD a year (SPEC 2.2): recompute the flag.
UPDATE postings
   SET pay_outlier = (pay_usd_annual < 1000 OR pay_usd_annual > 2000000)
 WHERE pay_usd_annual IS NOT NULL;
UPDATE salary_observations
   SET pay_outlier = (pay_usd_annual < 1000 OR pay_usd_annual > 2000000)
 WHERE pay_usd_annual IS NOT NULL;
