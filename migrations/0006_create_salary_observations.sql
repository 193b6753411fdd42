-- 0006: salary observations: one person's reported pay from a salary survey (SPEC 1.2), such as
-- the ai-jobs.net / data-science salaries files. Exact repeats are real observations and are all
-- kept; a file is never imported twice (import_runs.sha256).

CREATE TABLE salary_observations (
  observation_id     INTEGER PRIMARY KEY,
  import_id          INTEGER NOT NULL REFERENCES import_runs (import_id),
  source_line        INTEGER NOT NULL,
  work_year          INTEGER NOT NULL CONSTRAINT work_year_is_plausible
                       CHECK (work_year BETWEEN 1900 AND 2100),
  observed_date      TEXT NOT NULL,
  month_key          TEXT NOT NULL,
  quarter_key        TEXT NOT NULL,
  year_key           TEXT NOT NULL,
  job_title          TEXT NOT NULL,
  experience_given   TEXT,
  seniority          TEXT NOT NULL CONSTRAINT observation_seniority_is_a_level
                       CHECK (seniority = 'intern' OR seniority = 'entry' OR seniority = 'mid'
                              OR seniority = 'senior' OR seniority = 'lead'
                              OR seniority = 'executive'),
  seniority_inferred INTEGER NOT NULL CONSTRAINT observation_seniority_inferred_is_boolean
                       CHECK (seniority_inferred = 0 OR seniority_inferred = 1),
  employment_type    TEXT,
  salary             REAL,
  salary_currency    TEXT,
  salary_in_usd      REAL,
  pay_status         TEXT NOT NULL CONSTRAINT observation_pay_status_is_known
                       CHECK (pay_status = 'converted' OR pay_status = 'none'
                              OR pay_status = 'unknown_currency'
                              OR pay_status = 'unknown_period'
                              OR pay_status = 'invalid_amount'),
  pay_usd_annual     REAL CONSTRAINT observation_pay_only_when_converted
                       CHECK ((pay_status = 'converted') = (pay_usd_annual IS NOT NULL)),
  pay_outlier        INTEGER NOT NULL DEFAULT 0 CONSTRAINT observation_pay_outlier_is_boolean
                       CHECK (pay_outlier = 0 OR pay_outlier = 1),
  employee_residence TEXT,
  remote_ratio       INTEGER CONSTRAINT remote_ratio_is_a_percentage
                       CHECK (remote_ratio IS NULL OR remote_ratio BETWEEN 0 AND 100),
  country_text       TEXT,
  country_code       TEXT REFERENCES countries (alpha2),
  region             TEXT,
  company_size       TEXT,
  is_ai              INTEGER NOT NULL CONSTRAINT observation_is_ai_is_boolean
                       CHECK (is_ai = 0 OR is_ai = 1)
);
CREATE INDEX salary_observations_by_year ON salary_observations (work_year);
CREATE INDEX salary_observations_by_import ON salary_observations (import_id);
CREATE INDEX postings_by_import ON postings (import_id);
