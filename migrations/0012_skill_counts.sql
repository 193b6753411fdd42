-- Exact counts of postings per month and skill (issue 10): top-skills and its view sum these
-- rows, with the month totals of posting_counts, instead of joining every posting to its skills
-- when no place or segment filter is given. Kept like posting_counts (0010): an import adds its
-- postings' skill links in its transaction, `imports delete` takes them away, and a test checks
-- the table equals SELECT month_key, skill_id, count(*) FROM postings JOIN posting_skills.
CREATE TABLE skill_counts (
  month_key   TEXT NOT NULL,
  quarter_key TEXT NOT NULL,
  year_key    TEXT NOT NULL,
  skill_id    INTEGER NOT NULL,
  postings    INTEGER NOT NULL CONSTRAINT skill_counts_not_negative CHECK (postings >= 0),
  PRIMARY KEY (month_key, skill_id)
) WITHOUT ROWID;

INSERT INTO skill_counts
SELECT p.month_key, p.quarter_key, p.year_key, ps.skill_id, count(*)
FROM postings AS p
JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
GROUP BY p.month_key, ps.skill_id;
