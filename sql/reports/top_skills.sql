-- top-skills: per period (:period, default year here: a month is too thin for skill shares), the
-- :top skills (default 10) asked for by the most postings: postings, share_pct (of all postings in
-- that period) and change_pts, the change of that share in percentage points against the period
-- before (a skill absent then counts as 0; NULL when there is no earlier period). Periods are
-- whole: --from/--to select the periods they touch, and the period before the first one shown is
-- still compared with.
WITH scanned_postings AS (
  SELECT month_key, quarter_key, year_key, posting_id, posted_date
  FROM comparable_postings
  -- Read only when no kept counts answer (below): every condition here is on parameters alone,
  -- so SQLite decides it once, before reading a row.
  WHERE :scan IS NOT NULL
    OR NOT (
      (:title IS NULL
       AND ((:skill_id IS NULL AND :country IS NULL AND :region IS NULL AND :industry IS NULL)
            OR (:skill_id IS NULL AND (:country IS NOT NULL OR :region IS NOT NULL)
                AND :industry IS NULL AND :levels IS NULL)
            OR (:skill_id IS NULL AND :industry IS NOT NULL AND :country IS NULL
                AND :region IS NULL AND :levels IS NULL)
            OR (:skill_id IS NOT NULL AND :country IS NULL AND :region IS NULL
                AND :industry IS NULL AND :ai IS NULL AND :levels IS NULL)))
      OR (:title IS NOT NULL AND instr(:title, ' ') = 0 AND :skill_id IS NULL
          AND :country IS NULL AND :region IS NULL AND :industry IS NULL AND :ai IS NULL
          AND :levels IS NULL))
),
-- Unless the program sets :scan (a date range that cuts a month, or a segment no count keeps:
-- remote, employment type) or :title holds more than one word, the totals and counts come from
-- the exact counts kept at import (a month's first and last day stand for its postings' dates,
-- which the program only allows when --from/--to fall on month boundaries):
-- - no place, industry, skill or title: month_counts and skill_month_counts (month and skill),
--   or with --ai or --level skill_counts (by level and AI flag);
-- - --country or --region, no industry, level or title: posting_counts and skill_country_counts;
-- - --industry, no place, level or title: posting_counts and skill_industry_counts;
-- - --skill, no place, AI flag, level or title: skill_pair_counts (the postings asking for the
--   skill are its pairs with itself, and the skills asked for with it its other pairs);
-- - a one-word --title, no other segment, place or industry: title_word_counts and
--   title_word_skill_counts (migrations/0023; a phrase equals no word kept, so they give it no
--   row while scanned_postings reads it).
-- Any other combination reads the postings themselves (scanned_postings above). Either way the
-- numbers are the same. A branch read only for a skill says :skill_id IS NOT NULL as well:
-- skill_id = :skill_id alone is a test on each row, and without it the defaults read
-- skill_pair_counts (about 100,000 rows at 80,000 postings) twice for nothing.
kept_months AS (
  SELECT month_key, quarter_key, year_key, sum(postings) AS postings
  FROM month_counts
  WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
    AND :country IS NULL AND :region IS NULL AND :industry IS NULL
    AND (:ai IS NULL OR is_ai = :ai)
    AND (:levels IS NULL OR instr(:levels, seniority) > 0)
  GROUP BY month_key, quarter_key, year_key
  UNION ALL
  -- only with :country, :region or :industry
  SELECT month_key, quarter_key, year_key, sum(postings)
  FROM posting_counts
  WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
    AND (:country IS NOT NULL OR :region IS NOT NULL OR :industry IS NOT NULL)
    AND ((:country IS NULL AND :region IS NULL) OR (:industry IS NULL AND :levels IS NULL))
    AND (:industry IS NULL OR (:country IS NULL AND :region IS NULL AND :levels IS NULL))
    AND (:country IS NULL OR country_code = :country OR country_text = :country)
    AND (:region IS NULL OR region COLLATE NOCASE = :region)
    AND (:industry IS NULL OR industry COLLATE NOCASE = :industry)
    AND (:ai IS NULL OR is_ai = :ai)
    AND (:levels IS NULL OR instr(:levels, seniority) > 0)
  GROUP BY month_key, quarter_key, year_key
  UNION ALL
  -- only with :skill_id
  SELECT month_key, quarter_key, year_key, postings
  FROM skill_pair_counts
  WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NOT NULL AND skill_id = :skill_id
    AND with_skill_id = :skill_id
    AND :country IS NULL AND :region IS NULL AND :industry IS NULL
    AND :ai IS NULL AND :levels IS NULL
  UNION ALL
  -- only with :title
  SELECT month_key, quarter_key, year_key, sum(postings)
  FROM title_word_counts
  WHERE :scan IS NULL AND :title IS NOT NULL AND word = :title
    AND :skill_id IS NULL AND :country IS NULL AND :region IS NULL AND :industry IS NULL
    AND :ai IS NULL AND :levels IS NULL
  GROUP BY month_key, quarter_key, year_key
),
totals AS (
  SELECT
    period,
    sum(postings) AS postings,
    lag(period) OVER (ORDER BY period) AS previous,
    min(first_date) AS first_date,
    max(last_date) AS last_date
  FROM (
    SELECT
      CASE coalesce(:period, 'year')
        WHEN 'month' THEN month_key
        WHEN 'quarter' THEN quarter_key
        ELSE year_key
      END AS period,
      postings,
      first_date,
      last_date
    FROM (
      SELECT
        month_key,
        quarter_key,
        year_key,
        postings,
        month_key || '-01' AS first_date,
        month_key || '-31' AS last_date
      FROM kept_months
      UNION ALL
      -- only with :scan, :skill_id, :country, :region, :industry or :title
      SELECT month_key, quarter_key, year_key, 1, posted_date, posted_date
      FROM scanned_postings
    )
  )
  GROUP BY period
),
counts AS (
  SELECT
    CASE coalesce(:period, 'year')
      WHEN 'month' THEN month_key
      WHEN 'quarter' THEN quarter_key
      ELSE year_key
    END AS period,
    skill_id,
    sum(postings) AS postings
  FROM (
    SELECT month_key, quarter_key, year_key, skill_id, postings
    FROM skill_month_counts
    WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
      AND :country IS NULL AND :region IS NULL AND :industry IS NULL
      AND :ai IS NULL AND :levels IS NULL
    UNION ALL
    -- only with :ai or :levels
    SELECT month_key, quarter_key, year_key, skill_id, postings
    FROM skill_counts
    WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
      AND :country IS NULL AND :region IS NULL AND :industry IS NULL
      AND (:ai IS NOT NULL OR :levels IS NOT NULL)
      AND (:ai IS NULL OR is_ai = :ai)
      AND (:levels IS NULL OR instr(:levels, seniority) > 0)
    UNION ALL
    -- only with :country or :region
    SELECT month_key, quarter_key, year_key, skill_id, postings
    FROM skill_country_counts
    WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
      AND (:country IS NOT NULL OR :region IS NOT NULL) AND :industry IS NULL AND :levels IS NULL
      AND (:country IS NULL OR country_code = :country OR country_text = :country)
      AND (:region IS NULL OR region COLLATE NOCASE = :region)
      AND (:ai IS NULL OR is_ai = :ai)
    UNION ALL
    -- only with :industry
    SELECT month_key, quarter_key, year_key, skill_id, postings
    FROM skill_industry_counts
    WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NULL
      AND :industry IS NOT NULL AND :country IS NULL AND :region IS NULL AND :levels IS NULL
      AND industry COLLATE NOCASE = :industry
      AND (:ai IS NULL OR is_ai = :ai)
    UNION ALL
    -- only with :skill_id
    SELECT month_key, quarter_key, year_key, with_skill_id, postings
    FROM skill_pair_counts
    WHERE :scan IS NULL AND :title IS NULL AND :skill_id IS NOT NULL AND skill_id = :skill_id
      AND :country IS NULL AND :region IS NULL AND :industry IS NULL
      AND :ai IS NULL AND :levels IS NULL
    UNION ALL
    -- only with :title
    SELECT month_key, quarter_key, year_key, skill_id, postings
    FROM title_word_skill_counts
    WHERE :scan IS NULL AND :title IS NOT NULL AND word = :title
      AND :skill_id IS NULL AND :country IS NULL AND :region IS NULL AND :industry IS NULL
      AND :ai IS NULL AND :levels IS NULL
    UNION ALL
    -- only with :scan, :skill_id, :country, :region, :industry or :title
    SELECT p.month_key, p.quarter_key, p.year_key, ps.skill_id, 1
    FROM scanned_postings AS p
    JOIN posting_skills AS ps ON ps.posting_id = p.posting_id
  )
  GROUP BY period, skill_id
),
shares AS (
  SELECT
    c.period,
    c.skill_id,
    c.postings,
    100.0 * c.postings / t.postings AS share_pct,
    t.previous,
    t.first_date,
    t.last_date
  FROM counts AS c
  JOIN totals AS t ON t.period = c.period
),
ranked AS (
  SELECT
    s.*,
    -- lower(): skills.name is COLLATE NOCASE, which SQLite orders by and DuckDB does not know.
    row_number() OVER (PARTITION BY s.period ORDER BY s.postings DESC, lower(k.name)) AS rank,
    k.name,
    k.category
  FROM shares AS s
  JOIN skills AS k ON k.skill_id = s.skill_id
)
SELECT
  r.period,
  r.rank,
  r.name AS skill,
  r.category,
  r.postings,
  r.share_pct,
  t.postings AS period_postings, -- ci
  CASE WHEN r.previous IS NOT NULL THEN coalesce(before.postings, 0) END AS previous_postings, -- ci
  tp.postings AS previous_period_postings, -- ci
  CASE WHEN r.previous IS NOT NULL
    THEN r.share_pct - coalesce(before.share_pct, 0)
  END AS change_pts
FROM ranked AS r
LEFT JOIN shares AS before ON before.period = r.previous AND before.skill_id = r.skill_id
LEFT JOIN totals AS t ON t.period = r.period -- ci
LEFT JOIN totals AS tp ON tp.period = r.previous -- ci
WHERE r.rank <= coalesce(:top, 10)
  AND (:from IS NULL OR r.last_date >= :from)
  AND (:to IS NULL OR r.first_date <= :to)
ORDER BY r.period, r.rank
