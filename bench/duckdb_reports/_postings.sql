-- DuckDB's side of the benchmark: the typed postings table that the report queries read, built
-- from `raw` (the CSV as loaded by read_csv with all_varchar=true). This is an "equivalent
-- question", not jobsight's normalisation: dates take the first 10 characters when they read as
-- YYYY-MM-DD, else epoch seconds (10 digits) or milliseconds (13 digits); the country is mapped
-- to ISO alpha-2 and a UN M49 sub-region for the countries the generator writes (others keep
-- their text); seniority codes and LinkedIn levels are folded to intern/entry/mid/senior/lead/
-- executive (an empty level reads the title, else mid); pay is salary, else the middle of
-- salary_min and salary_max, made annual by pay_period (hour 2080, day 260, week 52, month 12)
-- and USD by fixed rough rates; annual USD outside 10,000-1,000,000 is an outlier; skills are the
-- skills cell split on , or ; and lower-cased; AI is a title or skill holding one of a few AI
-- words (jobsight uses its title rules and the `ai` skill category).
CREATE OR REPLACE TABLE postings AS
WITH places(name, code, region) AS (VALUES
  ('united states', 'US', 'Northern America'), ('us', 'US', 'Northern America'),
  ('usa', 'US', 'Northern America'), ('canada', 'CA', 'Northern America'),
  ('ca', 'CA', 'Northern America'), ('can', 'CA', 'Northern America'),
  ('united kingdom', 'GB', 'Northern Europe'), ('uk', 'GB', 'Northern Europe'),
  ('gb', 'GB', 'Northern Europe'), ('gbr', 'GB', 'Northern Europe'),
  ('ireland', 'IE', 'Northern Europe'), ('ie', 'IE', 'Northern Europe'),
  ('irl', 'IE', 'Northern Europe'), ('sweden', 'SE', 'Northern Europe'),
  ('se', 'SE', 'Northern Europe'), ('swe', 'SE', 'Northern Europe'),
  ('germany', 'DE', 'Western Europe'), ('de', 'DE', 'Western Europe'),
  ('deu', 'DE', 'Western Europe'), ('france', 'FR', 'Western Europe'),
  ('fr', 'FR', 'Western Europe'), ('fra', 'FR', 'Western Europe'),
  ('netherlands', 'NL', 'Western Europe'), ('nl', 'NL', 'Western Europe'),
  ('nld', 'NL', 'Western Europe'), ('switzerland', 'CH', 'Western Europe'),
  ('ch', 'CH', 'Western Europe'), ('che', 'CH', 'Western Europe'),
  ('spain', 'ES', 'Southern Europe'), ('es', 'ES', 'Southern Europe'),
  ('esp', 'ES', 'Southern Europe'), ('poland', 'PL', 'Eastern Europe'),
  ('pl', 'PL', 'Eastern Europe'), ('pol', 'PL', 'Eastern Europe'),
  ('india', 'IN', 'Southern Asia'), ('in', 'IN', 'Southern Asia'),
  ('ind', 'IN', 'Southern Asia'), ('japan', 'JP', 'Eastern Asia'),
  ('jp', 'JP', 'Eastern Asia'), ('jpn', 'JP', 'Eastern Asia'),
  ('singapore', 'SG', 'South-eastern Asia'), ('sg', 'SG', 'South-eastern Asia'),
  ('sgp', 'SG', 'South-eastern Asia'), ('australia', 'AU', 'Australia and New Zealand'),
  ('au', 'AU', 'Australia and New Zealand'), ('aus', 'AU', 'Australia and New Zealand'),
  ('brazil', 'BR', 'Latin America and the Caribbean'),
  ('br', 'BR', 'Latin America and the Caribbean'),
  ('bra', 'BR', 'Latin America and the Caribbean')
),
rates(currency, usd) AS (VALUES
  ('USD', 1.0), ('EUR', 1.08), ('GBP', 1.27), ('INR', 0.012), ('CAD', 0.74), ('AUD', 0.66),
  ('PLN', 0.25), ('JPY', 0.0067), ('BRL', 0.19), ('CHF', 1.13), ('SGD', 0.74), ('SEK', 0.095)
),
typed AS (
  SELECT
    r.job_id,
    CASE
      WHEN regexp_matches(r.date_posted, '^\d{4}-\d{2}-\d{2}')
        THEN try_cast(substr(r.date_posted, 1, 10) AS DATE)
      WHEN regexp_matches(r.date_posted, '^\d{13}$')
        THEN CAST(to_timestamp(CAST(r.date_posted AS BIGINT) / 1000) AS DATE)
      WHEN regexp_matches(r.date_posted, '^\d{10}$')
        THEN CAST(to_timestamp(CAST(r.date_posted AS BIGINT)) AS DATE)
    END AS posted,
    r.title,
    r.industry,
    coalesce(pl.code, r.country) AS country,
    pl.region,
    CASE
      WHEN upper(r.seniority) IN ('IN', 'INTERNSHIP', 'INTERN') THEN 'intern'
      WHEN upper(r.seniority) IN ('EN', 'ENTRY LEVEL', 'ENTRY', 'ASSOCIATE', 'JUNIOR') THEN 'entry'
      WHEN upper(r.seniority) IN ('MI', 'MID-SENIOR LEVEL', 'MID') THEN 'mid'
      WHEN upper(r.seniority) IN ('SE', 'SENIOR') THEN 'senior'
      WHEN upper(r.seniority) IN ('LEAD', 'DIRECTOR') THEN 'lead'
      WHEN upper(r.seniority) IN ('EX', 'EXECUTIVE') THEN 'executive'
      WHEN r.title ILIKE '%intern%' THEN 'intern'
      WHEN r.title ILIKE '%junior%' OR r.title ILIKE '%graduate%' THEN 'entry'
      WHEN r.title ILIKE '%senior%' OR r.title ILIKE 'sr%' THEN 'senior'
      WHEN r.title ILIKE '%lead%' OR r.title ILIKE '%principal%' OR r.title ILIKE '%staff%'
        THEN 'lead'
      WHEN r.title ILIKE '%director%' OR r.title ILIKE '%head of%' OR r.title ILIKE '%vp%'
        THEN 'executive'
      ELSE 'mid'
    END AS seniority,
    coalesce(try_cast(r.salary AS DOUBLE),
             (try_cast(r.salary_min AS DOUBLE) + try_cast(r.salary_max AS DOUBLE)) / 2)
      * CASE lower(r.pay_period)
          WHEN 'hour' THEN 2080 WHEN 'day' THEN 260 WHEN 'week' THEN 52 WHEN 'month' THEN 12
          ELSE 1
        END
      * coalesce(fx.usd, CASE WHEN coalesce(r.currency, '') = '' THEN 1.0 END) AS pay,
    list_filter(list_transform(string_split(replace(coalesce(r.skills, ''), ';', ','), ','),
                               s -> lower(trim(s))), s -> s <> '') AS skills
  FROM raw AS r
  LEFT JOIN places AS pl ON pl.name = lower(trim(r.country))
  LEFT JOIN rates AS fx ON fx.currency = upper(r.currency)
)
SELECT
  *,
  year(posted) AS year,
  strftime(posted, '%Y-%m') AS month,
  (pay < 10000 OR pay > 1000000) AS pay_outlier,
  (regexp_matches(lower(title), '\b(ai|ml|machine learning|llm|nlp|deep learning|data scientist)\b')
   OR len(list_filter(skills, s -> s IN ('machine learning', 'deep learning', 'pytorch',
     'tensorflow', 'nlp', 'llm', 'llms', 'generative ai', 'computer vision', 'scikit-learn',
     'hugging face', 'langchain', 'mlops'))) > 0) AS is_ai
FROM typed
