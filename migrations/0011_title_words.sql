-- The title as whole words for the --title segment (SPEC 3.2): lower case, words separated by
-- single spaces, every ASCII character that is not a letter or digit read as a space. The program
-- writes it with each posting and observation (src/util/text_words.hpp, the same rule it
-- applies to the words of --title), so the reports compare two strings instead of folding every
-- title on every run. Rows stored before this migration are filled here by the same rule in SQL
-- (a C0 control character other than tab, line break, vertical tab and form feed stays as it is
-- in those rows only).
ALTER TABLE postings ADD COLUMN title_words TEXT;
ALTER TABLE salary_observations ADD COLUMN title_words TEXT;
UPDATE postings SET title_words = lower(title);
UPDATE postings SET title_words =
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title_words,
  '!', ' '), '"', ' '), '#', ' '), '$', ' '), '%', ' '), '&', ' '), '''', ' '), '(', ' '), ')', ' '), '*', ' ');
UPDATE postings SET title_words =
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title_words,
  '+', ' '), ',', ' '), '-', ' '), '.', ' '), '/', ' '), ':', ' '), ';', ' '), '<', ' '), '=', ' '), '>', ' ');
UPDATE postings SET title_words =
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title_words,
  '?', ' '), '@', ' '), '[', ' '), '\', ' '), ']', ' '), '^', ' '), '_', ' '), '`', ' '), '{', ' '), '|', ' ');
UPDATE postings SET title_words =
  replace(replace(replace(replace(replace(replace(replace(title_words,
  '}', ' '), '~', ' '), char(9), ' '), char(10), ' '), char(11), ' '), char(12), ' '), char(13), ' ');
UPDATE postings SET title_words =
  trim(replace(replace(replace(replace(replace(replace(title_words, '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '));
UPDATE salary_observations SET title_words = lower(job_title);
UPDATE salary_observations SET title_words =
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title_words,
  '!', ' '), '"', ' '), '#', ' '), '$', ' '), '%', ' '), '&', ' '), '''', ' '), '(', ' '), ')', ' '), '*', ' ');
UPDATE salary_observations SET title_words =
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title_words,
  '+', ' '), ',', ' '), '-', ' '), '.', ' '), '/', ' '), ':', ' '), ';', ' '), '<', ' '), '=', ' '), '>', ' ');
UPDATE salary_observations SET title_words =
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title_words,
  '?', ' '), '@', ' '), '[', ' '), '\', ' '), ']', ' '), '^', ' '), '_', ' '), '`', ' '), '{', ' '), '|', ' ');
UPDATE salary_observations SET title_words =
  replace(replace(replace(replace(replace(replace(replace(title_words,
  '}', ' '), '~', ' '), char(9), ' '), char(10), ' '), char(11), ' '), char(12), ' '), char(13), ' ');
UPDATE salary_observations SET title_words =
  trim(replace(replace(replace(replace(replace(replace(title_words, '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '));
