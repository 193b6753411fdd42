-- 0023: counts of postings by the words of their titles (issue 10). A --title filter read every
-- posting of the table (423 bytes a row at 1M generated postings), 3.5-15 times DuckDB's time
-- for the same report. For one word, which is most of what people ask (--title engineer), these
-- two tables keep the answer of the counting reports and top-skills. A posting counts once under
-- each distinct word of its title_words (0011: lower case, words split by single spaces), which
-- is exactly the postings that the phrase test of sql/reports/_scoped_postings.sql finds for a
-- one-word :title. A phrase, or a filter these tables do not keep (a place or a skill; a level,
-- AI flag or industry for top-skills), still reads the postings.
-- Kept like skill_counts: an import adds its postings in its transaction (storage/kept_counts.cpp,
-- counted in memory), `imports delete` takes them away (sql/queries/counts_take_out.sql), and a
-- test checks each equals its GROUP BY below.

-- Postings whose title holds a word, per word, month, industry ('' for none, as in
-- posting_counts), level and AI flag: ai-share, seniority-mix and ai-growth (by industry) with a
-- one-word --title.
CREATE TABLE title_word_counts (
  word        TEXT NOT NULL,
  month_key   TEXT NOT NULL,
  quarter_key TEXT NOT NULL,
  year_key    TEXT NOT NULL,
  industry    TEXT NOT NULL,
  seniority   TEXT NOT NULL,
  is_ai       INTEGER NOT NULL,
  postings    INTEGER NOT NULL CONSTRAINT title_word_counts_not_negative CHECK (postings >= 0),
  PRIMARY KEY (word, month_key, industry, seniority, is_ai)
) WITHOUT ROWID;

-- Postings whose title holds a word and that ask for a skill, per word, month and skill:
-- top-skills with a one-word --title.
CREATE TABLE title_word_skill_counts (
  word        TEXT NOT NULL,
  month_key   TEXT NOT NULL,
  quarter_key TEXT NOT NULL,
  year_key    TEXT NOT NULL,
  skill_id    INTEGER NOT NULL,
  postings    INTEGER NOT NULL
    CONSTRAINT title_word_skill_counts_not_negative CHECK (postings >= 0),
  PRIMARY KEY (word, month_key, skill_id)
) WITHOUT ROWID;

-- The postings stored before this migration, each distinct word of their titles once. The title
-- is split as bytes (instr and substr of a BLOB), as KeptCountsBatch::add splits it: as text they
-- count characters, and a stray byte that is no UTF-8 would move a word's bounds.
CREATE TEMP TABLE title_words_stored AS
WITH RECURSIVE split (posting_id, word, rest) AS (
  SELECT posting_id, NULL, CAST(title_words || ' ' AS BLOB) FROM postings WHERE title_words <> ''
  UNION ALL
  SELECT posting_id, CAST(substr(rest, 1, instr(rest, X'20') - 1) AS TEXT),
    substr(rest, instr(rest, X'20') + 1)
  FROM split
  WHERE length(rest) > 0
)
SELECT DISTINCT posting_id, word FROM split WHERE word <> '';

INSERT INTO title_word_counts
SELECT w.word, p.month_key, p.quarter_key, p.year_key, coalesce(p.industry, ''), p.seniority,
  p.is_ai, count(*)
FROM temp.title_words_stored AS w
JOIN postings AS p ON p.posting_id = w.posting_id
GROUP BY w.word, p.month_key, coalesce(p.industry, ''), p.seniority, p.is_ai;

INSERT INTO title_word_skill_counts
SELECT w.word, p.month_key, p.quarter_key, p.year_key, ps.skill_id, count(*)
FROM temp.title_words_stored AS w
JOIN postings AS p ON p.posting_id = w.posting_id
JOIN posting_skills AS ps ON ps.posting_id = w.posting_id
GROUP BY w.word, p.month_key, ps.skill_id;

DROP TABLE temp.title_words_stored;
