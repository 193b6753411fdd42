-- 0014: postings find duplicates through an index of their own, and two tables lose CHECKs
-- that cost every insert (issue 10).
--
-- The identity was declared UNIQUE on its column, and SQLite cannot drop that constraint's
-- index. As the separate UNIQUE index postings_by_identity, a large import can set it aside
-- with the other indexes and build it once, sorted, at the end (storage/deferred_indexes.hpp):
-- random inserts into it cost about 15% of an import of 1M postings. It holds the same rule:
-- no two postings share an identity (SPEC 2.6).
--
-- The boolean CHECKs migration 0008 added were written `IN (0, 1)`; SQLite builds a temporary
-- b-tree for an IN list on every single-row INSERT (see 0001). They are written with OR now.
--
-- SQLite changes a table's constraints only by building it again: the rows are copied into a
-- new table that takes the old one's name (the procedure of SQLite's ALTER TABLE page; the
-- migration runs with foreign keys off and checks them before it commits). The report views
-- are dropped before migrations and made again after them.

CREATE TABLE postings_rebuilt (
  posting_id         INTEGER PRIMARY KEY,
  identity           TEXT NOT NULL,
  source             TEXT NOT NULL,
  external_id        TEXT,
  import_id          INTEGER NOT NULL REFERENCES import_runs (import_id),
  source_line        INTEGER NOT NULL,
  posted_date        TEXT NOT NULL CONSTRAINT posted_date_is_iso_date
                       CHECK (posted_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  month_key          TEXT NOT NULL,
  quarter_key        TEXT NOT NULL,
  year_key           TEXT NOT NULL,
  title              TEXT NOT NULL,
  company_id         INTEGER REFERENCES companies (company_id),
  industry           TEXT,
  country_text       TEXT,
  country_code       TEXT REFERENCES countries (alpha2),
  region             TEXT,
  city               TEXT,
  seniority_given    TEXT,
  seniority          TEXT NOT NULL CONSTRAINT seniority_is_a_level
                       CHECK (seniority = 'intern' OR seniority = 'entry' OR seniority = 'mid'
                              OR seniority = 'senior' OR seniority = 'lead'
                              OR seniority = 'executive'),
  seniority_inferred INTEGER NOT NULL CONSTRAINT seniority_inferred_is_boolean
                       CHECK (seniority_inferred = 0 OR seniority_inferred = 1),
  employment_type    TEXT,
  remote             TEXT CONSTRAINT remote_is_a_mode
                       CHECK (remote IS NULL OR remote = 'onsite' OR remote = 'hybrid'
                              OR remote = 'remote'),
  salary_min         REAL,
  salary_max         REAL,
  salary             REAL,
  salary_currency    TEXT,
  salary_period      TEXT,
  pay_status         TEXT NOT NULL CONSTRAINT pay_status_is_known
                       CHECK (pay_status = 'converted' OR pay_status = 'none'
                              OR pay_status = 'unknown_currency'
                              OR pay_status = 'unknown_period'
                              OR pay_status = 'invalid_amount'),
  pay_usd_annual     REAL CONSTRAINT pay_only_when_converted
                       CHECK ((pay_status = 'converted') = (pay_usd_annual IS NOT NULL)),
  pay_outlier        INTEGER NOT NULL DEFAULT 0 CONSTRAINT pay_outlier_is_boolean
                       CHECK (pay_outlier = 0 OR pay_outlier = 1),
  is_ai              INTEGER NOT NULL CONSTRAINT is_ai_is_boolean CHECK (is_ai = 0 OR is_ai = 1),
  ai_by_title        INTEGER NOT NULL CONSTRAINT ai_by_title_is_boolean
                       CHECK (ai_by_title = 0 OR ai_by_title = 1),
  description        TEXT,
  pay_text             TEXT,
  pay_period_inferred  INTEGER NOT NULL DEFAULT 0 CONSTRAINT pay_period_inferred_is_boolean
                         CHECK (pay_period_inferred = 0 OR pay_period_inferred = 1),
  pay_currency_assumed INTEGER NOT NULL DEFAULT 0 CONSTRAINT pay_currency_assumed_is_boolean
                         CHECK (pay_currency_assumed = 0 OR pay_currency_assumed = 1),
  pay_problem          TEXT,
  state                TEXT,
  experience_given     TEXT,
  seniority_method     TEXT,
  title_words          TEXT
);

INSERT INTO postings_rebuilt SELECT * FROM postings;
DROP TABLE postings;
ALTER TABLE postings_rebuilt RENAME TO postings;

CREATE UNIQUE INDEX postings_by_identity ON postings (identity);
CREATE INDEX postings_by_date ON postings (posted_date);
CREATE INDEX postings_by_country ON postings (country_code);
CREATE INDEX postings_by_import ON postings (import_id);
CREATE INDEX postings_pay ON postings (
  posting_id, country_code, posted_date, seniority, is_ai, region, industry, pay_usd_annual,
  pay_outlier, country_text, month_key, quarter_key, year_key, remote, employment_type,
  title_words
) WHERE pay_usd_annual IS NOT NULL AND pay_outlier = 0;

-- Each skill a posting asks for, once; from_text: read from its title or description (SPEC 2.3).
CREATE TABLE posting_skills_rebuilt (
  posting_id INTEGER NOT NULL REFERENCES postings (posting_id),
  skill_id   INTEGER NOT NULL REFERENCES skills (skill_id),
  from_text  INTEGER NOT NULL DEFAULT 0 CONSTRAINT skill_from_text_is_boolean
               CHECK (from_text = 0 OR from_text = 1),
  PRIMARY KEY (posting_id, skill_id)
) WITHOUT ROWID;
INSERT INTO posting_skills_rebuilt SELECT posting_id, skill_id, from_text FROM posting_skills;
DROP TABLE posting_skills;
ALTER TABLE posting_skills_rebuilt RENAME TO posting_skills;
CREATE INDEX posting_skills_by_skill ON posting_skills (skill_id, posting_id);
