-- 0018: skill counts by place, by industry and by the other skills asked for (issue 10).
-- skill_counts (0012, 0015) keeps month, skill, level and AI flag, so top-skills with a country,
-- region or industry, top-skills --skill (the skills asked for together with one) and ai-growth
-- --skill (by industry or country) joined every posting in the filter to its skills: 1.8-3.5 s
-- at 1M generated postings against DuckDB's 0.1-0.3 s. These three tables keep those counts.
-- Each leaves out the level (with it, the first two would be four times the rows: 361,000 and
-- 263,000 at 1M against 92,000 and 56,000), so a level filter together with a place or a skill
-- still reads the postings. Kept like skill_counts: an import adds its postings' skill links in
-- its transaction (storage/kept_counts.cpp, counted in memory), `imports delete` takes them
-- away (sql/queries/counts_take_out.sql), and a test checks each equals its GROUP BY below.

-- Postings asking for a skill, per month, place (as posting_counts keeps it: '' for a posting
-- without a country code or region, country_text only for a country jobsight does not know) and
-- AI flag: top-skills with --country or --region, ai-growth --skill --by country.
CREATE TABLE skill_country_counts (
  month_key    TEXT NOT NULL,
  quarter_key  TEXT NOT NULL,
  year_key     TEXT NOT NULL,
  skill_id     INTEGER NOT NULL,
  country_code TEXT NOT NULL,
  country_text TEXT NOT NULL,
  region       TEXT NOT NULL,
  is_ai        INTEGER NOT NULL,
  postings     INTEGER NOT NULL CONSTRAINT skill_country_counts_not_negative CHECK (postings >= 0),
  PRIMARY KEY (month_key, skill_id, country_code, country_text, region, is_ai)
) WITHOUT ROWID;

INSERT INTO skill_country_counts
SELECT
  p.month_key, p.quarter_key, p.year_key, ps.skill_id,
  coalesce(p.country_code, ''),
  CASE WHEN p.country_code IS NULL THEN coalesce(p.country_text, '') ELSE '' END,
  coalesce(p.region, ''), p.is_ai, count(*)
FROM postings AS p
JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
GROUP BY 1, 4, 5, 6, 7, 8;

-- Postings asking for a skill, per month, industry ('' for none) and AI flag: top-skills with
-- --industry, ai-growth --skill (by industry).
CREATE TABLE skill_industry_counts (
  month_key   TEXT NOT NULL,
  quarter_key TEXT NOT NULL,
  year_key    TEXT NOT NULL,
  skill_id    INTEGER NOT NULL,
  industry    TEXT NOT NULL,
  is_ai       INTEGER NOT NULL,
  postings    INTEGER NOT NULL CONSTRAINT skill_industry_counts_not_negative CHECK (postings >= 0),
  PRIMARY KEY (month_key, skill_id, industry, is_ai)
) WITHOUT ROWID;

INSERT INTO skill_industry_counts
SELECT p.month_key, p.quarter_key, p.year_key, ps.skill_id, coalesce(p.industry, ''), p.is_ai,
  count(*)
FROM postings AS p
JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
GROUP BY 1, 4, 5, 6;

-- Postings asking for both skill_id and with_skill_id, per month; with_skill_id = skill_id
-- counts the postings asking for skill_id, the totals of top-skills --skill.
CREATE TABLE skill_pair_counts (
  month_key     TEXT NOT NULL,
  quarter_key   TEXT NOT NULL,
  year_key      TEXT NOT NULL,
  skill_id      INTEGER NOT NULL,
  with_skill_id INTEGER NOT NULL,
  postings      INTEGER NOT NULL CONSTRAINT skill_pair_counts_not_negative CHECK (postings >= 0),
  PRIMARY KEY (month_key, skill_id, with_skill_id)
) WITHOUT ROWID;

INSERT INTO skill_pair_counts
SELECT p.month_key, p.quarter_key, p.year_key, a.skill_id, b.skill_id, count(*)
FROM postings AS p
JOIN posting_skills AS a ON a.posting_id = p.posting_id
JOIN posting_skills AS b ON b.posting_id = p.posting_id
GROUP BY 1, 4, 5;
