-- Every name and alias a skill can be asked for by (for suggesting one when a name is unknown),
-- each once, in no particular order.
SELECT name AS spelling FROM skills
UNION
SELECT alias FROM skill_aliases
