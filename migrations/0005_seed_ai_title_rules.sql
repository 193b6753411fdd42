-- 0005: reference data: phrases that make a job TITLE an AI role (SPEC 2.4). A title is split into
-- runs of letters and digits, lower-cased, and a phrase matches when its words appear as consecutive
-- whole words ("Senior ML Engineer" -> ml; "AI/ML Lead" -> ai, ml; "Email Marketing" does not match
-- ml). Phrases are plain lower-case words separated by single spaces. `note` explains doubtful ones.
-- Not rules on purpose: "data scientist", "applied scientist", "research scientist" (not AI roles by
-- title alone; their skills decide), "transformer" (electrical engineering), "rag", "gpt", "vision",
-- "perception", "robotics", "autonomous" (ambiguous).
-- Source: the jobsight project's own list. To change it, add a new migration; never edit this one
-- once shipped (reference/README.md).

INSERT INTO ai_title_rules (phrase, note) VALUES
  ('ai', 'AI as a word: "AI Engineer", "Head of AI", "AI/ML Engineer" (AI/ML splits into ai, ml).'),
  ('artificial intelligence', NULL),
  ('machine learning', NULL),
  ('ml', 'Abbreviation of machine learning: "ML Engineer", "ML Ops", "ML Platform". Rarely anything else in a job title.'),
  ('mle', 'Doubtful but kept: short for "machine learning engineer" ("Senior MLE"). Statistics titles hardly ever abbreviate maximum-likelihood estimation.'),
  ('mlops', NULL),
  ('llmops', NULL),
  ('llm', NULL),
  ('llms', NULL),
  ('large language model', NULL),
  ('large language models', NULL),
  ('foundation model', NULL),
  ('foundation models', NULL),
  ('genai', 'Written as one word: "GenAI Engineer". "Gen AI" is already caught by the rule ai.'),
  ('generative', 'Doubtful but kept: in job titles "generative" almost always means generative AI ("Generative Engineer", "Generative Modeling"); "Generative Design" in CAD/architecture titles will also match.'),
  ('nlp', 'Doubtful but kept: natural language processing. Could also be neuro-linguistic programming in coaching titles, which are rare among tech postings.'),
  ('natural language processing', NULL),
  ('computer vision', NULL),
  ('deep learning', NULL),
  ('neural', 'Neural networks ("Neural Network Engineer", "Neural Search"). May also match neuroscience titles such as "Neural Engineer" (brain-computer interfaces), which are close enough to count.'),
  ('reinforcement learning', NULL),
  ('prompt engineer', NULL),
  ('prompt engineering', NULL),
  ('aiml', 'AI/ML written as one word: "AIML Engineer".'),
  ('agentic', 'Agentic AI: "Agentic Systems Engineer".'),
  ('machine intelligence', NULL),
  ('speech recognition', NULL);
