-- skill_categories: every skill category, by name (to check and list `--category`).
SELECT category FROM skill_categories ORDER BY category;
