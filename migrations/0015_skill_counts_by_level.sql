-- 0015: skill_counts keeps the level and the AI flag too (issue 10), so that more reports read
-- exact kept counts instead of joining every posting to its skills: top-skills with --ai or
-- --level, and ai-share and seniority-mix for the postings that ask for one skill (--skill),
-- when no other filter needs the postings themselves. At 1M generated postings that is about
-- 33,000 rows instead of 3,400 (against 5.3M skill links). Kept as before: an import adds its
-- postings' skill links in its transaction, `imports delete` takes them away, and a test checks
-- the table equals the same GROUP BY over postings JOIN posting_skills.
CREATE TABLE skill_counts_rebuilt (
  month_key   TEXT NOT NULL,
  quarter_key TEXT NOT NULL,
  year_key    TEXT NOT NULL,
  skill_id    INTEGER NOT NULL,
  seniority   TEXT NOT NULL,
  is_ai       INTEGER NOT NULL,
  postings    INTEGER NOT NULL CONSTRAINT skill_counts_not_negative CHECK (postings >= 0),
  PRIMARY KEY (month_key, skill_id, seniority, is_ai)
) WITHOUT ROWID;

INSERT INTO skill_counts_rebuilt
SELECT p.month_key, p.quarter_key, p.year_key, ps.skill_id, p.seniority, p.is_ai, count(*)
FROM postings AS p
JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
GROUP BY p.month_key, ps.skill_id, p.seniority, p.is_ai;

DROP TABLE skill_counts;
ALTER TABLE skill_counts_rebuilt RENAME TO skill_counts;
