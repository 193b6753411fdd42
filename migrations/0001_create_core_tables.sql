-- 0001: the core tables: reference data (countries, fx rates, skills, AI title rules), postings,
-- companies, posting-skill links, import runs and rejected rows. Reference rows come in later
-- migrations. Declared types are the plain INTEGER / REAL / TEXT every SQLite tool understands;
-- dates are ISO-8601 TEXT. No STRICT tables: DB Browser 3.12 cannot open them. CHECKs list
-- allowed values with OR, not IN (...): SQLite builds a temporary b-tree for an IN list on every
-- single-row INSERT, which doubled the cost of an import.

-- ISO 3166-1 countries with their UN M49 sub-region and main ISO 4217 currency.
CREATE TABLE countries (
  alpha2   TEXT PRIMARY KEY CONSTRAINT country_alpha2_is_two_upper_letters
             CHECK (length(alpha2) = 2 AND alpha2 = upper(alpha2)),
  alpha3   TEXT NOT NULL UNIQUE CONSTRAINT country_alpha3_is_three_upper_letters
             CHECK (length(alpha3) = 3 AND alpha3 = upper(alpha3)),
  name     TEXT NOT NULL UNIQUE,
  region   TEXT,
  currency TEXT CONSTRAINT country_currency_is_iso4217
             CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency)))
);

-- Other spellings of country names seen in postings ("USA", "United Kingdom", "Deutschland").
CREATE TABLE country_aliases (
  alias  TEXT PRIMARY KEY COLLATE NOCASE,
  alpha2 TEXT NOT NULL REFERENCES countries (alpha2)
);

-- Yearly average exchange rates: one unit of `currency` is worth `usd_per_unit` US dollars.
CREATE TABLE fx_rates (
  currency     TEXT NOT NULL CONSTRAINT fx_currency_is_iso4217
                 CHECK (length(currency) = 3 AND currency = upper(currency)),
  year         INTEGER NOT NULL CONSTRAINT fx_year_is_plausible CHECK (year BETWEEN 1990 AND 2100),
  usd_per_unit REAL NOT NULL CONSTRAINT fx_rate_is_positive CHECK (usd_per_unit > 0),
  source       TEXT NOT NULL,
  PRIMARY KEY (currency, year)
);

-- Skill categories; `ai` marks the AI cluster (SPEC 2.3, 2.4).
CREATE TABLE skill_categories (
  category    TEXT PRIMARY KEY,
  description TEXT NOT NULL
);

-- Canonical skills. `from_taxonomy` is 1 for reviewed skills, 0 for skills first seen in an import.
CREATE TABLE skills (
  skill_id      INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
  category      TEXT NOT NULL REFERENCES skill_categories (category),
  from_taxonomy INTEGER NOT NULL DEFAULT 1 CONSTRAINT skill_from_taxonomy_is_boolean
                  CHECK (from_taxonomy = 0 OR from_taxonomy = 1)
);

-- Spellings that map to a canonical skill, matched case-insensitively ("k8s" -> Kubernetes).
CREATE TABLE skill_aliases (
  alias    TEXT PRIMARY KEY COLLATE NOCASE,
  skill_id INTEGER NOT NULL REFERENCES skills (skill_id)
);
CREATE INDEX skill_aliases_by_skill ON skill_aliases (skill_id);

-- Phrases that make a title an AI role: whole words, case-insensitive (SPEC 2.4).
CREATE TABLE ai_title_rules (
  phrase TEXT PRIMARY KEY COLLATE NOCASE CONSTRAINT ai_phrase_is_not_blank
           CHECK (trim(phrase) <> ''),
  note   TEXT
);

CREATE TABLE companies (
  company_id INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE
);

-- One row per import of one file (successful imports only: a failed import leaves no trace).
CREATE TABLE import_runs (
  import_id       INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CONSTRAINT import_kind_is_known
                    CHECK (kind = 'postings' OR kind = 'salaries'),
  file_name       TEXT NOT NULL,
  file_size       INTEGER NOT NULL CHECK (file_size >= 0),
  sha256          TEXT NOT NULL CONSTRAINT import_sha256_is_hex CHECK (length(sha256) = 64),
  source          TEXT,
  started_at      TEXT NOT NULL,
  finished_at     TEXT NOT NULL,
  rows_read       INTEGER NOT NULL CHECK (rows_read >= 0),
  rows_imported   INTEGER NOT NULL CHECK (rows_imported >= 0),
  rows_duplicate  INTEGER NOT NULL CHECK (rows_duplicate >= 0),
  rows_rejected   INTEGER NOT NULL CHECK (rows_rejected >= 0),
  pay_unconverted INTEGER NOT NULL CHECK (pay_unconverted >= 0),
  unknown_columns TEXT,
  CONSTRAINT import_rows_add_up
    CHECK (rows_read = rows_imported + rows_duplicate + rows_rejected)
);
CREATE INDEX import_runs_by_sha256 ON import_runs (sha256);

-- Rows an import could not accept, with where and why, and the record as CSV.
CREATE TABLE import_rejects (
  reject_id   INTEGER PRIMARY KEY,
  import_id   INTEGER NOT NULL REFERENCES import_runs (import_id) ON DELETE CASCADE,
  line        INTEGER NOT NULL CHECK (line >= 1),
  column_name TEXT,
  reason      TEXT NOT NULL,
  raw_record  TEXT NOT NULL
);
CREATE INDEX import_rejects_by_import ON import_rejects (import_id, line);

-- One job advertisement, as given and normalised (SPEC 1.1, 2).
CREATE TABLE postings (
  posting_id         INTEGER PRIMARY KEY,
  identity           TEXT NOT NULL UNIQUE,
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
  description        TEXT
);
CREATE INDEX postings_by_date ON postings (posted_date);
CREATE INDEX postings_by_country ON postings (country_code);

-- Each skill a posting asks for, once.
CREATE TABLE posting_skills (
  posting_id INTEGER NOT NULL REFERENCES postings (posting_id),
  skill_id   INTEGER NOT NULL REFERENCES skills (skill_id),
  PRIMARY KEY (posting_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX posting_skills_by_skill ON posting_skills (skill_id, posting_id);
